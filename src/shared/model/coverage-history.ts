import {
  computeCoverage,
  coverageTotals,
  type CoverageResult,
  type CoverageTotals,
} from './coverage';
import type { Evidence, Gemeente, Provenance, Service } from './schema';

/**
 * Coverage through the years, as the dated sources show it. Each past year is the coverage as of
 * 31 December of that year (computeCoverageAsOf); the current year is today's coverage, where
 * undated sources count too. The further back, the fewer sources are dated early enough, so
 * `onbekend` grows: that is what the sources say, not what was there. (Kept apart from
 * coverage.ts so the first view, which only needs today, does not carry it.)
 */

/**
 * The last day of the period a source date names ("2022-12" → "2022-12-31", "2013" →
 * "2013-12-31"). A source counts "as of" a day only when its whole period lies on or before that
 * day, so a source from "december 2022" never counts for the 15th of that month.
 */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const lastDay = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0));
    return `${date}-${String(lastDay.getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

/**
 * Whether a claim whose source shows `sourceDate` can count for the state of affairs on `asOf`
 * (YYYY-MM-DD): only when its source date lies wholly on or before that day. An undated source
 * cannot be placed in time, so it never counts for a past day.
 */
export function sourceKnownBy(sourceDate: string | undefined, asOf: string): boolean {
  return sourceDate !== undefined && periodEnd(sourceDate) <= asOf;
}

/**
 * Coverage as the sources showed it on a past day (YYYY-MM-DD): the same computeCoverage, over
 * only the claims (service areas, evidence, other help) whose source date lies wholly on or
 * before that day, with ages measured on that day. Undated claims never count here.
 */
export function computeCoverageAsOf(
  gemeenten: readonly Pick<Gemeente, 'code'>[],
  services: readonly Service[],
  evidence: readonly Evidence[],
  asOf: string,
): CoverageResult {
  const known = ({ provenance }: { provenance: Provenance }) =>
    sourceKnownBy(provenance.sourceDate, asOf);
  const result = computeCoverage(gemeenten, services.filter(known), evidence.filter(known), asOf);
  return { ...result, asOf };
}

/** One year of the history: the day it is as of, and gemeenten and inwoners per state. */
export interface CoverageYear {
  year: number;
  /** 31 December of the year, or today for the current year. */
  asOf: string;
  /** The current year: today's coverage, where undated sources count. */
  current: boolean;
  totals: CoverageTotals;
}

/**
 * The year of the oldest dated source that can decide coverage (a service area or a sociaal
 * raadslieden evidence row); undefined when no such source has a date.
 */
export function firstEvidenceYear(
  services: readonly Pick<Service, 'provenance'>[],
  evidence: readonly Pick<Evidence, 'kind' | 'provenance'>[],
): number | undefined {
  const years = [...services, ...evidence.filter((e) => e.kind === 'sociaal-raadslieden')]
    .flatMap((r) => (r.provenance.sourceDate ? [Number(r.provenance.sourceDate.slice(0, 4))] : []))
    .filter((y) => Number.isInteger(y));
  return years.length > 0 ? Math.min(...years) : undefined;
}

/** The years one can choose: from the oldest evidence year to the current year, oldest first. */
export function coverageYears(
  services: readonly Pick<Service, 'provenance'>[],
  evidence: readonly Pick<Evidence, 'kind' | 'provenance'>[],
  today: string,
): number[] {
  const current = Number(today.slice(0, 4));
  const first = Math.min(firstEvidenceYear(services, evidence) ?? current, current);
  return Array.from({ length: current - first + 1 }, (_, i) => first + i);
}

/** The day a year's coverage is as of: 31 December, or `today` in the current year. */
export function yearAsOf(year: number, today: string): string {
  return year >= Number(today.slice(0, 4)) ? today : `${String(year).padStart(4, '0')}-12-31`;
}

/** Coverage in one year: as of 31 December for a past year, today's for the current one. */
export function coverageInYear(
  gemeenten: readonly Pick<Gemeente, 'code'>[],
  services: readonly Service[],
  evidence: readonly Evidence[],
  today: string,
  year: number,
): CoverageResult {
  const asOf = yearAsOf(year, today);
  return asOf === today
    ? computeCoverage(gemeenten, services, evidence, today)
    : computeCoverageAsOf(gemeenten, services, evidence, asOf);
}

/** Gemeenten and inwoners per state for every year one can choose, oldest first. */
export function coverageHistory(
  gemeenten: readonly Pick<Gemeente, 'code' | 'population'>[],
  services: readonly Service[],
  evidence: readonly Evidence[],
  today: string,
): CoverageYear[] {
  return coverageYears(services, evidence, today).map((year) => {
    const coverage = coverageInYear(gemeenten, services, evidence, today, year);
    return {
      year,
      asOf: yearAsOf(year, today),
      current: coverage.asOf === undefined,
      totals: coverageTotals(gemeenten, coverage.byCode),
    };
  });
}
