import type { CoverageState } from '../model/coverage';
import type { ReachBand } from '../model/reach';

/**
 * How each coverage state looks, defined once for the map layers, the PNG export and the legend
 * swatches (coverage.css repeats these values; a test keeps them equal). Colour is never the
 * only signal: `niet` is hatched, an outdated claim (`verouderd`) is paler and dotted, and the
 * words always stand beside the swatch.
 */
export const COVERAGE_STYLE: Record<
  CoverageState,
  { fill: string; hatched: boolean; dotted: boolean }
> = {
  'wel-actueel': { fill: '#2f7d4f', hatched: false, dotted: false },
  'wel-verouderd': { fill: '#a3d1b1', hatched: false, dotted: true },
  'niet-actueel': { fill: '#f4b183', hatched: true, dotted: false },
  'niet-verouderd': { fill: '#fbe0cc', hatched: true, dotted: true },
  onbekend: { fill: '#d9d9d9', hatched: false, dotted: false },
};

/** The ink of the hatch and dot patterns: dark enough to read on every fill. */
export const PATTERN_INK = { hatch: '#7a2e0b', dots: '#1f2937' } as const;

/**
 * The reach map layer (Dekking, "Kaart toont: afstand"): per gemeente, the band of the distance
 * within which half its inwoners live from a known place of one kind. Light to dark as help gets
 * farther; `geen` (half or more have no known place) is white and hatched, never a colour that
 * reads as "far". The words stand beside every swatch in the legend.
 */
export const REACH_STYLE: Record<ReachBand, { fill: string; hatched: boolean }> = {
  '0-5': { fill: '#fff3d6', hatched: false },
  '5-10': { fill: '#fdc07a', hatched: false },
  '10-20': { fill: '#e0672f', hatched: false },
  '20+': { fill: '#8c2d04', hatched: false },
  geen: { fill: '#ffffff', hatched: true },
};
