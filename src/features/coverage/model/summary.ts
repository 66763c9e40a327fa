import {
  coverageTotals,
  type CoverageResult,
  type CoverageTotals,
} from '../../../shared/model/coverage';
import type { Gemeente } from '../../../shared/model/schema';

/** Totals for one area (the country or one province), for the summary table and the legend. */
export interface CoverageSummary {
  /** Undefined for the whole country. */
  provinceCode?: string;
  /** "Nederland" or the province name. */
  label: string;
  totals: CoverageTotals;
  gemeenten: number;
  inwoners: number;
}

/**
 * Sums per status for the country, or for one province when `provinceCode` is given. Uses
 * coverageTotals, so the view counts exactly like the rest of the app.
 */
export function summarizeCoverage(
  gemeenten: readonly Gemeente[],
  coverage: Pick<CoverageResult, 'byCode'>,
  provinceCode: string | undefined,
  nationalLabel: string,
): CoverageSummary {
  const scope = provinceCode ? gemeenten.filter((g) => g.provinceCode === provinceCode) : gemeenten;
  const totals = coverageTotals(scope, coverage.byCode);
  const summary: CoverageSummary = {
    label: provinceCode ? (scope[0]?.provinceName ?? provinceCode) : nationalLabel,
    totals,
    gemeenten: scope.length,
    inwoners: scope.reduce((sum, g) => sum + g.population, 0),
  };
  if (provinceCode) summary.provinceCode = provinceCode;
  return summary;
}
