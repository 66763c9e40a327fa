import type { JSX } from 'react';
import { nl } from './strings';
import { COVERAGE_STATES, statusTotal } from '../../shared/model/coverage';
import { formatNumber } from './model/format';
import type { CoverageSummary } from './model/summary';
import { StatusLabel } from './status-label';

const t = nl.coverageView;

/**
 * Gemeenten and inwoners per state for one area, as a real table (caption, header cells):
 * current and outdated claims on their own rows, so a figure is never quoted without its age.
 */
export function SummaryTable({ summary }: { summary: CoverageSummary }): JSX.Element {
  return (
    <table className="coverage-summary">
      <caption>{t.summaryCaption(summary.label)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.summaryStatus}</th>
          <th scope="col" className="num">
            {t.summaryGemeenten}
          </th>
          <th scope="col" className="num">
            {t.summaryInwoners}
          </th>
        </tr>
      </thead>
      <tbody>
        {COVERAGE_STATES.map((state) => (
          <tr key={state}>
            <th scope="row">
              <StatusLabel state={state} />
              <span className="note"> ({nl.freshness.stateExplain[state]})</span>
            </th>
            <td className="num">{formatNumber(summary.totals.gemeenten[state])}</td>
            <td className="num">{formatNumber(summary.totals.inwoners[state])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.summaryTotal}</th>
          <td className="num">{formatNumber(summary.gemeenten)}</td>
          <td className="num">{formatNumber(summary.inwoners)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * The summary in one sentence per age, as the campaign quotes it: confirmed in the last three
 * years, only older sources, unknown.
 */
export function SummaryByAge({ summary }: { summary: CoverageSummary }): JSX.Element {
  const { gemeenten, inwoners } = summary.totals;
  const current = gemeenten['wel-actueel'] + gemeenten['niet-actueel'];
  const n = (x: number) => formatNumber(x);
  return (
    <ul className="coverage-by-age">
      <li>
        {t.byAge.current(
          n(gemeenten['wel-actueel']),
          n(inwoners['wel-actueel']),
          n(gemeenten['niet-actueel']),
          n(inwoners['niet-actueel']),
        )}
      </li>
      <li>
        {t.byAge.outdated(
          n(gemeenten['wel-verouderd']),
          n(inwoners['wel-verouderd']),
          n(gemeenten['niet-verouderd']),
          n(inwoners['niet-verouderd']),
        )}
      </li>
      <li>{t.byAge.unknown(n(statusTotal(gemeenten, 'onbekend')), n(inwoners.onbekend))}</li>
      {current === 0 ? <li>{t.byAge.noneCurrent}</li> : null}
    </ul>
  );
}
