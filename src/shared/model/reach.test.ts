// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import {
  areaReach,
  inwonersFrom,
  nearestPlaces,
  reachBand,
  reachFileSchema,
  toReachData,
  type ReachOrigin,
  type ReachPlace,
} from './reach';

/** Kilometres per degree of latitude on the great circle distanceKm uses. */
const KM_PER_DEGREE = distanceKm([5, 52], [5, 53]);
/** A point `km` due north of (5, 52). */
const north = (km: number): [number, number] => [5, 52 + km / KM_PER_DEGREE];

/**
 * A small synthetic grid: one IDO and one Juridisch Loket at the origin (5, 52); postcode areas
 * due north at 1, 6, 12 and 25 km, in two gemeenten; a sociaal raadslieden office of a service
 * for GM0001 only, at 30 km north.
 */
const origin = (km: number, gemeenteCode: string, inwoners: number): ReachOrigin => {
  const [lon, lat] = north(km);
  return { lon, lat, gemeenteCode, inwoners };
};
const origins = [
  origin(1, 'GM0001', 100),
  origin(6, 'GM0001', 200),
  origin(12, 'GM0002', 300),
  origin(25, 'GM0002', 400),
];
const places: ReachPlace[] = [
  { kind: 'ido', lon: 5, lat: 52 },
  { kind: 'juridisch-loket', lon: 5, lat: 52 },
  { kind: 'sociaal-raadslieden', lon: north(30)[0], lat: north(30)[1], serviceId: 'srl-a' },
  // An office without a service serves nobody we can name.
  { kind: 'sociaal-raadslieden', lon: 5, lat: 52 },
];
const services = [{ id: 'srl-a', serviceArea: ['GM0001'] }];

describe('reachBand', () => {
  it('puts a distance on a limit in the farther band', () => {
    expect(reachBand(0)).toBe('0-5');
    expect(reachBand(4.99)).toBe('0-5');
    expect(reachBand(5)).toBe('5-10');
    expect(reachBand(10)).toBe('10-20');
    expect(reachBand(19.9)).toBe('10-20');
    expect(reachBand(20)).toBe('20+');
    expect(reachBand(undefined)).toBe('geen');
  });
});

describe('reach on a synthetic grid', () => {
  const nearest = nearestPlaces(origins, places, services);

  it('measures the straight line to the nearest place of each kind', () => {
    expect(nearest.map((n) => Math.round(n.ido ?? -1))).toEqual([1, 6, 12, 25]);
    expect(nearest.map((n) => Math.round(n['juridisch-loket'] ?? -1))).toEqual([1, 6, 12, 25]);
  });

  it('counts sociaal raadslieden only for the gemeenten their service works for', () => {
    expect(
      nearest.map((n) => n['sociaal-raadslieden'] && Math.round(n['sociaal-raadslieden'])),
    ).toEqual([29, 24, undefined, undefined]);
  });

  it('sums inwoners per band for an area, and every inwoner once', () => {
    const all = areaReach(origins, nearest, [0, 1, 2, 3]);
    expect(all.inwoners).toBe(1000);
    expect(all.kinds.ido.bands).toEqual([100, 200, 300, 400, 0]);
    expect(all.kinds['sociaal-raadslieden'].bands).toEqual([0, 0, 0, 300, 700]);
    for (const kind of Object.values(all.kinds)) {
      expect(kind.bands.reduce((a, b) => a + b, 0)).toBe(1000);
    }
    expect(inwonersFrom(all.kinds.ido, '10-20')).toBe(700);
    expect(inwonersFrom(all.kinds['sociaal-raadslieden'], '10-20')).toBe(1000);
  });

  it('gives the distance within which half the inwoners live, or none when half have no place', () => {
    const all = areaReach(origins, nearest, [0, 1, 2, 3]);
    // 100 + 200 + 300 = 600 ≥ 500 at the area 12 km away.
    expect(all.kinds.ido.medianKm).toBe(12);
    expect(all.kinds['sociaal-raadslieden'].medianKm).toBeUndefined();
    const gm1 = areaReach(origins, nearest, [0, 1]);
    expect(gm1.kinds['sociaal-raadslieden'].medianKm).toBe(24);
    expect(areaReach(origins, nearest, []).kinds.ido).toEqual({ bands: [0, 0, 0, 0, 0] });
  });

  it('says no place is known when there is none of a kind', () => {
    const none = nearestPlaces(origins, [], services);
    expect(areaReach(origins, none, [0, 1, 2, 3]).kinds.ido.bands).toEqual([0, 0, 0, 0, 1000]);
  });
});

describe('reach.json', () => {
  it('looks areas up by code once loaded', () => {
    const area = areaReach(origins, nearestPlaces(origins, places, services), [0, 1]);
    const data = toReachData({
      datasetVersion: 'x',
      bandLimitsKm: [5, 10, 20],
      places: { 'sociaal-raadslieden': 1, ido: 1, 'juridisch-loket': 1 },
      postcodeAreas: 2,
      postcodeAreasWithoutInwoners: 0,
      nederland: area,
      provinces: [{ code: 'PV26', ...area }],
      gemeenten: [{ code: 'GM0001', ...area }],
    });
    expect(data.gemeenten.GM0001).toEqual(area);
    expect(data.provinces.PV26?.inwoners).toBe(300);
    expect(data.gemeenten.GM0002).toBeUndefined();
  });

  it('refuses an area with the wrong number of bands', () => {
    const area = {
      inwoners: 1,
      kinds: {
        'sociaal-raadslieden': { bands: [0, 0, 0, 0, 1] },
        ido: { bands: [1, 0, 0, 0], medianKm: 1 },
        'juridisch-loket': { bands: [1, 0, 0, 0, 0], medianKm: 1 },
      },
    };
    const file = {
      datasetVersion: 'x',
      bandLimitsKm: [5, 10, 20],
      places: { 'sociaal-raadslieden': 0, ido: 1, 'juridisch-loket': 1 },
      postcodeAreas: 1,
      postcodeAreasWithoutInwoners: 0,
      nederland: area,
      provinces: [{ code: 'PV26', ...area }],
      gemeenten: [],
    };
    expect(reachFileSchema.safeParse(file).success).toBe(false);
    area.kinds.ido.bands.push(0);
    expect(reachFileSchema.safeParse(file).success).toBe(true);
  });
});
