/**
 * A small RFC 4180 CSV reader. The curated files are edited in spreadsheets by people, so the
 * reader accepts what spreadsheets write (BOM, CRLF or LF, quoted cells with "" escapes) and
 * refuses what would silently shift data into the wrong column (ragged rows, stray quotes).
 */

/** One data row: `line` is the 1-based line where the row starts, for error messages. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** The cells keyed by header name. */
  record: Record<string, string>;
}

/** A parsed file: its header and data rows (rows whose cells are all empty are skipped). */
export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** Thrown for malformed CSV; the message always names the file and line. */
export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CsvError';
  }
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Splits CSV text into rows of cells, tracking the line each row starts on. */
function tokenize(text: string, file: string): RawRow[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let afterQuote = false;
  let i = 0;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    rows.push({ line: rowLine, cells });
    cells = [];
  };

  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endCell();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      rowLine = line;
      continue;
    }
    if (afterQuote) {
      throw new CsvError(
        file,
        line,
        `unexpected character ${JSON.stringify(ch)} after a closing quote`,
      );
    }
    if (ch === '"') {
      if (cell.length > 0) {
        throw new CsvError(
          file,
          line,
          'a quote inside an unquoted cell (quote the whole cell and double the quote)',
        );
      }
      quoted = true;
      i += 1;
      continue;
    }
    cell += ch;
    i += 1;
  }
  if (quoted) throw new CsvError(file, rowLine, 'a quoted cell is never closed');
  if (cell.length > 0 || cells.length > 0 || afterQuote) endRow();
  return rows;
}

/**
 * Parses CSV text with a header row. Throws {@link CsvError} on a ragged row (a cell count that
 * differs from the header), a duplicate or empty header name, or broken quoting.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const raw = tokenize(text, file);
  const first = raw[0];
  if (!first) throw new CsvError(file, 1, 'the file is empty (a header row is required)');
  const header = first.cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') throw new CsvError(file, first.line, 'the header has an empty column name');
    if (seen.has(name))
      throw new CsvError(file, first.line, `the header names column "${name}" twice`);
    seen.add(name);
  }

  const rows: CsvRow[] = [];
  for (const row of raw.slice(1)) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (row.cells.length !== header.length) {
      throw new CsvError(
        file,
        row.line,
        `row has ${row.cells.length} cells, the header has ${header.length}`,
      );
    }
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      record[name] = row.cells[index] ?? '';
    });
    rows.push({ line: row.line, cells: row.cells, record });
  }
  return { file, header, rows };
}
