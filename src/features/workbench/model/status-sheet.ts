import type { CsvRow, CsvTable } from '../../../shared/intake/csv';
import { curatedFileSpec } from '../../../shared/intake/datapackage';
import { checkRowFields } from '../../../shared/intake/fields';
import { toEvidence, type Lookups } from '../../../shared/intake/records';
import { cell, RowReport, SCHEME } from '../../../shared/intake/row';
import { STATUS_SHEET_COLUMNS } from '../../../shared/model/contribution';
import { normalise } from '../../../shared/model/normalise';
import type { Evidence } from '../../../shared/model/schema';
import { needsConfirmation, type GemeenteMatcher, type MatchHow } from './match-gemeente';

/**
 * A simple status sheet (one row per gemeente: gemeente or CBS code, status, aanbieder, bron,
 * datum), as a campaign or a member survey collects it. Each row becomes an evidence.csv row and
 * is checked by the very code the build uses (checkRowFields and toEvidence), so a sheet that
 * passes here passes `data:check` too.
 */

/** The columns of a status sheet, in the order of the template (shared with "Geef het door"). */
export const SHEET_COLUMNS = STATUS_SHEET_COLUMNS;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** Header names people write for each column (normalised: lower case, no accents, spaces). */
const HEADER_NAMES: Record<SheetColumn, readonly string[]> = {
  gemeente: ['gemeente', 'gemeentenaam', 'naam gemeente', 'gemeente naam'],
  cbs_code: ['cbs code', 'cbs', 'gemeentecode', 'gemeente code', 'code'],
  status: ['status', 'sociaal raadslieden'],
  aanbieder: ['aanbieder', 'organisatie', 'uitvoerder'],
  bron: ['bron', 'bron url', 'bronurl', 'url', 'link', 'bronadres'],
  titel_bron: ['titel bron', 'titel van de bron', 'bron titel', 'titel'],
  datum: ['datum', 'datum bron', 'brondatum', 'bron datum', 'datum op de bron'],
  toelichting: ['toelichting', 'opmerking', 'opmerkingen', 'notitie'],
};

/** Which header cell feeds each sheet column; undefined columns are absent. */
export type SheetHeader = Partial<Record<SheetColumn, string>>;

/**
 * Reads a header as a status sheet: undefined unless it has a status column and a gemeente or
 * code column. `unread` lists header cells that are no sheet column (reported, never silent).
 */
export function sheetHeader(
  header: readonly string[],
): { map: SheetHeader; unread: string[] } | undefined {
  const map: SheetHeader = {};
  const unread: string[] = [];
  for (const name of header) {
    const key = normalise(name);
    const column = SHEET_COLUMNS.find((c) => map[c] === undefined && HEADER_NAMES[c].includes(key));
    if (column) map[column] = name;
    else unread.push(name);
  }
  if (!map.status || (!map.gemeente && !map.cbs_code)) return undefined;
  return { map, unread };
}

/** The evidence.csv column each sheet column fills, to name problems by the sheet's own header. */
const EVIDENCE_COLUMN_SOURCE: Record<string, SheetColumn> = {
  gemeente_code: 'gemeente',
  status: 'status',
  public_note: 'aanbieder',
  source: 'bron',
  source_title: 'titel_bron',
  source_date: 'datum',
  source_date_how: 'datum',
};

/** The header cell (of the sheet) where a problem with an evidence column is to be fixed. */
export function sheetColumnOf(evidenceColumn: string, header: SheetHeader): string {
  const column = EVIDENCE_COLUMN_SOURCE[evidenceColumn];
  if (column === 'gemeente') return header.gemeente ?? header.cbs_code ?? evidenceColumn;
  return (column && header[column]) ?? evidenceColumn;
}

/** One checked row of a status sheet. */
export interface SheetRowResult {
  line: number;
  /** The evidence record, when the row passed every check. */
  evidence?: Evidence;
  /** Reasons from the shared checks, each starting with an evidence.csv column name. */
  reasons: string[];
  /** Set when the gemeente was matched by a name that is not exact: the row waits for a yes. */
  confirm?: { typed: string; code: string; name: string; how: MatchHow };
  aanbieder?: string;
}

