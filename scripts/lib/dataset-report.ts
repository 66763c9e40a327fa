import { isOlderThanThreeYears } from '../../src/shared/model/dates';
import {
  PLACE_KINDS,
  PRECISIONS,
  type Evidence,
  type Location,
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
  /** Dated records more than three years older than `now`. */
  olderThanThreeYears: number;
}

export function datasetReport(
  records: { locations: Location[]; services: Service[]; evidence: Evidence[] },
  now: Date,
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
    olderThanThreeYears: dates.filter((d) => isOlderThanThreeYears(d, now)).length,
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
    `  source dates: ${r.dated} of ${r.records} records dated; median ${r.medianSourceDate ?? '-'}, oldest ${r.oldestSourceDate ?? '-'}; ${r.olderThanThreeYears} older than three years`,
  ];
}
