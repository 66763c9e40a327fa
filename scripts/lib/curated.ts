import fs from 'node:fs';
import path from 'node:path';
import {
  PLACE_KINDS,
  type Evidence,
  type Gemeente,
  type Location,
  type PostcodeTable,
  type Service,
} from '../../src/shared/model/schema';
import { parseCsv } from './csv';
import { buildLookups, toEvidence, toLocation, toService } from './curated-records';
import { cell, RowReport } from './curated-row';

/**
 * Reads the hand-curated CSV files and turns each row into a record of the data model, or into
 * problems that name the file, the record id, the line and the reason. The build refuses to run
 * with problems, so a typo never quietly removes an office from the map.
 */

/** Something wrong with one row (or a whole file, then `id` is empty and `line` 1). */
export interface Problem {
  file: string;
  id: string;
  line: number;
  reason: string;
}

/** The valid records, plus problems (failures) and warnings (worth a look, not wrong). */
export interface CuratedResult {
  records: { locations: Location[]; services: Service[]; evidence: Evidence[] };
  problems: Problem[];
  warnings: Problem[];
  /** Rows read and records produced per file, for the build log. */
  counts: { file: string; rowsIn: number; recordsOut: number }[];
}

/** The reference data the checks need: which gemeenten exist and where the postcodes lie. */
export interface CuratedReference {
  gemeenteCodes: ReadonlySet<string>;
  /** Label point [lon, lat] per gemeente: the position for precision `gemeente`. */
  gemeenteLabels: ReadonlyMap<string, readonly [number, number]>;
  postcodes: PostcodeTable;
}

/** The reference for the curated checks, from the gemeenten list and the postcode table. */
export function curatedReference(
  gemeenten: readonly Pick<Gemeente, 'code' | 'label'>[],
  postcodes: PostcodeTable,
): CuratedReference {
  return {
    gemeenteCodes: new Set(gemeenten.map((g) => g.code)),
    gemeenteLabels: new Map(gemeenten.map((g) => [g.code, g.label])),
    postcodes,
  };
}

/** One CSV file's name (e.g. `locations-ido.csv`) and text. */
export interface CuratedInput {
  file: string;
  text: string;
}

const PROVENANCE_COLUMNS = [
  'source',
  'source_title',
  'source_date',
  'source_date_how',
  'checked_on',
] as const;
export const LOCATION_COLUMNS = [
  'id',
  'kind',
  'name',
  'organisation',
  'street',
  'house_number',
  'postcode',
  'place',
  'gemeente_code',
  'lat',
  'lon',
  'precision',
  'access',
  'access_note',
  'opening_hours',
  'opening_hours_text',
  'phone',
  'email',
  'website',
  'what_to_bring',
  'service_id',
  ...PROVENANCE_COLUMNS,
] as const;
export const SERVICE_COLUMNS = [
  'id',
  'name',
  'provider',
  'service_area',
  'phone',
  'email',
  'website',
  'note',
  'basis',
  ...PROVENANCE_COLUMNS,
] as const;
export const EVIDENCE_COLUMNS = [
  'id',
  'gemeente_code',
  'kind',
  'status',
  'basis',
  'note',
  ...PROVENANCE_COLUMNS,
] as const;

/** Lists the curated files in `dir` in a fixed order: locations-*.csv, services.csv, evidence.csv. */
export function readCuratedInputs(dir: string): CuratedInput[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => /^locations-.*\.csv$/.test(n))
    .sort();
  return [...names, 'services.csv', 'evidence.csv']
    .filter((n) => fs.existsSync(path.join(dir, n)))
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/** Reads and checks all curated CSV files in `dir`. */
export function readCurated(dir: string, ref: CuratedReference): CuratedResult {
  return curate(readCuratedInputs(dir), ref);
}

/** Trimmed cell, or undefined when empty. */

type FileType = 'locations' | 'services' | 'evidence';

function fileType(file: string): FileType | undefined {
  if (/^locations-.*\.csv$/.test(file)) return 'locations';
  if (file === 'services.csv') return 'services';
  if (file === 'evidence.csv') return 'evidence';
  return undefined;
}

const COLUMNS: Record<FileType, readonly string[]> = {
  locations: LOCATION_COLUMNS,
  services: SERVICE_COLUMNS,
  evidence: EVIDENCE_COLUMNS,
};

