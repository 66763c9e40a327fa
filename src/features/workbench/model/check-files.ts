import { CsvError, parseCsv, type CsvTable, type Delimiter } from '../../../shared/intake/csv';
import { curate, curatedReference } from '../../../shared/intake/curate';
import { columnNames, CURATED_FILES, curatedFileSpec } from '../../../shared/intake/datapackage';
import { decodeCsvBytes, FileFormatError, type TextEncoding } from '../../../shared/intake/decode';
import type { AreaShape } from '../../../shared/intake/polygon';
import { buildLookups } from '../../../shared/intake/records';
import type {
  Evidence,
  Gemeente,
  HelpLocation,
  PostcodeTable,
  Service,
} from '../../../shared/model/schema';
import { gemeenteMatcher, type MatchHow } from './match-gemeente';
import { splitReason } from './problems';
import { checkStatusSheet, sheetColumnOf, sheetHeader } from './status-sheet';

/**
 * Checks the files a data owner loaded, with the shared intake code the build uses: the
 * project's own CSV files go through `curate` as they are; a status sheet is turned into
 * evidence rows and checked by the same rules. Every row ends up accepted, refused (with line,
 * column, what is wrong and what to do) or waiting for a name to be confirmed; the counts add up.
 * Pure, so it runs in a Web Worker and in tests alike.
 */

/** A file as the browser's file picker hands it over. */
export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
}

/** What the checks need to know about the country. Without postcodes or boundaries only place files suffer. */
export interface WorkbenchReference {
  gemeenten: readonly Pick<Gemeente, 'code' | 'name' | 'label'>[];
  postcodes?: PostcodeTable;
  shapes?: readonly AreaShape[];
}

/** One problem, in the words a spreadsheet user needs to find and fix it. */
export interface RowProblem {
  file: string;
  /** Line in the file (1 is the header); 0 for the file as a whole. */
  line: number;
  /** The column as the file names it; empty for the whole file or row. */
  column: string;
  what: string;
  todo: string;
}

export type FileKind = 'statuslijst' | 'projectbestand' | 'onbekend';

export interface FileReport {
  name: string;
  kind: FileKind;
  /** For a project file: which file of data/ it is. */
  projectFile?: string;
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  rowsIn: number;
  accepted: number;
  refused: number;
  waiting: number;
  /** Worth knowing, not wrong (read as Windows-1252, columns not read). */
  notes: string[];
}

/** A status-sheet claim, with where it came from and whether its gemeente still needs a yes. */
export interface SheetClaim {
  evidence: Evidence;
  file: string;
  line: number;
  aanbieder?: string;
  confirm?: { typed: string; code: string; name: string; how: MatchHow };
}

export interface CheckResult {
  files: FileReport[];
  problems: RowProblem[];
  /** Evidence from status sheets (some waiting for confirmation). */
  claims: SheetClaim[];
  /** Records from the project's own files, already accepted. */
  records: { evidence: Evidence[]; services: Service[]; locations: HelpLocation[] };
  /** How long the checks took, in milliseconds. */
  ms: number;
}

const EMPTY_POSTCODES: PostcodeTable = {
  gemeenten: [],
  places: [],
  pc4: [],
  lat: [],
  lon: [],
  gemeente: [],
  place: [],
};

/** The project file a header belongs to: by name first, else by its columns (and a row's kind). */
function projectFileOf(name: string, table: CsvTable): string | undefined {
  const byName = curatedFileSpec(name.toLowerCase());
  if (byName) return byName.file;
  const header = [...table.header].sort().join(',');
  const fits = CURATED_FILES.filter((f) => [...columnNames(f)].sort().join(',') === header);
  if (fits.length <= 1) return fits[0]?.file;
  // The three location files share their columns; the kind column says which one.
  const kind = table.rows[0]?.record.kind?.trim();
  return fits.find((f) => f.kind === kind)?.file ?? fits[0]?.file;
}

const PROJECT_FILES = CURATED_FILES.map((f) => f.file).join(', ');

