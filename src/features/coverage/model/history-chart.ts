import { COVERAGE_STATES, type CoverageState } from '../../../shared/model/coverage';
import type { CoverageYear } from '../../../shared/model/coverage-history';

/** What a history chart counts: gemeenten or inwoners. */
export type HistoryMetric = 'gemeenten' | 'inwoners';

/** One coloured piece of a bar, in chart units (0 at the top, `height` at the baseline). */
export interface BarSegment {
  state: CoverageState;
  y: number;
  height: number;
  value: number;
}

export interface HistoryBar {
  year: number;
  x: number;
  width: number;
  segments: BarSegment[];
  /** Label the year under the bar (not every year fits). */
  labelled: boolean;
}

/** Chart geometry in SVG user units. */
export interface ChartBox {
  width: number;
  height: number;
  /** Room on the left for the axis labels and below for the years. */
  left: number;
  bottom: number;
}

/**
 * The stacked bars of one metric: each year's bar is 100% of the gemeenten (or inwoners), stacked
 * from wel (bottom) to onbekend (top), so a growing unknown shows as a growing grey top. Pure, so
 * the drawing is tested as data.
 */
export function historyBars(
  years: readonly CoverageYear[],
  metric: HistoryMetric,
  box: ChartBox,
): HistoryBar[] {
  const plotWidth = box.width - box.left;
  const plotHeight = box.height - box.bottom;
  const step = years.length > 0 ? plotWidth / years.length : 0;
  const gap = Math.min(4, step * 0.2);
  // Label the first and last year and every fifth one in between, so labels never collide.
  return years.map((entry, i) => {
    const counts = entry.totals[metric];
    const total = COVERAGE_STATES.reduce((sum, s) => sum + counts[s], 0);
    let y = plotHeight;
    const segments = COVERAGE_STATES.map((state) => {
      const height = total > 0 ? (counts[state] / total) * plotHeight : 0;
      y -= height;
      return { state, y, height, value: counts[state] };
    });
    return {
      year: entry.year,
      x: box.left + i * step + gap / 2,
      width: step - gap,
      segments,
      labelled:
        i === 0 ||
        i === years.length - 1 ||
        (entry.year % 5 === 0 && i >= 2 && i < years.length - 2),
    };
  });
}
