import { parse } from 'csv-parse/browser/esm/sync';

/**
 * Reads CSV text as spreadsheets write it, with csv-parse (its browser build, so the app can use
 * the same reader for files people load). Accepts comma or semicolon (Dutch Excel's default),
 * a BOM, CRLF or LF, an Excel `sep=` first line, and trailing empty columns. Refuses what would
 * shift data into the wrong column (ragged rows, broken quotes) and tab-separated text, naming
 * the file, the line and the cause in Dutch.
 */

/** One data row: `line` is the 1-based line where the row starts, for error messages. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** The cells keyed by header name. */
  record: Record<string, string>;
}

/** The separators accepted. */
export type Delimiter = ',' | ';';

/** A parsed file: its header and data rows (rows whose cells are all empty are skipped). */
export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  delimiter: Delimiter;
}

/** Malformed CSV; `reason` is Dutch, the message adds file and line. */
export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CsvError';
  }
}

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'komma', ';': 'puntkomma' };

/** Counts separators in the header line outside quotes; the header decides the separator. */
function countOutsideQuotes(line: string): { ',': number; ';': number; '\t': number } {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  return counts;
}

interface Prepared {
  text: string;
  delimiter: Delimiter;
  /** Lines removed before the header (an Excel `sep=` line). */
  lineOffset: number;
}

function prepare(raw: string, file: string): Prepared {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const sep = /^sep=([,;\t])\r?\n/i.exec(text);
  if (sep) {
    const delimiter = sep[1];
    if (delimiter === '\t') throw tabError(file);
    return {
      text: text.slice(sep[0].length),
      delimiter: delimiter === ';' ? ';' : ',',
      lineOffset: 1,
    };
  }
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const counts = countOutsideQuotes(firstLine);
  if (counts['\t'] > 0 && counts[','] === 0 && counts[';'] === 0) throw tabError(file);
  return { text, delimiter: counts[';'] > counts[','] ? ';' : ',', lineOffset: 0 };
}

function tabError(file: string): CsvError {
  return new CsvError(
    file,
    1,
    'het bestand is gescheiden door tabs (tekst met tabs), niet door komma’s of puntkomma’s; sla het bestand op als CSV UTF-8 (door komma’s gescheiden)',
  );
}

/** csv-parse's error codes in words a spreadsheet user can act on. */
function parseErrorReason(code: string, delimiter: Delimiter): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een cel opent met een aanhalingsteken (") dat nergens wordt gesloten';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `na een sluitend aanhalingsteken (") staat nog tekst; zet de hele cel tussen aanhalingstekens en verdubbel aanhalingstekens in de tekst ("")`;
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'een aanhalingsteken (") midden in een cel zonder aanhalingstekens; zet de hele cel tussen aanhalingstekens en verdubbel het aanhalingsteken ("")';
    default:
      return `het bestand is geen geldige CSV (${code}); controleer de ${DELIMITER_NAMES[delimiter]}s en aanhalingstekens`;
  }
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

function errorField(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null && key in error
    ? (error as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Parses CSV text with a header row. Throws {@link CsvError} (Dutch reason, file, line) on a
 * ragged row, an empty or duplicate column name, broken quoting or tab-separated text.
 */
export function parseCsv(rawText: string, file: string): CsvTable {
  const { text, delimiter, lineOffset } = prepare(rawText, file);
  let records: ParsedRecord[];
  try {
    // With `info` and `raw` csv-parse returns { record, info, raw } objects; its types do not say so.
    records = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const code = errorField(error, 'code');
    const lines = errorField(error, 'lines');
    throw new CsvError(
      file,
      (typeof lines === 'number' ? lines : 1) + lineOffset,
      parseErrorReason(typeof code === 'string' ? code : 'onbekend', delimiter),
    );
  }
  const startLine = (r: ParsedRecord) =>
    r.info.lines - (r.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0) + lineOffset;

  const [first, ...rest] = records;
  if (!first || first.record.every((c) => c.trim() === '')) {
    throw new CsvError(
      file,
      1 + lineOffset,
      'de eerste regel moet de kolomnamen geven, maar is leeg',
    );
  }
  const names = first.record.map((h) => h.trim());
  // Spreadsheets often write empty columns at the end of the header; they carry no data.
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const header = names;
  const seen = new Set<string>();
  for (const [index, name] of header.entries()) {
    if (name === '') {
      throw new CsvError(
        file,
        startLine(first),
        `kolom ${index + 1} van de kopregel heeft geen naam`,
      );
    }
    if (seen.has(name)) {
      throw new CsvError(file, startLine(first), `de kopregel noemt kolom "${name}" twee keer`);
    }
    seen.add(name);
  }

  const rows: CsvRow[] = [];
  for (const parsed of rest) {
    const cells = parsed.record;
    const line = startLine(parsed);
    if (cells.every((c) => c.trim() === '')) continue;
    const extra = cells.slice(header.length);
    if (cells.length < header.length || extra.some((c) => c.trim() !== '')) {
      throw new CsvError(
        file,
        line,
        `deze regel heeft ${cells.length} cellen, de kopregel ${header.length}; staat er een ${DELIMITER_NAMES[delimiter]} in een cel zonder aanhalingstekens?`,
      );
    }
    const kept = cells.slice(0, header.length);
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      record[name] = kept[index] ?? '';
    });
    rows.push({ line, cells: kept, record });
  }
  return { file, header, rows, delimiter };
}
