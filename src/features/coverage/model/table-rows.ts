import {
  coverageState,
  type CoverageResult,
  type CoverageState,
} from '../../../shared/model/coverage';
import type { ClaimAge } from '../../../shared/model/freshness';
import type { CoverageStatus, Dataset, SourceDateHow } from '../../../shared/model/schema';
import { describeSource } from '../../../shared/model/sources';

/**
 * One gemeente as the table, the CSV and the GeoJSON export show it. Built once from the dataset
 * and the coverage result, so all three always say the same thing, age included.
 */
export interface CoverageRow {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  status: CoverageStatus;
  /** Status and age together: what the map and legend show. */
  state: CoverageState;
  /** Age of the deciding claim; undefined for `onbekend`. */
  age?: ClaimAge;
  population: number;
  /** Providers of the sociaal raadslieden services whose area names this gemeente, no duplicates. */
  providers: string[];
  /** Title of the source of the claim that decided the status (the newest); never a file name. */
  sourceTitle?: string;
  /** Its web address, when it is a web page. */
  sourceUrl?: string;
  /** Date shown on that source (day, month or year); undefined when it shows none. */
  sourceDate?: string;
  /** How that date was found. */
  sourceDateHow?: SourceDateHow;
  /** The claim is inferred from the source, not stated by it. */
  inferred: boolean;
  /** When that source was read. */
  checkedOn?: string;
  /** The sources disagree; the newest won. */
  conflict: boolean;
}

/** Rows for all gemeenten, in dataset order; a gemeente missing from the coverage result is `onbekend`. */
export function buildCoverageRows(
  dataset: Pick<Dataset, 'gemeenten' | 'services' | 'documents'>,
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
      state: entry ? coverageState(entry) : 'onbekend',
      population: g.population,
      providers,
      inferred: decisive?.basis === 'afgeleid',
      conflict: entry?.conflict ?? false,
    };
    if (entry?.age) row.age = entry.age;
    if (decisive) {
      const { provenance } = decisive;
      const label = describeSource(provenance, dataset.documents);
      row.sourceTitle = label.title;
      if (label.url) row.sourceUrl = label.url;
      row.checkedOn = provenance.checkedOn;
      if (provenance.sourceDate) row.sourceDate = provenance.sourceDate;
      if (provenance.sourceDateHow) row.sourceDateHow = provenance.sourceDateHow;
    }
    return row;
  });
}
