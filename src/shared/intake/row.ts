import type { CsvRow } from './csv';
import { isWebUrl } from '../model/links';

/**
 * Reading and checking single cells of a curated row; shared by the record builders. Reasons
 * are Dutch and start with the column name, so a spreadsheet user finds the cell.
 */

/** Trimmed cell, or undefined when empty. */
export function cell(row: CsvRow, column: string): string | undefined {
  const value = row.record[column]?.trim();
  return value ? value : undefined;
}

/** A `;`-separated list cell: trimmed, empty items removed. */
export function list(row: CsvRow, column: string): string[] {
  return (row.record[column] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Drops undefined values so records serialise the same however they were built. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The record field (zod path) a column fills, so a column already reported by a specific check
 * is not reported again by the schema.
 */
const FIELD_OF_COLUMN: Record<string, string> = {
  source: 'provenance.source',
  source_title: 'provenance.sourceTitle',
  source_date: 'provenance.sourceDate',
  source_date_how: 'provenance.sourceDateHow',
  checked_on: 'provenance.checkedOn',
  street: 'address.street',
  house_number: 'address.houseNumber',
  postcode: 'address.postcode',
  place: 'address.place',
  opening_hours: 'openingHours.osm',
  opening_hours_text: 'openingHours.text',
};

export function fieldOfColumn(column: string): string {
  return FIELD_OF_COLUMN[column] ?? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The column a record field comes from (for naming zod's findings by column). */
export function columnOfField(field: string): string {
  const entry = Object.entries(FIELD_OF_COLUMN).find(([, f]) => f === field);
  if (entry) return entry[0];
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Collects problems for one row; a column reported by a specific check is not reported again. */
export class RowReport {
  readonly reasons: string[] = [];
  readonly covered = new Set<string>();
  /** Reports a problem with a column (its reason should start with the column name). */
  add(column: string, reason: string) {
    this.covered.add(fieldOfColumn(column));
    this.reasons.push(reason);
  }
  /** Marks a column as dealt with (reported together with another column). */
  cover(column: string) {
    this.covered.add(fieldOfColumn(column));
  }
  has(column: string): boolean {
    return this.covered.has(fieldOfColumn(column));
  }
}

export const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The one URL check (shared/model/links), under the name the intake has used. */
export const isHttpUrl = isWebUrl;

/** A `source` may be a document name; if it looks like a URL at all, it must be http(s). */
export function checkSource(row: CsvRow, report: RowReport) {
  const source = cell(row, 'source');
  if (source && SCHEME.test(source) && !isHttpUrl(source)) {
    report.add('source', `source: "${source}" is geen http(s)-adres en geen documentnaam`);
  }
}

export function checkUrl(row: CsvRow, column: string, report: RowReport) {
  const value = cell(row, column);
  if (value && !isHttpUrl(value)) {
    report.add(column, `${column}: "${value}" is geen http(s)-adres (alleen http:// of https://)`);
  }
}

/** Provenance of a row (its dates already normalised by the field checks). */
export function provenance(row: CsvRow) {
  return dropUndefined({
    source: cell(row, 'source') ?? '',
    sourceTitle: cell(row, 'source_title'),
    sourceDate: cell(row, 'source_date'),
    sourceDateHow: cell(row, 'source_date_how'),
    checkedOn: cell(row, 'checked_on') ?? '',
  });
}

/** A number cell (already normalised to a decimal point by the field checks). */
export function number(row: CsvRow, column: string): number | undefined {
  const value = cell(row, column);
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

type Issue = { path: PropertyKey[]; message: string };

/** Schema findings not yet reported by a specific check, named by column. */
export function zodReasons(issues: readonly Issue[], report: RowReport) {
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if ([...report.covered].some((c) => field === c || field.startsWith(`${c}.`))) continue;
    const column = field ? columnOfField(field.replace(/\.\d+$/, '')) : 'rij';
    report.reasons.push(`${column}: ${issue.message}`);
  }
}

/** Validates a built record with its schema; schema issues go into `report`. */
export function validated<T>(
  schema: {
    safeParse: (
      value: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
  },
  candidate: unknown,
  report: RowReport,
): T | undefined {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  zodReasons(parsed.error.issues, report);
  return undefined;
}