export function checkFiles(
  files: readonly LoadedFile[],
  reference: WorkbenchReference,
  today: string,
  now: () => number = () => Date.now(),
): CheckResult {
  const started = now();
  const ref = curatedReference(
    reference.gemeenten,
    reference.postcodes ?? EMPTY_POSTCODES,
    reference.shapes ?? [],
  );
  const look = buildLookups(ref);
  const matcher = gemeenteMatcher(reference.gemeenten);
  const result: CheckResult = {
    files: [],
    problems: [],
    claims: [],
    records: { evidence: [], services: [], locations: [] },
    ms: 0,
  };
  const fileProblem = (file: string, reason: string, line = 0) => {
    result.problems.push({ ...splitReason(reason), file, line, column: '' });
  };

  for (const input of files) {
    const report: FileReport = {
      name: input.name,
      kind: 'onbekend',
      rowsIn: 0,
      accepted: 0,
      refused: 0,
      waiting: 0,
      notes: [],
    };
    result.files.push(report);
    let table: CsvTable;
    try {
      const decoded = decodeCsvBytes(input.bytes);
      report.encoding = decoded.encoding;
      report.notes.push(...decoded.notes);
      table = parseCsv(decoded.text, input.name);
      report.delimiter = table.delimiter;
    } catch (error) {
      if (error instanceof FileFormatError) fileProblem(input.name, error.reason);
      else if (error instanceof CsvError) fileProblem(input.name, error.reason, error.line);
      else throw error;
      continue;
    }
    report.rowsIn = table.rows.length;

    // The project's own files first: evidence.csv has a status and a gemeente_code column too.
    const projectFile = projectFileOf(input.name, table);
    const sheet = projectFile ? undefined : sheetHeader(table.header);
    if (sheet) {
      report.kind = 'statuslijst';
      if (sheet.unread.length > 0) {
        report.notes.push(
          `deze kolommen worden niet gelezen: ${sheet.unread.join(', ')} (een statuslijst heeft gemeente of CBS-code, status, aanbieder, bron, datum, en eventueel titel bron en toelichting)`,
        );
      }
      for (const row of checkStatusSheet(table, sheet.map, matcher, look, today)) {
        for (const reason of row.reasons) {
          const { column, ...rest } = splitReason(reason);
          result.problems.push({
            file: input.name,
            line: row.line,
            column: column ? sheetColumnOf(column, sheet.map) : '',
            ...rest,
          });
        }
        if (!row.evidence) {
          report.refused += 1;
          continue;
        }
        if (row.confirm) report.waiting += 1;
        else report.accepted += 1;
        result.claims.push({
          evidence: row.evidence,
          file: input.name,
          line: row.line,
          ...(row.aanbieder ? { aanbieder: row.aanbieder } : {}),
          ...(row.confirm ? { confirm: row.confirm } : {}),
        });
      }
    } else if (projectFile) {
      report.kind = 'projectbestand';
      report.projectFile = projectFile;
      const spec = curatedFileSpec(projectFile);
      if (spec?.records === 'locations' && (!reference.postcodes || !reference.shapes)) {
        fileProblem(
          input.name,
          'de postcodetabel of de gemeentegrenzen konden niet worden geladen, dus plekken kunnen niet worden gecontroleerd; laad de pagina opnieuw als u weer online bent',
        );
        report.refused = report.rowsIn;
        continue;
      }
      const curated = curate([{ file: projectFile, bytes: input.bytes }], ref, { today });
      for (const problem of curated.problems) {
        const { column, ...rest } = splitReason(problem.reason);
        const wholeFile = problem.id === '' && problem.line <= 1 && column === '';
        result.problems.push({
          file: input.name,
          line: wholeFile ? 0 : problem.line,
          column,
          ...rest,
        });
      }
      for (const warning of curated.warnings) {
        if (!report.notes.includes(warning.reason))
          report.notes.push(
            warning.line > 1 ? `regel ${warning.line}: ${warning.reason}` : warning.reason,
          );
      }
      const out = curated.counts.reduce((sum, c) => sum + c.recordsOut, 0);
      report.accepted = out;
      report.refused = report.rowsIn - out;
      result.records.evidence.push(...curated.records.evidence);
      result.records.services.push(...curated.records.services);
      result.records.locations.push(...curated.records.locations);
    } else {
      fileProblem(
        input.name,
        `de kopregel past niet bij een statuslijst (gemeente of CBS-code, status, aanbieder, bron, datum) en ook niet bij een bestand van de kaart (${PROJECT_FILES}); gebruik het sjabloon van deze pagina of de kopregel uit data/templates`,
        1,
      );
      report.refused = report.rowsIn;
    }
  }
  result.ms = Math.round(now() - started);
  return result;
}
