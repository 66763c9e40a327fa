import type { CoverageRow } from './table-rows';

/**
 * The separator: a semicolon, Dutch Excel's list separator, so a double-click opens the file in
 * columns (with a comma, Dutch Excel puts every row in one cell). download.ts adds the UTF-8 BOM
 * Excel needs to read the accents in names like Súdwest-Fryslân.
 */
export const CSV_SEPARATOR = ';';

/** Column names of the CSV export, in Dutch like the table. */
export const CSV_HEADER = [
  'code',
  'naam',
  'provincie',
  'status',
  'leeftijd',
  'inwoners',
  'aanbieder',
  'bron',
  'bron_url',
  'bron_datum',
  'bron_datum_hoe',
  'afgeleid',
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
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The coverage table as CSV text (RFC 4180 with a semicolon, CRLF line ends, header first): one
 * row per gemeente with the age of its status and the source it rests on (title, address, the
 * date the source shows, how that date was found), so a figure taken from the spreadsheet
 * carries its age with it. An undated source has an empty date and age `verouderd`.
 */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(CSV_SEPARATOR)];
  for (const row of rows) {
    lines.push(
      [
        row.code,
        row.name,
        row.provinceName,
        row.status,
        row.age ?? '',
        row.population,
        row.providers.join('; '),
        row.sourceTitle,
        row.sourceUrl,
        row.sourceDate,
        row.sourceDate ? (row.sourceDateHow ?? '') : row.status === 'onbekend' ? '' : 'onbekend',
        row.status === 'onbekend' ? '' : row.inferred ? 'ja' : 'nee',
        row.checkedOn,
      ]
        .map(csvCell)
        .join(CSV_SEPARATOR),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