/** The id a sheet row gets in evidence.csv: stable for the same sheet, unique per row. */
export function sheetRowId(code: string, file: string, line: number): string {
  const base =
    normalise(file.replace(/\.csv$/i, ''))
      .replaceAll(' ', '-')
      .slice(0, 40) || 'lijst';
  return `eigen-${code.toLowerCase() || 'onbekend'}-${base}-r${line}`;
}

/**
 * Checks every row of a status sheet with the build's evidence rules. `today` is the day the
 * sheet is loaded: it becomes checked_on, the day the owner vouches for the row.
 */
export function checkStatusSheet(
  table: CsvTable,
  header: SheetHeader,
  matcher: GemeenteMatcher,
  look: Lookups,
  today: string,
): SheetRowResult[] {
  const spec = curatedFileSpec('evidence.csv');
  if (!spec) throw new Error('datapackage.json has no evidence.csv');
  const read = (row: CsvRow, column: SheetColumn) => {
    const name = header[column];
    return name ? (row.record[name] ?? '').trim() : '';
  };
  return table.rows.map((sheetRow) => {
    const report = new RowReport();
    const typed = read(sheetRow, 'cbs_code') || read(sheetRow, 'gemeente');
    const match = typed ? matcher.match(typed) : undefined;
    let code = '';
    if (!typed) {
      report.add(
        'gemeente_code',
        'gemeente_code: de gemeente is leeg; vul de naam of de CBS-code (GM0363) in',
      );
    } else if (match?.found) {
      code = match.code;
    } else if (match?.ambiguous) {
      const names = match.ambiguous.map((g) => `${g.name} (${g.code})`).join(', ');
      report.add(
        'gemeente_code',
        `gemeente_code: "${typed}" past bij meer dan één gemeente: ${names}; schrijf de naam met wat tussen haakjes staat, of de CBS-code`,
      );
    } else {
      const hint = match?.suggestion
        ? `bedoelt u "${match.suggestion.name}"? Schrijf de naam zoals het CBS hem schrijft, of de CBS-code (${match.suggestion.code})`
        : 'schrijf de naam zoals het CBS hem schrijft, of de CBS-code (GM0363)';
      report.add('gemeente_code', `gemeente_code: "${typed}" is geen gemeente van 2026; ${hint}`);
    }
    const aanbieder = read(sheetRow, 'aanbieder');
    const toelichting = read(sheetRow, 'toelichting');
    const date = read(sheetRow, 'datum');
    const row: CsvRow = {
      line: sheetRow.line,
      cells: [],
      record: {
        id: sheetRowId(code, table.file, sheetRow.line),
        gemeente_code: code,
        kind: 'sociaal-raadslieden',
        status: read(sheetRow, 'status'),
        basis: 'vermeld',
        note: '',
        // The owner's own words are meant for the map: published with the claim.
        public_note: [aanbieder ? `Aanbieder: ${aanbieder}.` : '', toelichting]
          .filter(Boolean)
          .join(' '),
        source: read(sheetRow, 'bron'),
        source_title: read(sheetRow, 'titel_bron'),
        source_date: date,
        source_date_how: date ? 'vermeld' : '',
        checked_on: today,
      },
    };
    checkRowFields(row, spec.schema, today, report);
    if (!code) {
      // The gemeente problem is already said in the sheet's terms; "gemeente_code is empty" would repeat it.
      const repeat = report.reasons.findIndex((r) => r.startsWith('gemeente_code ('));
      if (repeat >= 0) report.reasons.splice(repeat, 1);
    }
    // A sheet has no documents.csv: its source must be a web address someone can open.
    const source = cell(row, 'source');
    if (source && !SCHEME.test(source)) {
      report.add(
        'source',
        `source: "${source}" is geen webadres; vul het adres in van de pagina die dit zegt (https://...)`,
      );
    }
    const evidence = toEvidence(row, look, report);
    const ok = evidence !== undefined && report.reasons.length === 0;
    return {
      line: sheetRow.line,
      reasons: report.reasons,
      ...(ok ? { evidence } : {}),
      ...(aanbieder ? { aanbieder } : {}),
      ...(match?.found && needsConfirmation(match.how)
        ? { confirm: { typed, code: match.code, name: match.name, how: match.how } }
        : {}),
    };
  });
}
