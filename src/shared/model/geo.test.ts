// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { byDistance, distanceKm, woonplaatsCentroids, round5, type LonLat } from './geo';
import type { PostcodeTable } from './schema';

const utrecht: LonLat = [5.1214, 52.0907];
const amsterdam: LonLat = [4.9041, 52.3676];

describe('distanceKm', () => {
  it('is zero for the same point and about 35 km from Utrecht to Amsterdam', () => {
    expect(distanceKm(utrecht, utrecht)).toBe(0);
    expect(distanceKm(utrecht, amsterdam)).toBeGreaterThan(34);
    expect(distanceKm(utrecht, amsterdam)).toBeLessThan(36);
  });

  it('is symmetric', () => {
    expect(distanceKm(utrecht, amsterdam)).toBeCloseTo(distanceKm(amsterdam, utrecht), 10);
  });
});

describe('byDistance', () => {
  it('sorts nearest first and attaches the distance', () => {
    const items = [
      { name: 'Amsterdam', at: amsterdam },
      { name: 'Utrecht', at: utrecht },
    ];
    const sorted = byDistance(utrecht, items, (i) => i.at);
    expect(sorted.map((s) => s.item.name)).toEqual(['Utrecht', 'Amsterdam']);
    expect(sorted[0]?.km).toBe(0);
  });
});

describe('woonplaatsCentroids', () => {
  const table: PostcodeTable = {
    gemeenten: ['GM0164', 'GM1735'],
    places: ['Hengelo', 'Enschede'],
    pc4: [7551, 7552, 7255, 7511, 9999],
    lat: [52.26, 52.24, 52.05, 52.22, 53],
    lon: [6.79, 6.77, 6.31, 6.89, 6],
    gemeente: [0, 0, 1, 0, 0],
    place: [0, 0, 0, 1, -1],
  };

  it('averages PC4 centroids per place and gemeente, keeping same-named places apart', () => {
    const centroids = woonplaatsCentroids(table);
    expect(centroids).toEqual([
      { name: 'Enschede', lat: 52.22, lon: 6.89, gemeenteCode: 'GM0164' },
      { name: 'Hengelo', lat: 52.25, lon: 6.78, gemeenteCode: 'GM0164' },
      { name: 'Hengelo', lat: 52.05, lon: 6.31, gemeenteCode: 'GM1735' },
    ]);
  });

  it('skips postcodes without a place', () => {
    expect(woonplaatsCentroids(table).some((c) => c.lat === 53)).toBe(false);
  });
});

describe('round5', () => {
  it('rounds to 5 decimals', () => {
    expect(round5(52.123456789)).toBe(52.12346);
    expect(round5(4.9)).toBe(4.9);
  });
});
