import type { JSX } from 'react';
import { inwonersFrom, REACH_BANDS, REACH_KINDS, type AreaReach } from '../../shared/model/reach';
import { formatNumber, formatShare } from './model/format';
import type { ReachCompleteness } from './model/reach-view';
import { campaignStrings } from './strings';

const t = campaignStrings.reach;
const kmFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * Inwoners by distance band for each kind of help in one area (the country, a province or a
 * gemeente), as a real table: bands down, kinds across, count and share in each cell; then the
 * distance within which half the inwoners live. Always with its caveats beside it.
 */
export function ReachTable({ area, scope }: { area: AreaReach; scope: string }): JSX.Element {
  return (
    <div className="coverage-table__scroll">
      <table className="coverage-summary coverage-reach">
        <caption>{t.caption(scope)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.distance}</th>
            {REACH_KINDS.map((kind) => (
              <th key={kind} scope="col" className="num">
                {t.kinds[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REACH_BANDS.map((band, i) => (
            <tr key={band}>
              <th scope="row">{t.band[band]}</th>
              {REACH_KINDS.map((kind) => {
                const n = area.kinds[kind].bands[i] ?? 0;
                return (
                  <td key={kind} className="num">
                    {formatNumber(n)}
                    <span className="coverage-reach__share">
                      {' '}
                      ({formatShare(n, area.inwoners)})
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.median}</th>
            {REACH_KINDS.map((kind) => {
              const km = area.kinds[kind].medianKm;
              return (
                <td key={kind} className="num">
                  {t.medianValue(km === undefined ? undefined : kmFormat.format(km))}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** "More than 10 km from …, or none known: N inwoners (P%)", one line per kind. */
export function FarFromHelp({ area }: { area: AreaReach }): JSX.Element {
  return (
    <ul className="coverage-by-age">
      {REACH_KINDS.map((kind) => {
        const n = inwonersFrom(area.kinds[kind], '10-20');
        return (
          <li key={kind}>
            {t.moreThan10(t.kindsIn[kind], formatNumber(n), formatShare(n, area.inwoners))}
          </li>
        );
      })}
    </ul>
  );
}

/** How complete the places behind the figures are, per kind, and the other caveats. */
export function ReachCaveats({
  completeness,
  servedNoOffice,
}: {
  completeness: ReachCompleteness;
  /** Served gemeenten without a known office in the scope shown (omit in a gemeente's profile). */
  servedNoOffice?: { gemeenten: number; inwoners: number };
}): JSX.Element {
  const c = t.completeness;
  return (
    <div className="coverage-reach__caveats">
      <p className="emphasis">{t.onlyKnown}</p>
      <ul className="note">
        <li>
          {c['sociaal-raadslieden'](
            completeness.places['sociaal-raadslieden'],
            completeness.gemeentenWithOffice,
            completeness.gemeenten,
          )}
        </li>
        <li>{c.ido(completeness.places.ido)}</li>
        <li>{c['juridisch-loket'](completeness.places['juridisch-loket'])}</li>
      </ul>
      {servedNoOffice && servedNoOffice.gemeenten > 0 ? (
        <p className="note">
          {t.servedNoOffice(
            formatNumber(servedNoOffice.gemeenten),
            formatNumber(servedNoOffice.inwoners),
          )}
        </p>
      ) : null}
      <p className="note">{t.srlRule}</p>
      <p className="note">{t.approximate}</p>
      <p className="note">{t.ageNote}</p>
    </div>
  );
}
