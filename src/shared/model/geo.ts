import type { PostcodeTable } from './schema';

/** [longitude, latitude] in WGS84, the order GeoJSON and MapLibre use. */
export type LonLat = readonly [number, number];

const EARTH_RADIUS_KM = 6371.0088;

/** Straight-line (great-circle) distance in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items sorted by distance from `origin`, nearest first, with the distance attached. */
export function byDistance<T>(
  origin: LonLat,
  items: readonly T[],
  position: (item: T) => LonLat,
): { item: T; km: number }[] {
  return items
    .map((item) => ({ item, km: distanceKm(origin, position(item)) }))
    .sort((x, y) => x.km - y.km);
}

/** A woonplaats in one gemeente, at the mean of its PC4 centroids. */
export interface WoonplaatsCentroid {
  name: string;
  lat: number;
  lon: number;
  gemeenteCode: string;
}

/**
 * Centroid per woonplaats and gemeente as the plain mean of its PC4 centroids (not weighted by
 * population): an approximate position, used where a record gives no postcode and for place
 * search. Keyed by name and gemeente, because names like Hengelo occur in more than one gemeente.
 */
export function woonplaatsCentroids(table: PostcodeTable): WoonplaatsCentroid[] {
  const sums = new Map<
    string,
    { place: number; gemeente: number; lat: number; lon: number; n: number }
  >();
  table.pc4.forEach((_, i) => {
    const place = table.place[i] ?? -1;
    const gemeente = table.gemeente[i] ?? -1;
    if (place < 0 || gemeente < 0) return;
    const key = `${place}|${gemeente}`;
    const sum = sums.get(key) ?? { place, gemeente, lat: 0, lon: 0, n: 0 };
    sum.lat += table.lat[i] ?? 0;
    sum.lon += table.lon[i] ?? 0;
    sum.n += 1;
    sums.set(key, sum);
  });
  return [...sums.values()]
    .map((sum) => ({
      name: table.places[sum.place] ?? '',
      lat: round5(sum.lat / sum.n),
      lon: round5(sum.lon / sum.n),
      gemeenteCode: table.gemeenten[sum.gemeente] ?? '',
    }))
    .sort(
      (a, b) => a.name.localeCompare(b.name, 'nl') || a.gemeenteCode.localeCompare(b.gemeenteCode),
    );
}

/** Rounds to 5 decimals (about 1 m), enough for a centroid and stable across runs. */
export function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
