// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spreadOffsets } from './spread';

describe('spreading places that share a position', () => {
  it('leaves a place on its own where it is', () => {
    expect(spreadOffsets([[5.1, 52.1]])).toEqual([undefined]);
  });

  it('moves places at the same spot apart, far enough that markers do not cover each other', () => {
    const [a, b, c] = spreadOffsets([
      [5.1, 52.1],
      [5.10001, 52.10001],
      [6.5, 53.2],
    ]);
    expect(c).toBeUndefined();
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    const dx = (a?.[0] ?? 0) - (b?.[0] ?? 0);
    const dy = (a?.[1] ?? 0) - (b?.[1] ?? 0);
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(24);
  });

  it('spreads a larger group around a circle with no two markers on top of each other', () => {
    const offsets = spreadOffsets(Array.from({ length: 6 }, () => [4.9, 52.37] as const));
    const keys = new Set(offsets.map((o) => JSON.stringify(o)));
    expect(keys.size).toBe(6);
  });
});
