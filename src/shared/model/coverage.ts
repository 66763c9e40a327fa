import { claimAge, periodStart, type ClaimAge } from './freshness';
import type {
  ClaimBasis,
  CoverageStatus,
  Evidence,
  EvidenceKind,
  EvidenceStatus,
  Gemeente,
  Provenance,
  Service,
} from './schema';

/** One claim about a gemeente's sociaal raadsliedenwerk, stated in evidence or implied by a service area. */
export interface CoverageClaim {
  status: EvidenceStatus;
  /** `evidence` rows come from evidence.csv; `service` claims from a service whose area names the gemeente. */
  from: 'evidence' | 'service';
  recordId: string;
  provenance: Provenance;
  /** `afgeleid`: inferred from what the source says, not stated by it. */
  basis: ClaimBasis;
  /** What the source says, for readers (B1); curators' internal notes never get here. */
  publicNote?: string;
}

/** Another kind of help a source names for a gemeente: never counted as sociaal raadsliedenwerk. */
export interface OtherHelp {
  kind: Exclude<EvidenceKind, 'sociaal-raadslieden'>;
  recordId: string;
  provenance: Provenance;
  basis: ClaimBasis;
  /** What the source says, for readers (B1). */
  publicNote?: string;
}

/** The coverage of one gemeente and everything it rests on. */
export interface GemeenteCoverage {
  code: string;
  status: CoverageStatus;
  /** Age of the claim that decided the status; undefined for `onbekend`. */
  age?: ClaimAge;
  /** Newest first; the first one decided the status. Empty for `onbekend`. */
  claims: CoverageClaim[];
  /** Other help named for this gemeente (plans, pilots, a wetswinkel, …), newest first. */
  otherHelp: OtherHelp[];
  /** Services whose area names this gemeente (their offices may stand elsewhere). */
  serviceIds: string[];
  /** Set when the claims disagree; the newest claim won. */
  conflict: boolean;
}

/** A service whose area names a code that is not a gemeente in the reference list. */
export interface UnknownAreaCode {
  serviceId: string;
  code: string;
}

export interface CoverageResult {
  /**
   * The day ages were measured on (YYYY-MM-DD): every view that shows an age uses this one. For
   * coverage as of a past day (computeCoverageAsOf), that day.
   */
  today: string;
  /** Set when the coverage is as of a past day: only claims dated on or before it counted. */
  asOf?: string;
  byCode: Map<string, GemeenteCoverage>;
  conflicts: GemeenteCoverage[];
  unknownAreaCodes: UnknownAreaCode[];
}

/**
 * Status and age in one value: what the map, the legend, the summary and the exports show.
 * `wel` and `niet` are each current or outdated; `onbekend` has no age.
 */
export const COVERAGE_STATES = [
  'wel-actueel',
  'wel-verouderd',
  'niet-actueel',
  'niet-verouderd',
  'onbekend',
] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

export function coverageState(coverage: Pick<GemeenteCoverage, 'status' | 'age'>): CoverageState {
  if (coverage.status === 'onbekend') return 'onbekend';
  return `${coverage.status}-${coverage.age ?? 'verouderd'}`;
}

/**
 * What the Dekking filter (and its URL parameter) can ask for: a status with both ages, or one
 * state ("wel" shows wel-actueel and wel-verouderd).
 */
