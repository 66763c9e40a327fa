import { useId, type JSX } from 'react';
import { REACH_BANDS, REACH_KINDS, type ReachData } from '../../shared/model/reach';
import type { PlaceKind } from '../../shared/model/schema';
import { REACH_STYLE } from '../../shared/ui/coverage-style';
import { gemeenteBands } from './model/reach-view';
import { campaignStrings } from './strings';
import type { CoverageViewProps } from './types';

const t = campaignStrings.reach;

/**
 * What Dekking's map shows: the status, or per gemeente the distance within which half its
 * inwoners live from a known place of one kind. With the distance, its legend in words (the
 * map's colours and hatching are never the only signal; the tables below have the figures).
 */
export function ReachMapChoice({
  reach,
  value,
  onChange,
}: {
  reach: ReachData;
  value: PlaceKind | undefined;
  onChange: CoverageViewProps['onReachLayer'];
}): JSX.Element {
  const id = useId();
  const choose = (kind: PlaceKind | undefined) => {
    if (!kind) {
      onChange(undefined, undefined);
      return;
    }
    const bands = gemeenteBands(reach, kind);
    const describe = new Map(
      [...bands].map(([code, band]) => [
        code,
        `${t.mapKind(t.kindsIn[kind])}: ${band === 'geen' ? t.mapGeenShort : t.mapHalfWithin(t.band[band])}`,
      ]),
    );
    onChange(kind, { bands, describe });
  };
  return (
    <fieldset className="coverage-reach-map">
      <legend>{t.mapChoice}</legend>
      <label>
        <input
          type="radio"
          name={`${id}-layer`}
          checked={value === undefined}
          onChange={() => {
            choose(undefined);
          }}
        />{' '}
        {t.mapStatus}
      </label>
      {REACH_KINDS.map((kind) => (
        <label key={kind}>
          <input
            type="radio"
            name={`${id}-layer`}
            checked={value === kind}
            onChange={() => {
              choose(kind);
            }}
          />{' '}
          {t.mapKind(t.kindsIn[kind])}
        </label>
      ))}
      {value ? (
        <div className="coverage-reach-map__legend">
          <p id={`${id}-legend`}>{t.mapLegendTitle(t.kindsIn[value])}</p>
          <ul aria-labelledby={`${id}-legend`}>
            {REACH_BANDS.map((band) => (
              <li key={band}>
                <span
                  aria-hidden="true"
                  className={`coverage-reach-map__swatch${REACH_STYLE[band].hatched ? ' coverage-reach-map__swatch--hatched' : ''}`}
                  data-band={band}
                />{' '}
                {band === 'geen' ? t.mapGeen : t.band[band]}
              </li>
            ))}
          </ul>
          <p className="coverage-note">{t.mapNote}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
