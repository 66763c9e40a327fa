import type { SearchedSpot } from '../features/map/map-controller';
import type { NearbyResult } from '../features/nearby/model/nearby';
import type { ResolvedOrigin } from '../features/nearby/model/resolve-origin';
import type { NearbyOrigin } from '../shared/model/url-state';

/** Points the map should fit, with a key that changes when the question changes. */
export interface MapFocus {
  key: string;
  points: readonly (readonly [number, number])[];
  /** The searched spot and its gemeente, for the map to mark. */
  spot?: SearchedSpot;
}

/**
 * What the map shows of an answer: the start and every place the answer names, and the
 * searched spot. A whole gemeente gets its outline only; a postcode, woonplaats or position
 * also a marker.
 */
export function nearbyMapFocus(
  nearby: NearbyResult,
  near: NearbyOrigin | undefined,
  resolved: ResolvedOrigin | undefined,
): MapFocus {
  const points = [
    nearby.origin,
    ...nearby.ido,
    ...nearby.juridischLoket,
    ...nearby.services.flatMap((s) => s.offices),
  ].map((p) => ('location' in p ? ([p.location.lon, p.location.lat] as const) : p));
  const [lon, lat] = nearby.origin;
  const spot: SearchedSpot =
    near && near.type !== 'gemeente' && resolved?.ok
      ? {
          gemeenteCode: nearby.gemeente.code,
          point: { lon, lat, kind: near.type, name: near.type === 'punt' ? '' : resolved.label },
        }
      : { gemeenteCode: nearby.gemeente.code };
  return { key: `${nearby.origin.join(',')}|${nearby.gemeente.code}`, points, spot };
}
