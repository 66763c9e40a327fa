import fs from 'node:fs';
import path from 'node:path';
import { placeCentroids, type PlaceCentroid } from '../../src/shared/model/geo';
import { formatPostcode, parsePostcode } from '../../src/shared/model/postcode';
import {
  evidenceSchema,
  locationSchema,
  NL_BOUNDS,
  PLACE_KINDS,
  serviceSchema,
  type Evidence,
  type Location,
  type PostcodeTable,
  type Service,
} from '../../src/shared/model/schema';
import { parseCsv, type CsvRow } from './csv';

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
  postcodes: PostcodeTable;
}

/** One CSV file's name (e.g. `locations-ido.csv`) and text. */
export interface CuratedInput {
  file: string;
  text: string;
}

const PROVENANCE_COLUMNS = ['source', 'source_date', 'checked_on'] as const;
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
  ...PROVENANCE_COLUMNS,
] as const;
export const EVIDENCE_COLUMNS = [
  'id',
  'gemeente_code',
  'status',
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
function cell(row: CsvRow, column: string): string | undefined {
  const value = row.record[column]?.trim();
  return value ? value : undefined;
}

/** A `;`-separated list cell: trimmed, empty items removed. */
function list(row: CsvRow, column: string): string[] {
  return (row.record[column] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Drops undefined values so records serialise the same however they were built. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Collects problems for one row; a field reported by a specific check is not reported again by zod. */
class RowReport {
  readonly reasons: string[] = [];
  readonly covered = new Set<string>();
  add(field: string, reason: string) {
    this.covered.add(field);
    this.reasons.push(reason);
  }
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A `source` may be a document name; if it looks like a URL at all, it must be http(s). */
function checkSource(row: CsvRow, report: RowReport) {
  const source = cell(row, 'source');
  if (!source) report.add('provenance.source', 'source is missing');
  else if (SCHEME.test(source) && !isHttpUrl(source))
    report.add('provenance.source', `source is not an http(s) URL: ${source}`);
  if (!cell(row, 'checked_on')) report.add('provenance.checkedOn', 'checked_on (date) is missing');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function checkUrl(row: CsvRow, column: string, field: string, report: RowReport) {
  const value = cell(row, column);
  if (value && !isHttpUrl(value)) report.add(field, `${column} is not an http(s) URL: ${value}`);
}

function provenance(row: CsvRow) {
  return compact({
    source: cell(row, 'source') ?? '',
    sourceDate: cell(row, 'source_date'),
    checkedOn: cell(row, 'checked_on') ?? '',
  });
}

function number(row: CsvRow, column: string, report: RowReport): number | undefined {
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
function placeKey(name: string, gemeenteCode: string): string {
  return `${name.toLocaleLowerCase('nl')}|${gemeenteCode.toUpperCase()}`;
}

interface Lookups {
  ref: CuratedReference;
  pc4Index: Map<number, number>;
  places: Map<string, PlaceCentroid>;
}

function buildLookups(ref: CuratedReference): Lookups {
  const pc4Index = new Map(ref.postcodes.pc4.map((pc4, i) => [pc4, i]));
  const places = new Map(
    placeCentroids(ref.postcodes).map((p) => [placeKey(p.name, p.gemeenteCode), p]),
  );
  return { ref, pc4Index, places };
}

function zodReasons(
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
function toLocation(
  row: CsvRow,
  fileKind: string | undefined,
  look: Lookups,
  warn: (reason: string) => void,
  report: RowReport,
) {
  const gemeenteCode = cell(row, 'gemeente_code') ?? '';
  const kind = cell(row, 'kind') ?? '';
  const precision = cell(row, 'precision') ?? '';
  if (fileKind && kind !== fileKind)
    report.add('kind', `kind "${kind}" does not match the file (expected "${fileKind}")`);
  if (!look.ref.gemeenteCodes.has(gemeenteCode))
    report.add('gemeenteCode', `unknown gemeente code "${gemeenteCode}"`);
  checkSource(row, report);
  checkUrl(row, 'website', 'website', report);

  const rawPostcode = cell(row, 'postcode');
  const postcode = rawPostcode ? formatPostcode(rawPostcode) : undefined;
  if (rawPostcode && !postcode)
    report.add('address.postcode', `malformed postcode "${rawPostcode}" (expected 1234 AB)`);

  let lat = number(row, 'lat', report);
  let lon = number(row, 'lon', report);
  const pc4 = postcode ? parsePostcode(postcode)?.pc4 : undefined;
  const pcIndex = pc4 === undefined ? undefined : look.pc4Index.get(pc4);
  if (pc4 !== undefined && pcIndex !== undefined) {
    const pcGemeente = look.ref.postcodes.gemeenten[look.ref.postcodes.gemeente[pcIndex] ?? -1];
    if (pcGemeente && look.ref.gemeenteCodes.has(gemeenteCode) && pcGemeente !== gemeenteCode) {
      warn(
        `postcode ${postcode ?? ''} lies in ${pcGemeente} by the PC4 table, the row says ${gemeenteCode} (border postcode?)`,
      );
    }
  }

  if (precision === 'exact') {
    if (lat === undefined || lon === undefined)
      report.add('lat', 'precision exact needs lat and lon');
  } else if (precision === 'postcode') {
    if (!postcode) {
      if (!report.covered.has('address.postcode'))
        report.add('address.postcode', 'precision postcode needs a postcode');
    } else if (pcIndex === undefined) {
      report.add(
        'address.postcode',
        `PC4 ${pc4 ?? ''} of postcode ${postcode} is unknown (precision postcode)`,
      );
    } else {
      lat = look.ref.postcodes.lat[pcIndex];
      lon = look.ref.postcodes.lon[pcIndex];
    }
  } else if (precision === 'plaats') {
    const place = cell(row, 'place') ?? '';
    const centroid = look.places.get(placeKey(place, gemeenteCode));
    if (!place) report.add('address.place', 'place is missing');
    else if (!centroid)
      report.add(
        'address.place',
        `woonplaats "${place}" not found in gemeente ${gemeenteCode} (precision plaats)`,
      );
    else {
      lat = centroid.lat;
      lon = centroid.lon;
    }
  }
  if (lat !== undefined && lon !== undefined) {
    const outside =
      lat < NL_BOUNDS.minLat ||
      lat > NL_BOUNDS.maxLat ||
      lon < NL_BOUNDS.minLon ||
      lon > NL_BOUNDS.maxLon;
    if (outside) {
      report.add('lat', `location ${lat},${lon} is outside the Netherlands (lat/lon swapped?)`);
      report.covered.add('lon');
    }
  }

  const candidate = compact({
    id: cell(row, 'id') ?? '',
    kind,
    name: cell(row, 'name') ?? '',
    organisation: cell(row, 'organisation') ?? '',
    address: compact({
      street: cell(row, 'street'),
      houseNumber: cell(row, 'house_number'),
      postcode: postcode ?? rawPostcode,
      place: cell(row, 'place') ?? '',
    }),
    gemeenteCode,
    lat,
    lon,
    precision,
    access: list(row, 'access'),
    accessNote: cell(row, 'access_note'),
    openingHours: compact({
      osm: cell(row, 'opening_hours'),
      text: cell(row, 'opening_hours_text'),
    }),
    phone: cell(row, 'phone'),
    email: cell(row, 'email'),
    website: cell(row, 'website'),
    whatToBring: cell(row, 'what_to_bring'),
    serviceId: cell(row, 'service_id'),
    provenance: provenance(row),
  });
  const parsed = locationSchema.safeParse(candidate);
  if (!parsed.success) zodReasons(parsed.error.issues, report);
  return parsed.success ? parsed.data : undefined;
}

function toService(row: CsvRow, look: Lookups, report: RowReport) {
  const area = list(row, 'service_area');
  const unknown = area.filter((code) => !look.ref.gemeenteCodes.has(code));
  if (unknown.length > 0)
    report.add('serviceArea', `service_area names unknown gemeente code(s) ${unknown.join(', ')}`);
  const duplicates = area.filter((code, i) => area.indexOf(code) !== i);
  if (duplicates.length > 0)
    report.add('serviceArea', `service_area names ${duplicates.join(', ')} twice`);
  checkSource(row, report);
  checkUrl(row, 'website', 'website', report);
  const candidate = compact({
    id: cell(row, 'id') ?? '',
    name: cell(row, 'name') ?? '',
    provider: cell(row, 'provider') ?? '',
    serviceArea: area,
    phone: cell(row, 'phone'),
    email: cell(row, 'email'),
    website: cell(row, 'website'),
    note: cell(row, 'note'),
    provenance: provenance(row),
  });
  const parsed = serviceSchema.safeParse(candidate);
  if (!parsed.success) zodReasons(parsed.error.issues, report);
  return parsed.success ? parsed.data : undefined;
}

function toEvidence(row: CsvRow, look: Lookups, report: RowReport) {
  const gemeenteCode = cell(row, 'gemeente_code') ?? '';
  if (!look.ref.gemeenteCodes.has(gemeenteCode))
    report.add('gemeenteCode', `unknown gemeente code "${gemeenteCode}"`);
  checkSource(row, report);
  const candidate = compact({
    id: cell(row, 'id') ?? '',
    gemeenteCode,
    status: cell(row, 'status') ?? '',
    note: cell(row, 'note'),
    provenance: provenance(row),
  });
  const parsed = evidenceSchema.safeParse(candidate);
  if (!parsed.success) zodReasons(parsed.error.issues, report);
  return parsed.success ? parsed.data : undefined;
}

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
