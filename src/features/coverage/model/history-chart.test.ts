// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CoverageYear } from '../../../shared/model/coverage-history';
import { historyBars } from './history-chart';

const year = (y: number, wel: number, onbekend: number): CoverageYear => ({
  year: y,
  asOf: `${y}-12-31`,
  current: false,
  totals: {
    gemeenten: {
      'wel-actueel': wel,
      'wel-verouderd': 0,
      'niet-actueel': 0,
      'niet-verouderd': 0,
      onbekend,
    },
    inwoners: {
      'wel-actueel': wel * 1000,
      'wel-verouderd': 0,
      'niet-actueel': 0,
      'niet-verouderd': 0,
      onbekend: onbekend * 1000,
    },
  },
});

const box = { width: 220, height: 120, left: 20, bottom: 20 };

describe('historyBars', () => {
  it('stacks every bar to the full height, wel at the bottom and onbekend on top', () => {
    const bars = historyBars([year(2020, 1, 3), year(2021, 3, 1)], 'gemeenten', box);
    expect(bars).toHaveLength(2);
    const [first, second] = bars;
    const wel = first?.segments.find((s) => s.state === 'wel-actueel');
    const unknown = first?.segments.find((s) => s.state === 'onbekend');
    expect(wel).toMatchObject({ height: 25, y: 75, value: 1 });
    expect(unknown).toMatchObject({ height: 75, y: 0, value: 3 });
    expect(second?.segments.find((s) => s.state === 'onbekend')?.height).toBe(25);
    expect(second?.x).toBeGreaterThan(first?.x ?? Infinity);
  });

  it('labels the first and last year and round years between, never two side by side', () => {
    const years = Array.from({ length: 18 }, (_, i) => year(2009 + i, 1, 1));
    const labelled = historyBars(years, 'inwoners', box)
      .filter((b) => b.labelled)
      .map((b) => b.year);
    expect(labelled).toEqual([2009, 2015, 2020, 2026]);
  });

  it('draws an empty bar, not NaN, for a year without any gemeenten', () => {
    const [bar] = historyBars([year(2020, 0, 0)], 'gemeenten', box);
    expect(bar?.segments.every((s) => s.height === 0)).toBe(true);
  });
});
