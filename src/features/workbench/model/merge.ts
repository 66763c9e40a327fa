import {
  computeCoverage,
  coverageState,
  coverageTotals,
  type CoverageResult,
  type CoverageState,
  type CoverageTotals,
} from '../../../shared/model/coverage';
import { claimAge, type ClaimAge } from '../../../shared/model/freshness';
import type { Dataset, HelpLocation } from '../../../shared/model/schema';
import { mergedData, type MergeMode, type OwnRecords } from '../../../shared/model/own-data';
import type { CheckResult, SheetClaim } from './check-files';

/**
 * The national picture with the owner's rows: merged with the published data (a row with the
 * id of a published one replaces it; otherwise every claim counts and the newest wins, by the
 * build's own computeCoverage) or on their own. Says which gemeenten change, where the owner's
 * rows contradict the published ones, and which places are new.
 */

/** A sheet claim's key for confirmation: the same typed name in the same file is confirmed once. */
export function confirmKey(claim: Pick<SheetClaim, 'file' | 'confirm'>): string {
  return `${claim.file}|${claim.confirm?.typed ?? ''}|${claim.confirm?.code ?? ''}`;
}

export function ownRecords(check: CheckResult, confirmed: ReadonlySet<string>): OwnRecords {
  const sheet = check.claims
    .filter((c) => !c.confirm || confirmed.has(confirmKey(c)))
    .map((c) => c.evidence);
  return {
    evidence: [...check.records.evidence, ...sheet],
    services: check.records.services,
    locations: check.records.locations,
  };
}

export interface StatusChange {
  code: string;
  name: string;
  before: CoverageState;
  after: CoverageState;
}

export interface Conflict {
  code: string;
  name: string;
  /** The newest published claim's status, and the owner's newest claim's status. */
  published: 'wel' | 'niet';
  own: 'wel' | 'niet';
  /** Which side decides the merged status. */
  winner: 'gepubliceerd' | 'eigen';
}

export interface Comparison {
  before: CoverageTotals;
  after: CoverageTotals;
  merged: CoverageResult;
  changes: StatusChange[];
  conflicts: Conflict[];
  newPlaces: HelpLocation[];
  /** Owner's records whose id replaces a published record. */
  replaced: number;
}

export function compare(
  dataset: Dataset,
  published: CoverageResult,
  own: OwnRecords,
  mode: MergeMode,
  today: string,
): Comparison {
  const data = mergedData(dataset, own, mode);
  const merged = computeCoverage(dataset.gemeenten, data.services, data.evidence, today);
  const names = new Map(dataset.gemeenten.map((g) => [g.code, g.name]));
  const changes: StatusChange[] = [];
  for (const [code, entry] of merged.byCode) {
    const before = published.byCode.get(code);
    const b = before ? coverageState(before) : 'onbekend';
    const a = coverageState(entry);
    if (a !== b) changes.push({ code, name: names.get(code) ?? code, before: b, after: a });
  }
  changes.sort((x, y) => x.name.localeCompare(y.name, 'nl'));

  const ownIds = new Set([...own.evidence.map((e) => e.id), ...own.services.map((s) => s.id)]);
  const conflicts: Conflict[] = [];
  if (mode === 'samen') {
    for (const [code, entry] of merged.byCode) {
      const ownClaim = entry.claims.find((c) => ownIds.has(c.recordId));
      const pubClaim = entry.claims.find((c) => !ownIds.has(c.recordId));
      if (!ownClaim || !pubClaim || ownClaim.status === pubClaim.status) continue;
      conflicts.push({
        code,
        name: names.get(code) ?? code,
        published: pubClaim.status,
        own: ownClaim.status,
        winner: entry.claims[0] === ownClaim ? 'eigen' : 'gepubliceerd',
      });
    }
    conflicts.sort((x, y) => x.name.localeCompare(y.name, 'nl'));
  }
  const publishedPlaces = new Set(dataset.locations.map((l) => l.id));
  const publishedIds = new Set([
    ...dataset.evidence.map((e) => e.id),
    ...dataset.services.map((s) => s.id),
    ...dataset.locations.map((l) => l.id),
  ]);
  return {
    before: coverageTotals(dataset.gemeenten, published.byCode),
    after: coverageTotals(dataset.gemeenten, merged.byCode),
    merged,
    changes,
    conflicts,
    newPlaces: own.locations.filter((l) => !publishedPlaces.has(l.id)),
    replaced: [...own.evidence, ...own.services, ...own.locations].filter((r) =>
      publishedIds.has(r.id),
    ).length,
  };
}

/** The age of one of the owner's claims; `dated: false` is shown as "datum onbekend". */
export interface OwnClaimAge {
  id: string;
  code: string;
  status: 'wel' | 'niet';
  sourceDate?: string;
  age: ClaimAge;
  dated: boolean;
}

/** The age of every claim the owner's rows make (evidence with a status, and service areas). */
export function ownClaimAges(own: OwnRecords, today: string): OwnClaimAge[] {
  const ages: OwnClaimAge[] = [];
  const push = (id: string, code: string, status: 'wel' | 'niet', sourceDate?: string) => {
    ages.push({
      id,
      code,
      status,
      age: claimAge(sourceDate, today),
      dated: sourceDate !== undefined,
      ...(sourceDate ? { sourceDate } : {}),
    });
  };
  for (const e of own.evidence) {
    if (e.status) push(e.id, e.gemeenteCode, e.status, e.provenance.sourceDate);
  }
  for (const s of own.services) {
    for (const code of s.serviceArea) push(s.id, code, 'wel', s.provenance.sourceDate);
  }
  return ages;
}

/** Counts of the owner's claims: actueel, verouderd with a date, and without a date. */
export function ageCounts(ages: readonly OwnClaimAge[]): {
  actueel: number;
  verouderd: number;
  onbekend: number;
} {
  return {
    actueel: ages.filter((a) => a.age === 'actueel').length,
    verouderd: ages.filter((a) => a.age === 'verouderd' && a.dated).length,
    onbekend: ages.filter((a) => !a.dated).length,
  };
}
