import { useEffect, useId, useRef, type JSX } from 'react';
import { REACH_BANDS, REACH_KINDS, type ReachData } from '../../shared/model/reach';
import type { PlaceKind } from '../../shared/model/schema';
import { REACH_STYLE } from '../../shared/ui/coverage-style';
import { gemeenteBands } from './model/reach-view';
import { campaignStrings } from './strings';
import type { CoverageViewProps, ReachLayer } from './types';

const t = campaignStrings.reach;

/** The map's distance layer for one kind: the band per gemeente and its words for hover. */
export function reachLayerFor(reach: ReachData, kind: PlaceKind): ReachLayer {
  const bands = gemeenteBands(reach, kind);
  const describe = new Map(
    [...bands].map(([code, band]) => [
      code,
      `${t.mapKind(t.kindsIn[kind])}: ${band === 'geen' ? t.mapGeenShort : t.mapHalfWithin(t.band[band])}`,
    ]),
  );
  return { bands, describe };
}

/**
 * Hands the app the layer the URL names (`afstand`) once reach.json is there, and clears it when
 * the URL names none: on a shared link, Back and Forward the map follows the URL, also while a
 * gemeente's profile hides the choice itself.
 */
export function useReachLayer(
  reach: ReachData | undefined,
  kind: PlaceKind | undefined,
  onLayer: CoverageViewProps['onReachLayer'],
): void {
  const report = useRef(onLayer);
  useEffect(() => {
    report.current = onLayer;
  });
  useEffect(() => {
    if (!kind) report.current(undefined, undefined);
    else if (reach) report.current(kind, reachLayerFor(reach, kind));
  }, [reach, kind]);
}

/**
 * What Dekking's map shows: the status, or per gemeente the distance within which half its
 * inwoners live from a known place of one kind. With the distance, its legend in words (the
 * map's colours and hatching are never the only signal; the tables below have the figures).
 */
export function ReachMapChoice({
  value,
  onChoose,
}: {
  value: PlaceKind | undefined;
  /** Puts the choice in the URL (`afstand`), so a shared link and Back restore it. */
  onChoose: (kind: PlaceKind | undefined) => void;
}): JSX.Element {
  const id = useId();
  return (
    <fieldset className="coverage-reach-map">
      <legend>{t.mapChoice}</legend>
      <label>
        <input
          type="radio"
          name={`${id}-layer`}
          checked={value === undefined}
          onChange={() => {
            onChoose(undefined);
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
              onChoose(kind);
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
          <p className="note">{t.mapNote}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
