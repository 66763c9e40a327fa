import type { JSX } from 'react';
import { nl } from '../../shared/i18n/nl';
import type { CoverageStatus } from '../../shared/model/schema';
import { formatNumber } from './model/format';
import type { CoverageSummary } from './model/summary';
import { StatusSwatch } from './status-label';

const t = nl.coverageView;

const STATUSES: readonly CoverageStatus[] = ['wel', 'niet', 'onbekend'];

/** The map legend: swatch, words and count per status, so colour is never the only cue. */
export function CoverageLegend({ summary }: { summary: CoverageSummary }): JSX.Element {
  return (
    <section className="coverage-legend" aria-labelledby="dekking-legenda">
      <h3 id="dekking-legenda">{t.legendTitle}</h3>
      <p className="coverage-note">{t.legendScope(summary.label)}</p>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusSwatch status={status} />
            <span>{nl.coverage[status]}</span>
            <span className="coverage-legend__count">
              {formatNumber(summary.totals.gemeenten[status])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
