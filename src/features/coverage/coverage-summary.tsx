import { nl } from '../../shared/i18n/nl';
import type { JSX } from 'react';
import type { CoverageStatus } from '../../shared/model/schema';
import { formatNumber } from './model/format';
import type { CoverageSummary } from './model/summary';
import { StatusLabel } from './status-label';

const t = nl.coverageView;

const STATUSES: readonly CoverageStatus[] = ['wel', 'niet', 'onbekend'];

/** Gemeenten and inwoners per status for one area, as a real table (caption, header cells). */
export function SummaryTable({ summary }: { summary: CoverageSummary }): JSX.Element {
  return (
    <table className="coverage-summary">
      <caption>{t.summaryCaption(summary.label)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.summaryStatus}</th>
          <th scope="col" className="coverage-num">
            {t.summaryGemeenten}
          </th>
          <th scope="col" className="coverage-num">
            {t.summaryInwoners}
          </th>
        </tr>
      </thead>
      <tbody>
        {STATUSES.map((status) => (
          <tr key={status}>
            <th scope="row">
              <StatusLabel status={status} />
            </th>
            <td className="coverage-num">{formatNumber(summary.totals.gemeenten[status])}</td>
            <td className="coverage-num">{formatNumber(summary.totals.inwoners[status])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.summaryTotal}</th>
          <td className="coverage-num">{formatNumber(summary.gemeenten)}</td>
          <td className="coverage-num">{formatNumber(summary.inwoners)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
