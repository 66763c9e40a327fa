import type { Dataset, Evidence, HelpLocation, Service } from './schema';

/**
 * The owner's own rows ("Eigen gegevens", issue 14) beside the published data. Here, not in the
 * workbench, because the Dekking view and the map show the merged picture too, and no feature
 * imports another. The status per gemeente is then computed by the build's own computeCoverage:
 * every claim counts and the newest wins.
 */

/** Merged with the published data, or the owner's rows on their own. */
export type MergeMode = 'samen' | 'alleen';

/** The owner's accepted records: project-file records plus sheet claims that need no (more) yes. */
export interface OwnRecords {
  evidence: Evidence[];
  services: Service[];
  locations: HelpLocation[];
}

/** Published records with the owner's rows in place (same id) or added. */
function replaceById<T extends { id: string }>(published: readonly T[], own: readonly T[]): T[] {
  const byId = new Map(own.map((r) => [r.id, r]));
  const merged = published.map((r) => byId.get(r.id) ?? r);
  const known = new Set(published.map((r) => r.id));
  return [...merged, ...own.filter((r) => !known.has(r.id))];
}

/** A row with the id of a published one replaces it; every other row is added. */
export function mergedData(dataset: Dataset, own: OwnRecords, mode: MergeMode): OwnRecords {
  if (mode === 'alleen') return { ...own };
  return {
    evidence: replaceById(dataset.evidence, own.evidence),
    services: replaceById(dataset.services, own.services),
    locations: replaceById(dataset.locations, own.locations),
  };
}

/** The dataset as the owner sees it: the same gemeenten and sources, the merged records. */
export function ownDataset(dataset: Dataset, own: OwnRecords, mode: MergeMode): Dataset {
  return { ...dataset, ...mergedData(dataset, own, mode) };
}