export const STATUS_FILTERS = [
  'wel',
  'wel-actueel',
  'wel-verouderd',
  'niet',
  'niet-actueel',
  'niet-verouderd',
  'onbekend',
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function matchesStatusFilter(state: CoverageState, filter: StatusFilter): boolean {
  return state === filter || stateStatus(state) === filter;
}

/** The status part of a state ("wel-verouderd" → "wel"). */
export function stateStatus(state: CoverageState): CoverageStatus {
  return state === 'onbekend' ? 'onbekend' : state.startsWith('wel') ? 'wel' : 'niet';
}

/** The coverage of a gemeente that nothing is known about. */
export function unknownCoverage(code: string): GemeenteCoverage {
  return { code, status: 'onbekend', claims: [], otherHelp: [], serviceIds: [], conflict: false };
}

/**
 * Coverage per gemeente from service areas and evidence, with the age of each status on `today`
 * (YYYY-MM-DD). A gemeente named in a service's area is `wel` even when the office stands
 * elsewhere; a source saying there is none makes it `niet`; no evidence leaves it `onbekend`.
 * Evidence of another kind of help (a plan, a pilot, …) never decides a status. When claims
 * disagree the newest source wins; an undated source is older than any dated one (ties: `wel`
 * over `niet`, then by record id, so the result never depends on input order).
 */
export function computeCoverage(
  gemeenten: readonly Pick<Gemeente, 'code'>[],
  services: readonly Service[],
  evidence: readonly Evidence[],
  today: string,
): CoverageResult {
  const known = new Set(gemeenten.map((g) => g.code));
  const claims = new Map<string, CoverageClaim[]>();
  const other = new Map<string, OtherHelp[]>();
  const serviceIds = new Map<string, string[]>();
  const unknownAreaCodes: UnknownAreaCode[] = [];
  // Appends in place: copying the list on every claim made a gemeente with thousands of claims
  // (a loaded sheet) cost seconds.
  const push = <T>(map: Map<string, T[]>, code: string, value: T) => {
    const list = map.get(code);
    if (list) list.push(value);
    else map.set(code, [value]);
  };

  for (const service of services) {
    for (const code of service.serviceArea) {
      if (!known.has(code)) {
        unknownAreaCodes.push({ serviceId: service.id, code });
        continue;
      }
      push(serviceIds, code, service.id);
      push(claims, code, {
        status: 'wel',
        from: 'service',
        recordId: service.id,
        provenance: service.provenance,
        basis: service.basis,
      });
    }
  }
  for (const row of evidence) {
    const note = row.publicNote ? { publicNote: row.publicNote } : {};
    if (row.kind === 'sociaal-raadslieden' && row.status) {
      push(claims, row.gemeenteCode, {
        status: row.status,
        from: 'evidence',
        recordId: row.id,
        provenance: row.provenance,
        basis: row.basis,
        ...note,
      });
    } else if (row.kind !== 'sociaal-raadslieden') {
      push(other, row.gemeenteCode, {
        kind: row.kind,
        recordId: row.id,
        provenance: row.provenance,
        basis: row.basis,
        ...note,
      });
    }
  }

  const byCode = new Map<string, GemeenteCoverage>();
  for (const { code } of gemeenten) {
    const sorted = [...(claims.get(code) ?? [])].sort(newestFirst);
    const statuses = new Set(sorted.map((c) => c.status));
    const decisive = sorted[0];
    const entry: GemeenteCoverage = {
      code,
      status: decisive?.status ?? 'onbekend',
      claims: sorted,
      otherHelp: [...(other.get(code) ?? [])].sort(newestFirst),
      serviceIds: serviceIds.get(code) ?? [],
      conflict: statuses.size > 1,
    };
    if (decisive) entry.age = claimAge(decisive.provenance.sourceDate, today);
    byCode.set(code, entry);
  }
  const conflicts = [...byCode.values()].filter((c) => c.conflict);
  return { today, byCode, conflicts, unknownAreaCodes };
}

/** Sort key of a source date: its first day; undated sources sort before every date. */
function dateKey(provenance: Provenance): string {
  return provenance.sourceDate ? periodStart(provenance.sourceDate) : '';
}

function newestFirst(
  a: { provenance: Provenance; recordId: string; status?: EvidenceStatus },
  b: { provenance: Provenance; recordId: string; status?: EvidenceStatus },
): number {
  const byDate = dateKey(b.provenance).localeCompare(dateKey(a.provenance));
  if (byDate !== 0) return byDate;
  if (a.status !== b.status) return a.status === 'wel' ? -1 : 1;
  return a.recordId.localeCompare(b.recordId);
}

/** Gemeenten and inwoners per state, for a summary table or a legend. */
export interface CoverageTotals {
  gemeenten: Record<CoverageState, number>;
  inwoners: Record<CoverageState, number>;
}

const zeroes = (): Record<CoverageState, number> => ({
  'wel-actueel': 0,
  'wel-verouderd': 0,
  'niet-actueel': 0,
  'niet-verouderd': 0,
  onbekend: 0,
});

/** Sums gemeenten and inwoners per state over the given gemeenten (the country, or a province). */
export function coverageTotals(
  gemeenten: readonly Pick<Gemeente, 'code' | 'population'>[],
  byCode: ReadonlyMap<string, Pick<GemeenteCoverage, 'status' | 'age'>>,
): CoverageTotals {
  const totals: CoverageTotals = { gemeenten: zeroes(), inwoners: zeroes() };
  for (const g of gemeenten) {
    const entry = byCode.get(g.code);
    const state = entry ? coverageState(entry) : 'onbekend';
    totals.gemeenten[state] += 1;
    totals.inwoners[state] += g.population;
  }
  return totals;
}

/** The sum over both ages of one status ("wel" = wel-actueel + wel-verouderd). */
export function statusTotal(counts: Record<CoverageState, number>, status: CoverageStatus): number {
  return COVERAGE_STATES.filter((s) => stateStatus(s) === status).reduce(
    (sum, s) => sum + counts[s],
    0,
  );
}
