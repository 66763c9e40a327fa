import type { JSX } from 'react';
import { nl } from './strings';
import { COVERAGE_STATES } from '../../shared/model/coverage';
import { formatNumber } from './model/format';
import type { CoverageSummary } from './model/summary';
import { StatusSwatch } from './status-label';

const t = nl.coverageView;

/**
 * The map legend: per state (status and age) a swatch, words and the count of gemeenten, so
 * colour is never the only cue and an old source never reads as a current one.
 */
export function CoverageLegend({ summary }: { summary: CoverageSummary }): JSX.Element {
  return (
    <section className="coverage-legend" aria-labelledby="dekking-legenda">
      <h3 id="dekking-legenda">{t.legendTitle}</h3>
      <p className="note">{t.legendScope(summary.label)}</p>
      <ul>
        {COVERAGE_STATES.map((state) => (
          <li key={state}>
            <StatusSwatch state={state} />
            <span>
              {nl.freshness.state[state]}
              <span className="note"> ({nl.freshness.stateExplain[state]})</span>
            </span>
            <span className="coverage-legend__count">
              {formatNumber(summary.totals.gemeenten[state])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
