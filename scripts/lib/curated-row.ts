import type { CsvRow } from './csv';

/** Reading and checking single cells of a curated CSV row; shared by the record builders. */

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
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Collects problems for one row; a field reported by a specific check is not reported again by zod. */
export class RowReport {
  readonly reasons: string[] = [];
  readonly covered = new Set<string>();
  add(field: string, reason: string) {
    this.covered.add(field);
    this.reasons.push(reason);
  }
}

export const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A `source` may be a document name; if it looks like a URL at all, it must be http(s). */
export function checkSource(row: CsvRow, report: RowReport) {
  const source = cell(row, 'source');
  if (!source) report.add('provenance.source', 'source is missing');
  else if (SCHEME.test(source) && !isHttpUrl(source))
    report.add('provenance.source', `source is not an http(s) URL: ${source}`);
  if (!cell(row, 'checked_on')) report.add('provenance.checkedOn', 'checked_on (date) is missing');
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function checkUrl(row: CsvRow, column: string, field: string, report: RowReport) {
  const value = cell(row, column);
  if (value && !isHttpUrl(value)) report.add(field, `${column} is not an http(s) URL: ${value}`);
}

export function provenance(row: CsvRow) {
  return compact({
    source: cell(row, 'source') ?? '',
    sourceTitle: cell(row, 'source_title'),
    sourceDate: cell(row, 'source_date'),
    sourceDateHow: cell(row, 'source_date_how'),
    checkedOn: cell(row, 'checked_on') ?? '',
  });
}

export function number(row: CsvRow, column: string, report: RowReport): number | undefined {
  const value = cell(row, column);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) {
    report.add(column, `${column} is not a number: ${value}`);
    return undefined;
  }
  return n;
}

/** Key for the woonplaats lookup: case-insensitive name within one gemeente. */

export function zodReasons(
  issues: readonly { path: PropertyKey[]; message: string }[],
  report: RowReport,
) {
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if ([...report.covered].some((c) => field === c || field.startsWith(`${c}.`))) continue;
    report.reasons.push(`${field || 'record'}: ${issue.message}`);
  }
}

/** Maps a location row and fills its coordinates; returns the record or undefined with reasons in `report`. */

/** Validates a built record with its schema; schema issues go into `report` unless a specific check already named the field. */
export function validated<T>(
  schema: {
    safeParse: (
      value: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
  },
  candidate: unknown,
  report: RowReport,
): T | undefined {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  zodReasons(parsed.error.issues, report);
  return undefined;
}