/**
 * Checks and maps the given curated files (pure: no file system, so tests can feed text).
 * Rows with problems are left out of `records` but always listed in `problems`.
 */
export function curate(inputs: readonly CuratedInput[], ref: CuratedReference): CuratedResult {
  const look = buildLookups(ref);
  const result: CuratedResult = {
    records: { locations: [], services: [], evidence: [] },
    problems: [],
    warnings: [],
    counts: [],
  };
  const seenIds: Record<FileType, Map<string, string>> = {
    locations: new Map(),
    services: new Map(),
    evidence: new Map(),
  };
  const pendingServiceRefs: { file: string; id: string; line: number; serviceId: string }[] = [];

  for (const { file, text } of inputs) {
    const type = fileType(file);
    const fileProblem = (reason: string, line = 1) =>
      result.problems.push({ file, id: '', line, reason });
    if (!type) {
      fileProblem('not a curated file name (locations-<kind>.csv, services.csv, evidence.csv)');
      continue;
    }
    let table;
    try {
      table = parseCsv(text, file);
    } catch (error) {
      const line =
        typeof error === 'object' && error && 'line' in error && typeof error.line === 'number'
          ? error.line
          : 1;
      fileProblem(error instanceof Error ? error.message : String(error), line);
      continue;
    }
    const expected = COLUMNS[type];
    const missing = expected.filter((c) => !table.header.includes(c));
    const extra = table.header.filter((c) => !expected.includes(c));
    if (missing.length > 0) fileProblem(`missing column(s): ${missing.join(', ')}`);
    if (extra.length > 0) fileProblem(`unknown column(s): ${extra.join(', ')}`);
    if (missing.length > 0) {
      result.counts.push({ file, rowsIn: table.rows.length, recordsOut: 0 });
      continue;
    }

    const fileKind =
      type === 'locations' ? file.replace(/^locations-/, '').replace(/\.csv$/, '') : undefined;
    if (fileKind !== undefined && !(PLACE_KINDS as readonly string[]).includes(fileKind)) {
      fileProblem(`file name names no known kind (${PLACE_KINDS.join(', ')})`);
    }
    let out = 0;
    for (const row of table.rows) {
      const id = cell(row, 'id') ?? '';
      const report = new RowReport();
      const warn = (reason: string) => result.warnings.push({ file, id, line: row.line, reason });
      const first = id ? seenIds[type].get(id) : undefined;
      if (first) report.add('id', `duplicate id (first at ${first})`);
      else if (id) seenIds[type].set(id, `${file}:${row.line}`);

      let record: Location | Service | Evidence | undefined;
      if (type === 'locations') {
        const location = toLocation(row, fileKind, look, warn, report);
        const serviceId = cell(row, 'service_id');
        if (serviceId) pendingServiceRefs.push({ file, id, line: row.line, serviceId });
        record = location;
        if (location && report.reasons.length === 0) result.records.locations.push(location);
      } else if (type === 'services') {
        const service = toService(row, look, report);
        record = service;
        if (service && report.reasons.length === 0) result.records.services.push(service);
      } else {
        const evidence = toEvidence(row, look, report);
        record = evidence;
        if (evidence && report.reasons.length === 0) result.records.evidence.push(evidence);
      }
      for (const reason of report.reasons)
        result.problems.push({ file, id, line: row.line, reason });
      if (record && report.reasons.length === 0) out += 1;
    }
    result.counts.push({ file, rowsIn: table.rows.length, recordsOut: out });
  }

  // service_id is checked after all files are read, so services.csv may come after the locations.
  for (const ref of pendingServiceRefs) {
    if (seenIds.services.has(ref.serviceId)) continue;
    result.problems.push({
      file: ref.file,
      id: ref.id,
      line: ref.line,
      reason: `service_id "${ref.serviceId}" is not in services.csv`,
    });
    const index = result.records.locations.findIndex(
      (l) => l.id === ref.id && l.serviceId === ref.serviceId,
    );
    if (index >= 0) {
      result.records.locations.splice(index, 1);
      const count = result.counts.find((c) => c.file === ref.file);
      if (count) count.recordsOut -= 1;
    }
  }
  return result;
}

/** One line per problem, for the console: `file:line [id] reason`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} [${p.id || '-'}] ${p.reason}`;
}
