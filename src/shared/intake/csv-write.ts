import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * Writes CSV the way the curated files are kept: UTF-8 without BOM, comma-separated, LF line
 * ends, a final newline, and quotes only where a cell needs them. Rewriting an unchanged file
 * gives the same bytes, so a tool that adds one row produces a one-line diff.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly Record<string, string>[],
): string {
  return stringify(
    rows.map((row) => header.map((column) => row[column] ?? '')),
    { header: true, columns: [...header], record_delimiter: '\n', eof: true },
  );
}
