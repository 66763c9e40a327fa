import { claimAge } from '../../src/shared/model/freshness';
import {
  PLACE_KINDS,
  PRECISIONS,
  type Evidence,
  type HelpLocation,
  type PlaceKind,
  type Precision,
  type Service,
} from '../../src/shared/model/schema';

/**
 * The numbers the curation issue asks to report (places per kind, how exact their positions
 * are, how old the evidence is), computed from the records so the report can be rerun after
 * every data round instead of counted by hand.
 */
export interface DatasetReport {
  perKind: Record<PlaceKind, number>;
  perPrecision: Record<Precision, number>;
  records: number;
  /** Records whose source shows a date of its own. */
  dated: number;
  medianSourceDate: string | undefined;
  oldestSourceDate: string | undefined;
  /** Records whose source is verouderd on the data date: older than three years, or undated. */
  outdated: number;
  /** Dated records that do not say how the date was found (vermeld, url, tekst). */
  datedWithoutHow: number;
  /** Services and evidence whose claim is inferred, not stated by the source. */
  inferred: number;
  /** Evidence rows of another kind of help than sociaal raadsliedenwerk. */
  otherHelp: number;
}

export function datasetReport(
  records: { locations: HelpLocation[]; services: Service[]; evidence: Evidence[] },
  today: string,
): DatasetReport {
  const perKind = Object.fromEntries(PLACE_KINDS.map((k) => [k, 0])) as Record<PlaceKind, number>;
  const perPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<
    Precision,
    number
  >;
  for (const l of records.locations) {
    perKind[l.kind] += 1;
    perPrecision[l.precision] += 1;
  }
  const all = [...records.locations, ...records.services, ...records.evidence];
  const dates = all
    .map((r) => r.provenance.sourceDate)
    .filter((d): d is string => d !== undefined)
    .sort();
  return {
    perKind,
    perPrecision,
    records: all.length,
    dated: dates.length,
    medianSourceDate: dates[Math.floor((dates.length - 1) / 2)],
    oldestSourceDate: dates[0],
    outdated: all.filter((r) => claimAge(r.provenance.sourceDate, today) === 'verouderd').length,
    datedWithoutHow: all.filter((r) => r.provenance.sourceDate && !r.provenance.sourceDateHow)
      .length,
    inferred: [...records.services, ...records.evidence].filter((r) => r.basis === 'afgeleid')
      .length,
    otherHelp: records.evidence.filter((e) => e.kind !== 'sociaal-raadslieden').length,
  };
}

/** The report as indented lines for the data:check log. */
export function formatDatasetReport(r: DatasetReport): string[] {
  const pairs = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    `  places: ${pairs(r.perKind)}`,
    `  positions: ${pairs(r.perPrecision)}`,
    `  source dates: ${r.dated} of ${r.records} records dated (${r.records - r.dated} undated); median ${r.medianSourceDate ?? '-'}, oldest ${r.oldestSourceDate ?? '-'}`,
    `  age: ${r.outdated} of ${r.records} records verouderd (older than three years or undated); ${r.datedWithoutHow} dated without how the date was found`,
    `  claims: ${r.inferred} inferred (afgeleid); ${r.otherHelp} evidence rows of other help (not sociaal raadslieden)`,
  ];
}
