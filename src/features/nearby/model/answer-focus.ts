import type { NearbyOrigin } from '../../../shared/model/url-state';
import type { NearbyResult } from './nearby';
import type { ResolvedOrigin } from './resolve-origin';

/**
 * What the map shows of an answer: the points to fit (the start and every place the answer
 * names), a key that changes when the question changes, and the searched spot. A whole gemeente
 * gets its outline only; a postcode, woonplaats or position also a marker (`name` is the
 * postcode or woonplaats, empty for a position). Data only: the map decides how to draw it.
 */
export interface AnswerFocus {
  key: string;
  points: readonly (readonly [number, number])[];
  spot: {
    gemeenteCode: string;
    point?: { lon: number; lat: number; kind: 'postcode' | 'plaats' | 'punt'; name: string };
  };
}

/** Worked out in the answer's lazy chunk, so the first view does not carry it. */
export function answerFocus(
  nearby: NearbyResult,
  near: NearbyOrigin | undefined,
  resolved: ResolvedOrigin | undefined,
): AnswerFocus {
  const points = [
    nearby.origin,
    ...nearby.ido,
    ...nearby.juridischLoket,
    ...nearby.services.flatMap((s) => s.offices),
  ].map((p) => ('location' in p ? ([p.location.lon, p.location.lat] as const) : p));
  const [lon, lat] = nearby.origin;
  const gemeenteCode = nearby.gemeente.code;
  const spot: AnswerFocus['spot'] =
    near && near.type !== 'gemeente' && resolved?.ok
      ? {
          gemeenteCode,
          point: { lon, lat, kind: near.type, name: near.type === 'punt' ? '' : resolved.label },
        }
      : { gemeenteCode };
  return { key: `${nearby.origin.join(',')}|${gemeenteCode}`, points, spot };
}
