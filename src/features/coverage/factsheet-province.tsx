import { useMemo, type JSX } from 'react';
import type { CoverageResult } from '../../shared/model/coverage';
import { statusTotal } from '../../shared/model/coverage';
import { formatDate } from '../../shared/model/dates';
import type { Dataset } from '../../shared/model/schema';
import { SummaryByAge, SummaryTable } from './coverage-summary';
import { FactsheetSources } from './factsheet-parts';
import { formatNumber } from './model/format';
import type { ProvinceFactsheet } from './model/factsheet';
import { reachCompleteness, servedWithoutOffice } from './model/reach-view';
import { FarFromHelp, ReachCaveats, ReachTable } from './reach-figures';
import { useReach } from './reach-context';
import { ReachPending } from './reach-section';
import { StatusSwatch } from './status-label';
import { campaignStrings } from './strings';

const t = campaignStrings.factsheet;
const kmFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** The rows of the "since" table: years run across, so it takes three lines. */
const SINCE_ROWS = [{ status: 'wel' }, { status: 'niet' }, { status: 'onbekend' }] as const;

/**
 * The body of a province's factsheet: its totals by status and age, coverage since a year, reach,
 * every gemeente with status, source date and distances, and the deciding sources.
 */
export function ProvinceFactsheetBody({
  sheet,
  dataset,
  coverage,
}: {
  sheet: ProvinceFactsheet;
  dataset: Dataset;
  coverage: CoverageResult;
}): JSX.Element {
  const load = useReach();
  const reach = load.data;
  const area = reach?.provinces[sheet.code];
  const completeness = useMemo(
    () => (reach ? reachCompleteness(dataset, reach) : undefined),
    [dataset, reach],
  );
  const noOffice = reach
    ? servedWithoutOffice(
        sheet.rows.map((r) => r.gemeente),
        coverage,
        reach,
      )
    : undefined;
  const km = (value: number | undefined) =>
    value === undefined ? '–' : `${kmFormat.format(value)} km`;
  const first = sheet.history[0];

  return (
    <>
      <section aria-labelledby="blad-status">
        <h3 id="blad-status">{t.provinceStatusTitle}</h3>
        <SummaryByAge summary={sheet.summary} />
        <SummaryTable summary={sheet.summary} />
      </section>

      {first ? (
        <section aria-labelledby="blad-sinds">
          <h3 id="blad-sinds">{t.sinceTitle(first.year)}</h3>
          <table className="coverage-summary">
            <caption>{t.sinceCaption(sheet.name)}</caption>
            <thead>
              <tr>
                <td />
                {sheet.history.map((y) => (
                  <th key={y.year} scope="col" className="num">
                    {y.current ? t.today(y.year) : y.year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SINCE_ROWS.map((row) => (
                <tr key={row.status}>
                  <th scope="row">{t[row.status]}</th>
                  {sheet.history.map((y) => (
                    <td key={y.year} className="num">
                      {statusTotal(y.totals.gemeenten, row.status)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="note">{t.sinceNote}</p>
        </section>
      ) : null}

      <section aria-labelledby="blad-bereik">
        <h3 id="blad-bereik">{t.reachTitle}</h3>
        {reach && area && completeness ? (
          <>
            <p>{campaignStrings.reach.intro}</p>
            <FarFromHelp area={area} />
            <ReachTable area={area} scope={sheet.name} />
            <ReachCaveats completeness={completeness} servedNoOffice={noOffice} />
          </>
        ) : (
          <ReachPending load={load} />
        )}
      </section>

      <section aria-labelledby="blad-gemeenten" className="factsheet__gemeenten">
        <h3 id="blad-gemeenten">{t.gemeentenTitle}</h3>
        <table className="coverage-summary factsheet__table">
          <caption>{t.gemeentenCaption(sheet.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.col.gemeente}</th>
              <th scope="col">{t.col.status}</th>
              <th scope="col">{t.col.sourceDate}</th>
              <th scope="col" className="num">
                {t.col.inwoners}
              </th>
              <th scope="col" className="num">
                {t.col.medianIdo}
              </th>
              <th scope="col" className="num">
                {t.col.medianLoket}
              </th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row) => {
              const g = reach?.gemeenten[row.gemeente.code];
              return (
                <tr key={row.gemeente.code}>
                  <th scope="row">{row.gemeente.name}</th>
                  <td className="factsheet__state">
                    <StatusSwatch state={row.state} />
                    {campaignStrings.history.stateShort[row.state]}
                  </td>
                  <td>
                    {row.sourceDate
                      ? formatDate(row.sourceDate)
                      : row.state === 'onbekend'
                        ? '–'
                        : t.noSourceDate}
                  </td>
                  <td className="num">{formatNumber(row.gemeente.population)}</td>
                  <td className="num">{km(g?.kinds.ido.medianKm)}</td>
                  <td className="num">{km(g?.kinds['juridisch-loket'].medianKm)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <FactsheetSources sources={sheet.sources} />
    </>
  );
}
