import type {
  CoverageStatus,
  Evidence,
  EvidenceStatus,
  Gemeente,
  Provenance,
  Service,
} from './schema';

/** One piece of evidence about a gemeente, whether stated directly or implied by a service area. */
export interface CoverageClaim {
  status: EvidenceStatus;
  /** `evidence` rows come from evidence.csv; `service` claims from a service whose area names the gemeente. */
  from: 'evidence' | 'service';
  recordId: string;
  provenance: Provenance;
  note?: string;
}

/** The coverage of one gemeente and everything it rests on. */
export interface GemeenteCoverage {
  code: string;
  status: CoverageStatus;
  /** Newest first; the first one decided the status. Empty for `onbekend`. */
  claims: CoverageClaim[];
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
  byCode: Map<string, GemeenteCoverage>;
  conflicts: GemeenteCoverage[];
  unknownAreaCodes: UnknownAreaCode[];
}

/** The date a claim speaks for: the date on the source, or else the day it was read. */
export function claimDate(provenance: Provenance): string {
  return provenance.sourceDate ?? provenance.checkedOn;
}

/**
 * Coverage per gemeente from service areas and evidence. A gemeente named in an active service's
 * area is `wel` even when the office stands elsewhere; a dated source saying there is none makes
 * it `niet`; no evidence at all leaves it `onbekend`. When claims disagree the newest wins (ties:
 * `wel` over `niet`, then by record id, so the result never depends on input order).
 */
export function computeCoverage(
  gemeenten: readonly Pick<Gemeente, 'code'>[],
  services: readonly Service[],
  evidence: readonly Evidence[],
): CoverageResult {
  const known = new Set(gemeenten.map((g) => g.code));
  const claims = new Map<string, CoverageClaim[]>();
  const serviceIds = new Map<string, string[]>();
  const unknownAreaCodes: UnknownAreaCode[] = [];
  const add = (code: string, claim: CoverageClaim) => {
    claims.set(code, [...(claims.get(code) ?? []), claim]);
  };

  for (const service of services) {
    for (const code of service.serviceArea) {
      if (!known.has(code)) {
        unknownAreaCodes.push({ serviceId: service.id, code });
        continue;
      }
      serviceIds.set(code, [...(serviceIds.get(code) ?? []), service.id]);
      add(code, {
        status: 'wel',
        from: 'service',
        recordId: service.id,
        provenance: service.provenance,
      });
    }
  }
  for (const row of evidence) {
    add(row.gemeenteCode, {
      status: row.status,
      from: 'evidence',
      recordId: row.id,
      provenance: row.provenance,
      ...(row.note ? { note: row.note } : {}),
    });
  }

  const byCode = new Map<string, GemeenteCoverage>();
  for (const { code } of gemeenten) {
    const sorted = [...(claims.get(code) ?? [])].sort(newestFirst);
    const statuses = new Set(sorted.map((c) => c.status));
    byCode.set(code, {
      code,
      status: sorted[0]?.status ?? 'onbekend',
      claims: sorted,
      serviceIds: serviceIds.get(code) ?? [],
      conflict: statuses.size > 1,
    });
  }
  const conflicts = [...byCode.values()].filter((c) => c.conflict);
  return { byCode, conflicts, unknownAreaCodes };
}

function newestFirst(a: CoverageClaim, b: CoverageClaim): number {
  const byDate = claimDate(b.provenance).localeCompare(claimDate(a.provenance));
  if (byDate !== 0) return byDate;
  if (a.status !== b.status) return a.status === 'wel' ? -1 : 1;
  return a.recordId.localeCompare(b.recordId);
}

/** Gemeenten and inwoners per status, for a summary table. */
export interface CoverageTotals {
  gemeenten: Record<CoverageStatus, number>;
  inwoners: Record<CoverageStatus, number>;
}

/** Sums gemeenten and inwoners per status over the given gemeenten (the country, or a province). */
export function coverageTotals(
  gemeenten: readonly Pick<Gemeente, 'code' | 'population'>[],
  byCode: ReadonlyMap<string, Pick<GemeenteCoverage, 'status'>>,
): CoverageTotals {
  const totals: CoverageTotals = {
    gemeenten: { wel: 0, niet: 0, onbekend: 0 },
    inwoners: { wel: 0, niet: 0, onbekend: 0 },
  };
  for (const g of gemeenten) {
    const status = byCode.get(g.code)?.status ?? 'onbekend';
    totals.gemeenten[status] += 1;
    totals.inwoners[status] += g.population;
  }
  return totals;
}
