import type {
  Evidence,
  Gemeente,
  HelpLocation,
  PostcodeTable,
  Service,
  SourceDocument,
} from '../model/schema';
import { CsvError, parseCsv, type CsvTable } from './csv';
import { columnNames, curatedFileSpec, type CuratedFileSpec } from './datapackage';
import { dutchToday } from './dates';
import { decodeCsvBytes, FileFormatError } from './decode';
import { checkRowFields } from './fields';
import type { AreaShape } from './polygon';
import {
  buildLookups,
  toDocument,
  toEvidence,
  toLocation,
  toService,
  type CuratedReference,
} from './records';
import { cell, isHttpUrl, RowReport } from './row';

export type { CuratedReference } from './records';

/**
 * Reads curated CSV files (as bytes or text) and turns each row into a record of the data model,
 * or into problems that name the file, the line, the record id and the reason in Dutch. The
 * build refuses to run with problems, so a typo never quietly removes an office from the map.
 * Pure: no file system. The pipeline reads the files at its edge (scripts/lib/curated.ts); the
 * browser can hand in files a person dropped.
 */

/** Something wrong with one row (or a whole file: then `id` is empty). */
export interface Problem {
  file: string;
  id: string;
  line: number;
  reason: string;
}

/** The valid records, plus problems (failures) and warnings (worth a look, not wrong). */
export interface CuratedResult {
  records: {
    locations: HelpLocation[];
    services: Service[];
    evidence: Evidence[];
    /** Background documents (documents.csv), sorted by file name. */
    documents: SourceDocument[];
  };
  problems: Problem[];
  warnings: Problem[];
  /** Rows read and records produced per file, for the build log. */
  counts: { file: string; rowsIn: number; recordsOut: number }[];
}

/** One curated file: its name and its bytes (as read from disk or a file picker) or text. */
export interface CuratedInput {
  file: string;
  bytes?: Uint8Array;
  text?: string;
}

export interface CurateOptions {
  /** Today in the Netherlands (YYYY-MM-DD): no date may lie after it. Default: the real today. */
  today?: string;
  /**
   * Check that every cited document is listed in documents.csv. Default: when documents.csv is
   * among the inputs; the pipeline always checks (its file set includes documents.csv).
   */
  checkDocuments?: boolean;
}

/** The reference for the curated checks: gemeenten (codes, names, label points, boundaries) and postcodes. */
export function curatedReference(
  gemeenten: readonly Pick<Gemeente, 'code' | 'name' | 'label'>[],
  postcodes: PostcodeTable,
  shapes: readonly AreaShape[],
): CuratedReference {
  return {
    gemeenteCodes: new Set(gemeenten.map((g) => g.code)),
    gemeenteNames: new Map(gemeenten.map((g) => [g.code, g.name])),
    gemeenteLabels: new Map(gemeenten.map((g) => [g.code, g.label])),
    gemeenteShapes: new Map(shapes.map((s) => [s.code, s])),
    postcodes,
  };
}

/** Decodes and parses one file; a file-level problem instead of a table when that fails. */
function readTable(input: CuratedInput, notes: (reason: string) => void): CsvTable | string {
  let text = input.text;
  if (text === undefined) {
    try {
      const decoded = decodeCsvBytes(input.bytes ?? new Uint8Array());
      for (const note of decoded.notes) notes(note);
      text = decoded.text;
    } catch (error) {
      if (error instanceof FileFormatError) return error.reason;
      throw error;
    }
  }
  try {
    return parseCsv(text, input.file);
  } catch (error) {
    if (error instanceof CsvError) return `regel ${error.line}: ${error.reason}`;
    throw error;
  }
}

/** Missing and unknown columns, with a hint for a column that differs only in case or spaces. */
function headerProblems(table: CsvTable, spec: CuratedFileSpec): string[] {
  const expected = columnNames(spec);
  const missing = expected.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((c) => !expected.includes(c));
  const problems: string[] = [];
  const hint = (name: string) => {
    const folded = name
      .toLowerCase()
      .trim()
      .replace(/[\s-]+/g, '_');
    const match = expected.find((e) => e === folded);
    return match ? ` (bedoelt u "${match}"?)` : '';
  };
  if (missing.length > 0)
    problems.push(
      `kolom(men) ontbreken: ${missing.join(', ')}; neem de kopregel over uit data/templates/${spec.file}`,
    );
  if (extra.length > 0)
    problems.push(
      `onbekende kolom(men): ${extra.map((e) => `"${e}"${hint(e)}`).join(', ')}; de kolommen staan in data/datapackage.json`,
    );
  return problems;
}

/**
 * Checks and maps the given curated files. Rows with problems are left out of `records` but
 * always listed in `problems`; counts say how many rows went in and how many records came out.
 */
