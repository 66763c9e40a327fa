import type { CoverageResult } from '../../../shared/model/coverage';
import type { CoverageStatus, Dataset } from '../../../shared/model/schema';

/**
 * One gemeente as the table, the CSV and the GeoJSON export show it. Built once from the dataset
 * and the coverage result, so all three always say the same thing.
 */
export interface CoverageRow {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  status: CoverageStatus;
  population: number;
  /** Providers of the sociaal raadslieden services whose area names this gemeente, no duplicates. */
  providers: string[];
  /** Source of the claim that decided the status (the newest): a URL or a document name. */
  source?: string;
  /** Date shown on that source, if any. */
  sourceDate?: string;
  /** When that source was read. */
  checkedOn?: string;
  /** The sources disagree; the newest won. */
  conflict: boolean;
}

/** Rows for all gemeenten, in dataset order; a gemeente missing from the coverage result is `onbekend`. */
export function buildCoverageRows(
  dataset: Pick<Dataset, 'gemeenten' | 'services'>,
  coverage: Pick<CoverageResult, 'byCode'>,
): CoverageRow[] {
  const providerById = new Map(dataset.services.map((s) => [s.id, s.provider]));
  return dataset.gemeenten.map((g) => {
    const entry = coverage.byCode.get(g.code);
    const decisive = entry?.claims[0];
    const providers = [
      ...new Set((entry?.serviceIds ?? []).flatMap((id) => providerById.get(id) ?? [])),
    ];
    const row: CoverageRow = {
      code: g.code,
      name: g.name,
      provinceCode: g.provinceCode,
      provinceName: g.provinceName,
      status: entry?.status ?? 'onbekend',
      population: g.population,
      providers,
      conflict: entry?.conflict ?? false,
    };
    if (decisive) {
      row.source = decisive.provenance.source;
      row.checkedOn = decisive.provenance.checkedOn;
      if (decisive.provenance.sourceDate) row.sourceDate = decisive.provenance.sourceDate;
    }
    return row;
  });
}
