import {
  coverageState,
  type CoverageResult,
  type CoverageState,
} from '../../../shared/model/coverage';
import { coverageHistory, type CoverageYear } from '../../../shared/model/coverage-history';
import { byDistance } from '../../../shared/model/geo';
import type { Dataset, Gemeente, HelpLocation, Provenance } from '../../../shared/model/schema';
import { describeSource, type SourceLabel } from '../../../shared/model/sources';
import { buildGemeenteProfile, type GemeenteProfileData } from './profile';
import { summarizeCoverage, type CoverageSummary } from './summary';

/**
 * What a printed factsheet shows, worked out without React: for a gemeente its status with the
 * sources, the nearest help from its middle and every source with its dates; for a province its
 * totals, its gemeenten with status and source date, coverage since a given year and the sources
 * that decide each status. A source is listed once, however often it is cited.
 */

/** A place with its straight-line distance from the middle of the gemeente. */
export interface FactsheetPlace {
  location: HelpLocation;
  km: number;
}

/** A source as the sheet lists it: by title, with the date it shows and the day we read it. */
export interface FactsheetSource {
  label: SourceLabel;
  sourceDate?: string;
  checkedOn: string;
}

export interface GemeenteFactsheet {
  profile: GemeenteProfileData;
  /** Offices of the services that work for the gemeente, nearest first. */
  offices: FactsheetPlace[];
  ido: FactsheetPlace[];
  loket: FactsheetPlace[];
  sources: FactsheetSource[];
}

export interface FactsheetGemeenteRow {
  gemeente: Gemeente;
  state: CoverageState;
  /** The date of the source that decided the state (undefined: none, or undated). */
  sourceDate?: string;
}

export interface ProvinceFactsheet {
  code: string;
  name: string;
  summary: CoverageSummary;
  rows: FactsheetGemeenteRow[];
  /** Coverage of the province's gemeenten per year, from `sinceYear` (or the oldest) to today. */
  history: CoverageYear[];
  sources: FactsheetSource[];
}

/** The year a province's sheet starts its "since" table: the campaign asks "since 2020". */
export const FACTSHEET_SINCE_YEAR = 2020;

/**
 * How many A4 pages a sheet prints to at most, as the sheet states it (a browser test prints the
 * sheets and holds them to it). A gemeente's sheet fits on two. A province's sheet has its totals
 * and reach on the first page and a line per gemeente and about two per source after that:
 * measured in Chromium, two pages hold about 60 such lines and a further page about 80.
 */
export function factsheetPages(
  kind: 'gemeente' | 'provincie',
  gemeenten: number,
  sources: number,
): number {
  if (kind === 'gemeente') return 2;
  const lines = gemeenten + 2 * sources;
  return lines <= 60 ? 2 : 2 + Math.ceil((lines - 60) / 80);
}

/** How many IDO's and Juridisch Loket offices a gemeente's sheet names. */
const NEAREST = { ido: 3, loket: 2 } as const;

function sourceList(
  provenances: readonly Provenance[],
  documents: Dataset['documents'],
): FactsheetSource[] {
  const seen = new Map<string, FactsheetSource>();
  for (const p of provenances) {
    const label = describeSource(p, documents);
    const key = `${p.source}|${label.title}`;
    if (seen.has(key)) continue;
    const entry: FactsheetSource = { label, checkedOn: p.checkedOn };
    if (p.sourceDate) entry.sourceDate = p.sourceDate;
    seen.set(key, entry);
  }
  return [...seen.values()];
}

export function gemeenteFactsheet(
  dataset: Dataset,
  coverage: Pick<CoverageResult, 'byCode' | 'today'>,
  code: string,
): GemeenteFactsheet | undefined {
  const profile = buildGemeenteProfile(dataset, coverage, code);
  if (!profile) return undefined;
  const origin = profile.gemeente.label;
  const near = (locations: readonly HelpLocation[], limit?: number) =>
    byDistance(origin, locations, (l) => [l.lon, l.lat])
      .slice(0, limit)
      .map(({ item, km }) => ({ location: item, km }));
  const serviceIds = new Set(profile.coverage.serviceIds);
  const offices = near(
    dataset.locations.filter((l) => l.serviceId !== undefined && serviceIds.has(l.serviceId)),
  );
  const ido = near(
    dataset.locations.filter((l) => l.kind === 'ido'),
    NEAREST.ido,
  );
  const loket = near(
    dataset.locations.filter((l) => l.kind === 'juridisch-loket'),
    NEAREST.loket,
  );
  const provenances = [
    ...profile.claims.map((c) => c.claim.provenance),
    ...profile.otherHelp.map((h) => h.help.provenance),
    ...[...offices, ...ido, ...loket].map((p) => p.location.provenance),
  ];
  return {
    profile,
    offices,
    ido,
    loket,
    sources: sourceList(provenances, dataset.documents),
  };
}

export function provinceFactsheet(
  dataset: Dataset,
  coverage: Pick<CoverageResult, 'byCode' | 'today'>,
  provinceCode: string,
  sinceYear: number,
): ProvinceFactsheet | undefined {
  const gemeenten = dataset.gemeenten
    .filter((g) => g.provinceCode === provinceCode)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const first = gemeenten[0];
  if (!first) return undefined;
  const rows = gemeenten.map((gemeente): FactsheetGemeenteRow => {
    const entry = coverage.byCode.get(gemeente.code);
    const row: FactsheetGemeenteRow = {
      gemeente,
      state: entry ? coverageState(entry) : 'onbekend',
    };
    const date = entry?.claims[0]?.provenance.sourceDate;
    if (date) row.sourceDate = date;
    return row;
  });
  const codes = new Set(gemeenten.map((g) => g.code));
  const inProvince = (area: readonly string[]) => area.some((c) => codes.has(c));
  const history = coverageHistory(
    gemeenten,
    dataset.services.filter((s) => inProvince(s.serviceArea)),
    dataset.evidence.filter((e) => codes.has(e.gemeenteCode)),
    coverage.today,
  ).filter((y) => y.year >= sinceYear);
  const deciding = gemeenten.flatMap((g) =>
    (coverage.byCode.get(g.code)?.claims.slice(0, 1) ?? []).map((c) => c.provenance),
  );
  return {
    code: provinceCode,
    name: first.provinceName,
    summary: summarizeCoverage(dataset.gemeenten, coverage, provinceCode, first.provinceName),
    rows,
    history,
    sources: sourceList(deciding, dataset.documents),
  };
}
