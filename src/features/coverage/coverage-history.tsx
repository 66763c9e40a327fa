import { useId, useMemo, useState, type JSX } from 'react';
import { COVERAGE_STATES, statusTotal } from '../../shared/model/coverage';
import { coverageHistory, type CoverageYear } from '../../shared/model/coverage-history';
import { formatDate } from '../../shared/model/dates';
import type { Dataset } from '../../shared/model/schema';
import { SummaryTable } from './coverage-summary';
import { HistoryChart } from './history-chart';
import { LazyDetails } from './lazy-details';
import { formatNumber } from './model/format';
import { campaignStrings } from './strings';
import { StatusSwatch } from './status-label';

const t = campaignStrings.history;
const shareFormat = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/**
 * "Dekking door de jaren": a year choice (oldest evidence year to today) with gemeenten and
 * inwoners per state as of that year, a small chart of all years and its table twin. It says
 * plainly that this is what the sources say, and that unknown grows going back.
 */
export function CoverageHistory({
  dataset,
  today,
}: {
  dataset: Pick<Dataset, 'gemeenten' | 'services' | 'evidence'>;
  /** The day today's coverage is measured on (the same as the rest of Dekking). */
  today: string;
}): JSX.Element {
  const id = useId();
  const years = useMemo(
    () => coverageHistory(dataset.gemeenten, dataset.services, dataset.evidence, today),
    [dataset, today],
  );
  const current = years.at(-1);
  const [year, setYear] = useState(current?.year ?? Number(today.slice(0, 4)));
  const chosen = years.find((y) => y.year === year) ?? current;
  const inwoners = dataset.gemeenten.reduce((sum, g) => sum + g.population, 0);

  return (
    <section aria-labelledby={`${id}-title`} className="coverage-history">
      <h3 id={`${id}-title`}>{t.title}</h3>
      {t.caveat.map((line) => (
        <p key={line} className="note">
          {line}
        </p>
      ))}
      <div className="field">
        <label htmlFor={`${id}-jaar`}>{t.yearLabel}</label>
        <select
          id={`${id}-jaar`}
          value={year}
          onChange={(event) => {
            setYear(Number(event.target.value));
          }}
        >
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {t.yearOption(y.year, y.current)}
            </option>
          ))}
        </select>
      </div>
      {chosen ? (
        <>
          <p role="status" className="emphasis">
            {t.liveSummary(
              formatDate(chosen.asOf),
              chosen.current,
              formatNumber(statusTotal(chosen.totals.gemeenten, 'wel')),
              formatNumber(statusTotal(chosen.totals.gemeenten, 'niet')),
              formatNumber(chosen.totals.gemeenten.onbekend),
            )}
          </p>
          <SummaryTable
            summary={{
              label: t.asOfLabel(formatDate(chosen.asOf), chosen.current),
              totals: chosen.totals,
              gemeenten: dataset.gemeenten.length,
              inwoners,
            }}
          />
          <p className="note">{t.ageNote(formatDate(chosen.asOf))}</p>
        </>
      ) : null}
      <HistoryChart years={years} selected={chosen?.year ?? year} />
      <LazyDetails summary={t.tableSummary}>
        {() => (
          <>
            <HistoryTable years={years} metric="gemeenten" />
            <HistoryTable years={years} metric="inwoners" />
          </>
        )}
      </LazyDetails>
    </section>
  );
}

/** The chart's numbers: one row per year, one column per state. */
function HistoryTable({
  years,
  metric,
}: {
  years: readonly CoverageYear[];
  metric: 'gemeenten' | 'inwoners';
}): JSX.Element {
  const cell = (y: CoverageYear, state: (typeof COVERAGE_STATES)[number]) => {
    const counts = y.totals[metric];
    if (metric === 'gemeenten') return formatNumber(counts[state]);
    const total = COVERAGE_STATES.reduce((sum, s) => sum + counts[s], 0);
    return shareFormat.format(total > 0 ? counts[state] / total : 0);
  };
  return (
    <div className="coverage-table__scroll">
      <table className="coverage-summary coverage-history__table">
        <caption>
          {t.tableCaption(metric === 'gemeenten' ? t.chartGemeenten : t.inwonersShare)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            {COVERAGE_STATES.map((state) => (
              <th key={state} scope="col" className="num">
                <StatusSwatch state={state} />
                {t.stateShort[state]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.current ? t.yearOption(y.year, true) : y.year}</th>
              {COVERAGE_STATES.map((state) => (
                <td key={state} className="num">
                  {cell(y, state)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
