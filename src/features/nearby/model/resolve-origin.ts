import {
  distanceKm,
  woonplaatsCentroids,
  type LonLat,
  type WoonplaatsCentroid,
} from '../../../shared/model/geo';
import type { Gemeente, PostcodeTable } from '../../../shared/model/schema';
import type { NearbyOrigin } from '../../../shared/model/url-state';
import { nl } from '../../../shared/i18n/nl';

/** Where an origin lies and which gemeente it resolved to, and how. */
export type ResolvedOrigin =
  | {
      ok: true;
      point: LonLat;
      gemeenteCode: string;
      /** `table`: from the postcode table; `chosen`: picked by the user; `nearest`: nearest postcode area. */
      gemeenteFrom: 'table' | 'chosen' | 'nearest' | 'gemeente';
      label: string;
    }
  | { ok: false; reason: OriginProblemReason };

/** Why an origin could not be placed; each has its own message and offers the gemeente picker. */
export type OriginProblemReason =
  'unknown-postcode' | 'unknown-gemeente' | 'unknown-woonplaats' | 'outside-netherlands';

/**
 * A position farther than this from every postcode area's centre is not in the Netherlands (or is
 * out at sea). Inside the gemeente boundaries, the farthest point from such a centre is about
 * 16.5 km (in the Waddenzee); 20 km leaves room without reaching far across the border.
 */
export const OUTSIDE_NETHERLANDS_KM = 20;

/** Finds the PC4 row of a postcode; the table is sorted by pc4. */
function findPc4(table: PostcodeTable, pc4: number): number {
  let lo = 0;
  let hi = table.pc4.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = table.pc4[mid] ?? 0;
    if (value === pc4) return mid;
    if (value < pc4) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The gemeente of the nearest PC4 centroid (good enough for a GPS position, and correctable), or
 * undefined when the position is too far from every postcode area to be in the Netherlands.
 */
function nearestGemeente(table: PostcodeTable, point: LonLat): string | undefined {
  let best = -1;
  let bestKm = Number.POSITIVE_INFINITY;
  table.pc4.forEach((_, i) => {
    const km = distanceKm(point, [table.lon[i] ?? 0, table.lat[i] ?? 0]);
    if (km < bestKm) {
      bestKm = km;
      best = i;
    }
  });
  if (bestKm > OUTSIDE_NETHERLANDS_KM) return undefined;
  return table.gemeenten[table.gemeente[best] ?? -1];
}

/**
 * Turns what the user gave (postcode, gemeente, woonplaats, position) into a point and a gemeente.
 * The postcode table is only needed for postcodes, woonplaatsen and positions.
 */
export function resolveOrigin(
  origin: NearbyOrigin,
  gemeenten: readonly Gemeente[],
  table: PostcodeTable | undefined,
  woonplaatsen: readonly WoonplaatsCentroid[] = table ? woonplaatsCentroids(table) : [],
): ResolvedOrigin | undefined {
  const known = (code: string | undefined) => gemeenten.some((g) => g.code === code);
  if (origin.type === 'gemeente') {
    const gemeente = gemeenten.find((g) => g.code === origin.code);
    if (!gemeente) return { ok: false, reason: 'unknown-gemeente' };
    return {
      ok: true,
      point: gemeente.label,
      gemeenteCode: gemeente.code,
      gemeenteFrom: 'gemeente',
      label: gemeente.name,
    };
  }
  if (!table) return undefined;
  if (origin.type === 'postcode') {
    const row = findPc4(table, origin.pc4);
    const code = table.gemeenten[table.gemeente[row] ?? -1];
    if (row < 0 || !code) return { ok: false, reason: 'unknown-postcode' };
    const chosen =
      origin.gemeenteCode && known(origin.gemeenteCode) ? origin.gemeenteCode : undefined;
    return {
      ok: true,
      point: [table.lon[row] ?? 0, table.lat[row] ?? 0],
      gemeenteCode: chosen ?? code,
      gemeenteFrom: chosen ? 'chosen' : 'table',
      label: `${origin.pc4}${origin.letters ? ` ${origin.letters}` : ''}`,
    };
  }
  if (origin.type === 'plaats') {
    const woonplaats = woonplaatsen.find(
      (p) => p.name === origin.name && p.gemeenteCode === origin.gemeenteCode,
    );
    if (!woonplaats) return { ok: false, reason: 'unknown-woonplaats' };
    return {
      ok: true,
      point: [woonplaats.lon, woonplaats.lat],
      gemeenteCode: woonplaats.gemeenteCode,
      gemeenteFrom: 'table',
      label: woonplaats.name,
    };
  }
  const point: LonLat = [origin.lon, origin.lat];
  const chosen =
    origin.gemeenteCode && known(origin.gemeenteCode) ? origin.gemeenteCode : undefined;
  const code = chosen ?? nearestGemeente(table, point);
  if (!code) return { ok: false, reason: 'outside-netherlands' };
  return {
    ok: true,
    point,
    gemeenteCode: code,
    gemeenteFrom: chosen ? 'chosen' : 'nearest',
    label: nl.common.yourLocation,
  };
}