export function curate(
  inputs: readonly CuratedInput[],
  ref: CuratedReference,
  options: CurateOptions = {},
): CuratedResult {
  const today = options.today ?? dutchToday(new Date());
  const look = buildLookups(ref);
  const result: CuratedResult = {
    records: { locations: [], services: [], evidence: [], documents: [] },
    problems: [],
    warnings: [],
    counts: [],
  };
  let documentsRead = false;
  const lineOf = new Map<string, number>();
  const seenIds = new Map<string, Map<string, string>>();
  const pendingServiceRefs: { file: string; id: string; line: number; serviceId: string }[] = [];

  for (const input of inputs) {
    const { file } = input;
    const fileProblem = (reason: string, line = 1) =>
      result.problems.push({ file, id: '', line, reason });
    const spec = curatedFileSpec(file);
    if (!spec) {
      fileProblem('geen bestand uit data/datapackage.json; het wordt niet gelezen');
      continue;
    }
    const table = readTable(input, (note) =>
      result.warnings.push({ file, id: '', line: 1, reason: note }),
    );
    if (typeof table === 'string') {
      const line = /^regel (\d+): /.exec(table);
      fileProblem(line ? table.slice(line[0].length) : table, line ? Number(line[1]) : 1);
      result.counts.push({ file, rowsIn: 0, recordsOut: 0 });
      continue;
    }
    const header = headerProblems(table, spec);
    for (const reason of header) fileProblem(reason);
    if (header.length > 0) {
      result.counts.push({ file, rowsIn: table.rows.length, recordsOut: 0 });
      continue;
    }
    if (table.rows.length === 0) {
      fileProblem(
        'het bestand heeft alleen een kopregel en geen rijen; zonder rijen zou alles uit dit bestand van de kaart verdwijnen',
      );
      result.counts.push({ file, rowsIn: 0, recordsOut: 0 });
      continue;
    }

    const ids = seenIds.get(spec.records) ?? new Map<string, string>();
    seenIds.set(spec.records, ids);
    let out = 0;
    for (const row of table.rows) {
      const report = new RowReport();
      checkRowFields(row, spec.schema, today, report);
      const id = cell(row, spec.records === 'documents' ? 'file' : 'id') ?? '';
      const warn = (reason: string) => result.warnings.push({ file, id, line: row.line, reason });
      const first = id ? ids.get(id) : undefined;
      const idColumn = spec.records === 'documents' ? 'file' : 'id';
      if (first)
        report.add(idColumn, `${idColumn}: "${id}" komt twee keer voor (eerst op ${first})`);
      else if (id && !report.has(idColumn)) ids.set(id, `${file}:${row.line}`);

      let ok = false;
      if (spec.records === 'locations') {
        const location = toLocation(row, spec.kind, look, warn, report);
        const serviceId = cell(row, 'service_id');
        if (serviceId) pendingServiceRefs.push({ file, id, line: row.line, serviceId });
        ok = location !== undefined && report.reasons.length === 0;
        if (location && ok) result.records.locations.push(location);
      } else if (spec.records === 'services') {
        const service = toService(row, look, report);
        ok = service !== undefined && report.reasons.length === 0;
        if (service && ok) result.records.services.push(service);
      } else if (spec.records === 'evidence') {
        const evidence = toEvidence(row, look, report);
        ok = evidence !== undefined && report.reasons.length === 0;
        if (evidence && ok) result.records.evidence.push(evidence);
      } else {
        documentsRead = true;
        const document = toDocument(row, report);
        ok = document !== undefined && report.reasons.length === 0;
        if (document && ok) result.records.documents.push(document);
      }
      for (const reason of report.reasons)
        result.problems.push({ file, id, line: row.line, reason });
      if (ok) out += 1;
      lineOf.set(`${file}|${id}`, row.line);
    }
    result.counts.push({ file, rowsIn: table.rows.length, recordsOut: out });
  }

  // service_id is checked after all files are read, so services.csv may come after the locations.
  const serviceIds = seenIds.get('services') ?? new Map<string, string>();
  for (const pending of pendingServiceRefs) {
    if (serviceIds.has(pending.serviceId)) continue;
    result.problems.push({
      file: pending.file,
      id: pending.id,
      line: pending.line,
      reason: `service_id: "${pending.serviceId}" staat niet in services.csv`,
    });
    const index = result.records.locations.findIndex(
      (l) => l.id === pending.id && l.serviceId === pending.serviceId,
    );
    if (index >= 0) {
      result.records.locations.splice(index, 1);
      const count = result.counts.find((c) => c.file === pending.file);
      if (count) count.recordsOut -= 1;
    }
  }
  result.records.documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // A source that is not a web address is a document, and must be listed by title.
  if (options.checkDocuments ?? (documentsRead || inputs.some((i) => i.file === 'documents.csv'))) {
    const known = new Set(result.records.documents.map((d) => d.file));
    const { locations, services, evidence } = result.records;
    const cited = [
      ...locations.map((r) => ({
        file: `locations-${r.kind}.csv`,
        id: r.id,
        source: r.provenance.source,
      })),
      ...services.map((r) => ({ file: 'services.csv', id: r.id, source: r.provenance.source })),
      ...evidence.map((r) => ({ file: 'evidence.csv', id: r.id, source: r.provenance.source })),
    ];
    for (const c of cited) {
      if (isHttpUrl(c.source) || known.has(c.source)) continue;
      result.problems.push({
        file: c.file,
        id: c.id,
        line: lineOf.get(`${c.file}|${c.id}`) ?? 1,
        reason: `source: "${c.source}" is geen webadres en staat niet in documents.csv; voeg het document toe (file, title, publisher, date)`,
      });
    }
  }
  return result;
}

/** One line per problem, for the console: `file:line [id] reason`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} [${p.id || '-'}] ${p.reason}`;
}
