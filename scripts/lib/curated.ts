import fs from 'node:fs';
import path from 'node:path';
import {
  curate,
  type CurateOptions,
  type CuratedInput,
  type CuratedReference,
  type CuratedResult,
  type Problem,
} from '../../src/shared/intake/curate';
import { columnNames, CURATED_FILES } from '../../src/shared/intake/datapackage';
import { parseCsv } from '../../src/shared/intake/csv';
import { decodeCsvBytes } from '../../src/shared/intake/decode';
import { fileSetProblems, type FolderEntry } from '../../src/shared/intake/file-set';
import { cacheProblems, GEOCODE_CACHE_FILE, parseGeocodeCache } from './online/geocode';

export {
  curate,
  curatedReference,
  formatProblem,
  type CuratedInput,
  type CuratedReference,
  type CuratedResult,
  type Problem,
} from '../../src/shared/intake/curate';

/**
 * The pipeline's edge for the curated files: it lists the data folder, checks that the fixed
 * set of files (data/datapackage.json) is there, and hands their bytes to the shared intake
 * core, which decodes, parses and checks them. Reading happens here so the core stays usable in
 * the browser.
 */

const columnsOf = (file: string) => {
  const spec = CURATED_FILES.find((f) => f.file === file);
  if (!spec) throw new Error(`${file} is not in data/datapackage.json`);
  return columnNames(spec);
};

/** Column lists from data/datapackage.json, for tests and tools that write rows. */
export const LOCATION_COLUMNS = columnsOf('locations-ido.csv');
export const SERVICE_COLUMNS = columnsOf('services.csv');
export const EVIDENCE_COLUMNS = columnsOf('evidence.csv');

/** The entries of the data folder (name, file or folder). */
export function folderEntries(dir: string): FolderEntry[] {
  return fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({
    name: d.name,
    isDirectory: d.isDirectory(),
  }));
}

/**
 * Reads the curated files of `dir` in the package's order. A missing, renamed or folder-shaped
 * file, or a stray CSV, becomes a problem naming it; the files that are there are read as bytes.
 */
export function readCuratedInputs(dir: string): { inputs: CuratedInput[]; problems: Problem[] } {
  const entries = folderEntries(dir);
  const problems: Problem[] = fileSetProblems(entries).map((p) => ({
    file: p.file,
    id: '',
    line: 1,
    reason: p.reason,
  }));
  const files = new Set(entries.filter((e) => !e.isDirectory).map((e) => e.name));
  const inputs = CURATED_FILES.filter((f) => files.has(f.file)).map((f) => ({
    file: f.file,
    bytes: new Uint8Array(fs.readFileSync(path.join(dir, f.file))),
  }));
  return { inputs, problems };
}

/** Reads and checks all curated CSV files in `dir`; problems with the set of files come first. */
export function readCurated(
  dir: string,
  ref: CuratedReference,
  options: CurateOptions = {},
): CuratedResult {
  const { inputs, problems } = readCuratedInputs(dir);
  const result = curate(inputs, ref, { checkDocuments: true, ...options });
  result.problems.unshift(...problems);
  result.problems.push(...geocodedPositionProblems(dir, inputs));
  for (const p of problems) {
    if (CURATED_FILES.some((f) => f.file === p.file))
      result.counts.push({ file: p.file, rowsIn: 0, recordsOut: 0 });
  }
  return result;
}

/** Positions from the geocoder checked against data/geocode-cache.csv (when rows carry a bag_id). */
export function geocodedPositionProblems(dir: string, inputs: readonly CuratedInput[]): Problem[] {
  const tables = inputs.flatMap((input) => {
    if (!CURATED_FILES.some((f) => f.file === input.file && f.records === 'locations')) return [];
    try {
      const table = parseCsv(decodeCsvBytes(input.bytes ?? new Uint8Array()).text, input.file);
      return [{ file: input.file, rows: table.rows }];
    } catch {
      return []; // reported by curate
    }
  });
  if (!tables.some((t) => t.rows.some((r) => (r.record.bag_id ?? '').trim() !== ''))) return [];
  const cachePath = path.join(dir, GEOCODE_CACHE_FILE);
  try {
    const cache = fs.existsSync(cachePath)
      ? parseGeocodeCache(fs.readFileSync(cachePath, 'utf8'))
      : new Map<string, never>();
    return cacheProblems(tables, cache);
  } catch (error) {
    return [
      {
        file: GEOCODE_CACHE_FILE,
        id: '',
        line: 1,
        reason: error instanceof Error ? error.message : String(error),
      },
    ];
  }
}
