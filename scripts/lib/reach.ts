import {
  areaReach,
  nearestPlaces,
  REACH_BAND_LIMITS_KM,
  type ReachFile,
  type ReachOrigin,
} from '../../src/shared/model/reach';
import type { Dataset, PostcodeTable } from '../../src/shared/model/schema';
import { byCodePoint } from './reference';

/**
 * Builds reach.json: inwoners per distance band to the nearest place of each kind, per gemeente,
 * per province and for the country, from the PC4 centroids and inwoners and the places in the
 * dataset. Deterministic: keys sorted by code, numbers whole or rounded to one decimal.
 */
export function buildReach(
  dataset: Pick<Dataset, 'version' | 'gemeenten' | 'locations' | 'services'>,
  postcodes: PostcodeTable,
  inwoners: readonly number[],
  withoutInwoners: number,
): ReachFile {
  const origins: ReachOrigin[] = postcodes.pc4.map((_, i) => ({
    lon: postcodes.lon[i] ?? 0,
    lat: postcodes.lat[i] ?? 0,
    gemeenteCode: postcodes.gemeenten[postcodes.gemeente[i] ?? -1] ?? '',
    inwoners: inwoners[i] ?? 0,
  }));
  const places = dataset.locations.map((l) => ({
    kind: l.kind,
    lon: l.lon,
    lat: l.lat,
    ...(l.serviceId ? { serviceId: l.serviceId } : {}),
  }));
  const nearest = nearestPlaces(origins, places, dataset.services);

  const province = new Map(dataset.gemeenten.map((g) => [g.code, g.provinceCode]));
  const byGemeente = new Map<string, number[]>();
  const byProvince = new Map<string, number[]>();
  origins.forEach((origin, i) => {
    const push = (map: Map<string, number[]>, key: string) => {
      map.set(key, [...(map.get(key) ?? []), i]);
    };
    push(byGemeente, origin.gemeenteCode);
    push(byProvince, province.get(origin.gemeenteCode) ?? '');
  });
  const sortedAreas = (map: Map<string, number[]>, keys: readonly string[]) =>
    [...keys]
      .sort(byCodePoint)
      .map((code) => ({ code, ...areaReach(origins, nearest, map.get(code) ?? []) }));
  const provinceCodes = [...new Set(dataset.gemeenten.map((g) => g.provinceCode))];
  const count = (kind: string, filter: (l: Dataset['locations'][number]) => boolean = () => true) =>
    dataset.locations.filter((l) => l.kind === kind && filter(l)).length;

  return {
    datasetVersion: dataset.version,
    bandLimitsKm: [...REACH_BAND_LIMITS_KM],
    places: {
      'sociaal-raadslieden': count('sociaal-raadslieden', (l) => l.serviceId !== undefined),
      ido: count('ido'),
      'juridisch-loket': count('juridisch-loket'),
    },
    postcodeAreas: origins.length,
    postcodeAreasWithoutInwoners: withoutInwoners,
    nederland: areaReach(
      origins,
      nearest,
      origins.map((_, i) => i),
    ),
    provinces: sortedAreas(byProvince, provinceCodes),
    gemeenten: sortedAreas(
      byGemeente,
      dataset.gemeenten.map((g) => g.code),
    ),
  };
}
