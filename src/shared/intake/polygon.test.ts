// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { areaShape, containsPosition, distanceToBoundaryKm, shapesAt } from './polygon';

/** A 0.1° square with a 0.02° hole, and a two-part MultiPolygon. */
const square = areaShape('GM0001', 'Vierkant', {
  type: 'Polygon',
  coordinates: [
    [
      [5, 52],
      [5.1, 52],
      [5.1, 52.1],
      [5, 52.1],
      [5, 52],
    ],
    [
      [5.04, 52.04],
      [5.06, 52.04],
      [5.06, 52.06],
      [5.04, 52.06],
      [5.04, 52.04],
    ],
  ],
});
const islands = areaShape('GM0002', 'Eilanden', {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [6, 53],
        [6.1, 53],
        [6.1, 53.1],
        [6, 53],
      ],
    ],
    [
      [
        [6.5, 53],
        [6.6, 53],
        [6.6, 53.1],
        [6.5, 53],
      ],
    ],
  ],
});

describe('polygon checks', () => {
  it('finds points inside, outside and in a hole', () => {
    expect(containsPosition(square, 5.01, 52.01)).toBe(true);
    expect(containsPosition(square, 5.05, 52.05)).toBe(false);
    expect(containsPosition(square, 5.2, 52.05)).toBe(false);
    expect(containsPosition(islands, 6.55, 53.01)).toBe(true);
    expect(shapesAt([square, islands], 6.09, 53.01).map((s) => s.code)).toEqual(['GM0002']);
  });

  it('measures the distance to the boundary in km', () => {
    // 0.01° east of the square's east side at 52.05° N is about 0.68 km.
    expect(distanceToBoundaryKm(square, 5.11, 52.05)).toBeCloseTo(0.685, 2);
    expect(distanceToBoundaryKm(square, 5.1, 52.05)).toBeCloseTo(0, 5);
  });
});
