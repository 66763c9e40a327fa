// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Gemeente, PostcodeTable } from '../../src/shared/model/schema';
import { buildNeighbourLand, buildWoonplaatsLabels, LAND_BOX, readNaturalEarth } from './basemap';

/** Whether the point lies inside a ring (even-odd), for checking the land shape. */
function inRing([x, y]: [number, number], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('neighbouring land', () => {
  const land = buildNeighbourLand(readNaturalEarth());
  const feature = land.features[0];
  const polygons =
    feature?.geometry.type === 'MultiPolygon'
      ? feature.geometry.coordinates
      : feature
        ? [feature.geometry.coordinates]
        : [];
  const isLand = (p: [number, number]) => polygons.some((rings) => inRing(p, rings[0] ?? []));

  it('covers Belgium and Germany but not the Netherlands or the sea', () => {
    expect(isLand([4.35, 50.85])).toBe(true); // Brussel
    expect(isLand([6.96, 50.94])).toBe(true); // Köln
    expect(isLand([5.12, 52.09])).toBe(false); // Utrecht: drawn from the CBS gemeenten
    expect(isLand([3.0, 53.0])).toBe(false); // Noordzee
    expect(feature?.properties.name).toContain('Germany');
  });

  it('stays inside the box around the map', () => {
    for (const rings of polygons)
      for (const [lon = 0, lat = 0] of rings[0] ?? []) {
        expect(lon).toBeGreaterThanOrEqual(LAND_BOX.west);
        expect(lon).toBeLessThanOrEqual(LAND_BOX.east);
        expect(lat).toBeGreaterThanOrEqual(LAND_BOX.south);
        expect(lat).toBeLessThanOrEqual(LAND_BOX.north);
      }
  });
});

describe('woonplaats labels', () => {
  const gemeenten = [
    { code: 'GM0344', name: 'Utrecht' },
    { code: 'GM0310', name: 'De Bilt' },
  ] as Gemeente[];
  const postcodes: PostcodeTable = {
    gemeenten: ['GM0310', 'GM0344'],
    places: ['Bilthoven', 'De Bilt', 'Utrecht'],
    pc4: [3511, 3512, 3721, 3731],
    lat: [52.09, 52.1, 52.13, 52.11],
    lon: [5.11, 5.13, 5.2, 5.18],
    gemeente: [1, 1, 0, 0],
    place: [2, 2, 0, 1],
  };

  it('give each woonplaats one point, the bigger ones first, and mark the one named like its gemeente', () => {
    const labels = buildWoonplaatsLabels(postcodes, gemeenten);
    expect(labels.features.map((f) => f.properties)).toEqual([
      { name: 'Utrecht', size: 2, main: 1 },
      { name: 'Bilthoven', size: 1, main: 0 },
      { name: 'De Bilt', size: 1, main: 1 },
    ]);
    expect(labels.features[0]?.geometry.coordinates).toEqual([5.12, 52.095]);
  });
});
