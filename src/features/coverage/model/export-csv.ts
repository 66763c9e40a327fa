import type { CoverageRow } from './table-rows';

/** Column names of the CSV export, in Dutch like the table. */
export const CSV_HEADER = [
  'code',
  'naam',
  'provincie',
  'status',
  'inwoners',
  'aanbieder',
  'bron',
  'gecontroleerd op',
] as const;

/**
 * One CSV cell. Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so such cells get a leading apostrophe (OWASP "CSV injection"). Then RFC 4180: a cell
 * with a comma, quote or line break is quoted, and quotes inside are doubled.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The coverage table as CSV text (RFC 4180: comma separated, CRLF line ends, header first): one
 * row per gemeente, so Sociaal Werk Nederland can work with the data in a spreadsheet.
 */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.code,
        row.name,
        row.provinceName,
        row.status,
        row.population,
        row.providers.join('; '),
        row.source,
        row.checkedOn,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
