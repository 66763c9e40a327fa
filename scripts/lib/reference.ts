import fs from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { round5 } from '../../src/shared/model/geo';
import { NL_BOUNDS, type Gemeente, type PostcodeTable } from '../../src/shared/model/schema';
import { parseCsv, type CsvTable } from '../../src/shared/intake/csv';

/**
 * Reads the official reference data from the mirrored sources folder (see the SOURCE.md files
 * there) and checks it hangs together: the same 342 gemeenten in every file, numbers that parse,
 * postcodes inside the country. Anything odd stops the build, since a silently missing gemeente
 * would show up on the map as a hole that looks like a coverage gap.
 */

/** Shown next to population figures from the mirror, because they are an approximation (see the derived SOURCE.md). */
export const POPULATION_NOTE =
  '≈ inwoners op 1-1-2021 (CBS 83503NED, opgeteld per postcode (PC4) naar gemeente 2026)';

/** How many gemeenten the Netherlands has in 2026 (no herindelingen on 1-1-2025 or 1-1-2026). */
export const GEMEENTE_COUNT = 342;
/** How many provinces the Netherlands has. */
export const PROVINCE_COUNT = 12;

/** The files read, relative to the sources folder. */
export const REFERENCE_FILES = {
  gemeenten: 'cbs-gebiedsindelingen-cartomap/gemeenten_2026.csv',
  gemeenteTopology: 'cbs-gebiedsindelingen-cartomap/gemeente_2026.topojson',
  provincieTopology: 'cbs-gebiedsindelingen-cartomap/provincie_2026.topojson',
  cartomapSource: 'cbs-gebiedsindelingen-cartomap/SOURCE.md',
  population: 'derived-pc4-gemeente-2026/gemeente_inwoners_2021_pc4aggregaat.csv',
  /** Population as `npm run data:fetch` downloads it from CBS; preferred when present. */
  cbsPopulation: 'cbs-86247ned/gemeente_inwoners.csv',
  cbsPopulationSource: 'cbs-86247ned/SOURCE.md',
  postcodes: 'derived-pc4-gemeente-2026/pc4_gemeente_2026.csv',
} as const;

/** Everything the build needs from the reference sources. */
export interface ReferenceData {
  /** Sorted by code. */
  gemeenten: Gemeente[];
  postcodes: PostcodeTable;
  /**
   * Inwoners per PC4 on 1-1-2021 (CBS 83503NED, as carried in the derived table), index-aligned
   * with `postcodes.pc4`; 0 where CBS gives no figure (see `postcodesWithoutInwoners`). Used for
   * reach; not shipped in postcodes.json.
   */
  postcodeInwoners: number[];
  /** How many PC4s had no inwoners figure (empty or NA). */
  postcodesWithoutInwoners: number;
  gemeenteTopology: Topology;
  provincieTopology: Topology;
  /** The retrieval date in the mirror's SOURCE.md: the fallback `checkedUntil` when nothing is curated yet. */
  sourceDate: string;
  /** What the population figures are, shown beside them (which file they came from decides it). */
  populationNote: string;
}

/** Thrown when the reference data is missing or inconsistent; lists every problem found. */
export class ReferenceDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`reference data is not usable:\n  ${problems.join('\n  ')}`);
    this.name = 'ReferenceDataError';
  }
}

const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.object({
    scale: z.tuple([z.number(), z.number()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  objects: z.record(
    z.string(),
    z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.object({
          type: z.enum(['Polygon', 'MultiPolygon']),
          properties: z.object({ statcode: z.string(), statnaam: z.string() }),
        }),
      ),
    }),
  ),
});

/** Compares strings by code point, so the order never depends on the machine's locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readText(dir: string, file: string, problems: string[]): string | undefined {
  const full = path.join(dir, file);
  try {
    return fs.readFileSync(full, 'utf8');
  } catch (error) {
    problems.push(
      `${file}: cannot read (${error instanceof Error ? error.message : String(error)})`,
    );
    return undefined;
  }
}

function readTable(
  dir: string,
  file: string,
  columns: readonly string[],
  problems: string[],
): CsvTable | undefined {
  const text = readText(dir, file, problems);
  if (text === undefined) return undefined;
  try {
    const table = parseCsv(text, file);
    const missing = columns.filter((c) => !table.header.includes(c));
    if (missing.length > 0) {
      problems.push(`${file}: missing column(s) ${missing.join(', ')}`);
      return undefined;
    }
    return table;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

function readTopology(
  dir: string,
  file: string,
  objectName: string,
  count: number,
  problems: string[],
) {
  const text = readText(dir, file, problems);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  const parsed = topologySchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    return undefined;
  }
  const object = parsed.data.objects[objectName];
  if (!object) {
    problems.push(`${file}: no object named ${objectName}`);
    return undefined;
  }
  if (object.geometries.length !== count) {
    problems.push(`${file}: ${object.geometries.length} geometries, expected ${count}`);
  }
  // Validated above; the topojson-client types describe the same structure.
  return { topology: json as Topology, codes: object.geometries.map((g) => g.properties.statcode) };
}

function parseNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function inNl(lat: number, lon: number): boolean {
  return (
    lat >= NL_BOUNDS.minLat &&
    lat <= NL_BOUNDS.maxLat &&
    lon >= NL_BOUNDS.minLon &&
    lon <= NL_BOUNDS.maxLon
  );
}

/** Reports codes that are in one set but not the other, naming both files. */
function compareCodes(
  a: Set<string>,
  aFile: string,
  b: Set<string>,
  bFile: string,
  problems: string[],
) {
  for (const code of a)
    if (!b.has(code)) problems.push(`${bFile}: gemeente ${code} (from ${aFile}) is missing`);
  for (const code of b)
    if (!a.has(code)) problems.push(`${bFile}: gemeente ${code} is not in ${aFile}`);
}

/** Finds the retrieval date in the mirror's SOURCE.md ("retrieved | 2026-11-22"). */
function readSourceDate(dir: string, problems: string[]): string {
  const text = readText(dir, REFERENCE_FILES.cartomapSource, problems) ?? '';
  const match =
    /retrieved\s*\|\s*(\d{4}-\d{2}-\d{2})/.exec(text) ?? /(\d{4}-\d{2}-\d{2})/.exec(text);
  if (!match?.[1]) {
    problems.push(`${REFERENCE_FILES.cartomapSource}: no retrieval date (YYYY-MM-DD) found`);
    return '';
  }
  return match[1];
}

/** Reads and cross-checks all reference files; throws {@link ReferenceDataError} listing every problem. */
export function readReference(dir: string): ReferenceData {
  const problems: string[] = [];
  if (!fs.existsSync(dir)) throw new ReferenceDataError([`sources folder ${dir} does not exist`]);

  const F = REFERENCE_FILES;
  const gemeenteTable = readTable(
    dir,
    F.gemeenten,
    [
      'gemeentecode',
      'gemeentenaam',
      'provinciecode',
      'provincienaam',
      'interior_lat',
      'interior_lon',
    ],
    problems,
  );
  // A fresh CBS download (npm run data:fetch) wins over the 2021 PC4 aggregate of the mirror.
  const fromCbs = fs.existsSync(path.join(dir, F.cbsPopulation));
  const populationFile = fromCbs ? F.cbsPopulation : F.population;
  const populationColumn = fromCbs ? 'inwoners' : 'inwoners_2021_pc4_aggregate';
  const populationTable = readTable(
    dir,
    populationFile,
    ['gemeentecode', populationColumn],
    problems,
  );
  const populationNote = fromCbs
    ? `inwoners volgens CBS 86247NED (opgehaald ${/retrieved\s*\|\s*(\d{4}-\d{2}-\d{2})/.exec(readText(dir, F.cbsPopulationSource, problems) ?? '')?.[1] ?? '?'})`
    : POPULATION_NOTE;
  const postcodeTable = readTable(
    dir,
    F.postcodes,
    ['pc4', 'lat', 'lon', 'gemeentecode', 'plaats_2021', 'inwoners_2021'],
    problems,
  );
  const gemeenteTopo = readTopology(
    dir,
    F.gemeenteTopology,
    'gemeente_2026',
    GEMEENTE_COUNT,
    problems,
  );
  const provincieTopo = readTopology(
    dir,
    F.provincieTopology,
    'provincie_2026',
    PROVINCE_COUNT,
    problems,
  );
  const sourceDate = readSourceDate(dir, problems);
  if (!gemeenteTable || !populationTable || !postcodeTable || !gemeenteTopo || !provincieTopo) {
    throw new ReferenceDataError(problems);
  }

  const population = new Map<string, number>();
  for (const row of populationTable.rows) {
    const code = row.record.gemeentecode ?? '';
    const n = parseNumber(row.record[populationColumn]);
    if (n === undefined || !Number.isInteger(n) || n < 0) {
      problems.push(`${populationFile}:${row.line}: ${code}: population is not a whole number`);
      continue;
    }
    if (population.has(code)) problems.push(`${populationFile}:${row.line}: ${code} appears twice`);
    population.set(code, n);
  }

  const provinceCodes = new Set(provincieTopo.codes);
  const gemeenten: Gemeente[] = [];
  for (const row of gemeenteTable.rows) {
    const r = row.record;
    const code = r.gemeentecode ?? '';
    const where = `${F.gemeenten}:${row.line}: ${code}`;
    const lat = parseNumber(r.interior_lat);
    const lon = parseNumber(r.interior_lon);
    if (!/^GM\d{4}$/.test(code)) problems.push(`${where}: not a gemeentecode`);
    if (lat === undefined || lon === undefined || !inNl(lat, lon))
      problems.push(`${where}: label point is not in NL`);
    if (!provinceCodes.has(r.provinciecode ?? ''))
      problems.push(`${where}: unknown province ${r.provinciecode ?? ''}`);
    if (!r.gemeentenaam) problems.push(`${where}: name is missing`);
    gemeenten.push({
      code,
      name: r.gemeentenaam ?? '',
      provinceCode: r.provinciecode ?? '',
      provinceName: r.provincienaam ?? '',
      population: population.get(code) ?? 0,
      label: [round5(lon ?? 0), round5(lat ?? 0)],
    });
  }
  gemeenten.sort((a, b) => byCodePoint(a.code, b.code));
  const codes = new Set(gemeenten.map((g) => g.code));
  if (gemeenten.length !== GEMEENTE_COUNT) {
    problems.push(`${F.gemeenten}: ${gemeenten.length} gemeenten, expected ${GEMEENTE_COUNT}`);
  }
  if (codes.size !== gemeenten.length) problems.push(`${F.gemeenten}: duplicate gemeentecodes`);
  compareCodes(codes, F.gemeenten, new Set(population.keys()), populationFile, problems);
  compareCodes(codes, F.gemeenten, new Set(gemeenteTopo.codes), F.gemeenteTopology, problems);

  const {
    table: postcodes,
    inwoners,
    withoutInwoners,
  } = buildPostcodeTable(postcodeTable, codes, problems);
  // The mirror's gemeente population is the sum of these very PC4 figures; a CBS download is
  // a newer count and differs.
  if (!fromCbs) checkPostcodeInwoners(postcodes, inwoners, population, problems);
  if (problems.length > 0) throw new ReferenceDataError(problems);
  return {
    gemeenten,
    postcodes,
    postcodeInwoners: inwoners,
    postcodesWithoutInwoners: withoutInwoners,
    gemeenteTopology: gemeenteTopo.topology,
    provincieTopology: provincieTopo.topology,
    sourceDate,
    populationNote,
  };
}

/**
 * The PC4 inwoners summed per gemeente must equal the population per gemeente (which the derived
 * mirror made from the same figures); otherwise reach and coverage would count different people.
 */
function checkPostcodeInwoners(
  table: PostcodeTable,
  inwoners: readonly number[],
  population: ReadonlyMap<string, number>,
  problems: string[],
) {
  const sums = new Map<string, number>();
  table.gemeente.forEach((index, i) => {
    const code = table.gemeenten[index] ?? '';
    sums.set(code, (sums.get(code) ?? 0) + (inwoners[i] ?? 0));
  });
  for (const [code, expected] of population) {
    const sum = sums.get(code) ?? 0;
    if (sum !== expected) {
      problems.push(
        `${REFERENCE_FILES.postcodes}: inwoners of the PC4s in ${code} add up to ${sum}, ${REFERENCE_FILES.population} says ${expected}`,
      );
    }
  }
}

/**
 * The columnar PC4 table: sorted by pc4, places sorted by name, "NA" or empty place → -1; and
 * the inwoners per PC4 in the same order ("NA" or empty → 0, counted).
 */
function buildPostcodeTable(
  table: CsvTable,
  codes: Set<string>,
  problems: string[],
): { table: PostcodeTable; inwoners: number[]; withoutInwoners: number } {
  const file = table.file;
  const rows: {
    pc4: number;
    lat: number;
    lon: number;
    gemeente: string;
    place: string | undefined;
    inwoners: number | undefined;
  }[] = [];
  const seen = new Set<number>();
  for (const row of table.rows) {
    const r = row.record;
    const pc4 = parseNumber(r.pc4);
    const lat = parseNumber(r.lat);
    const lon = parseNumber(r.lon);
    const gemeente = r.gemeentecode ?? '';
    const where = `${file}:${row.line}: pc4 ${r.pc4 ?? ''}`;
    if (pc4 === undefined || !Number.isInteger(pc4) || pc4 < 1000 || pc4 > 9999) {
      problems.push(`${where}: not a 4-digit postcode`);
      continue;
    }
    if (seen.has(pc4)) problems.push(`${where}: appears twice`);
    seen.add(pc4);
    if (lat === undefined || lon === undefined || !inNl(lat, lon)) {
      problems.push(`${where}: centroid is missing or outside NL`);
      continue;
    }
    if (!codes.has(gemeente)) problems.push(`${where}: unknown gemeente ${gemeente}`);
    const place = (r.plaats_2021 ?? '').trim();
    const rawInwoners = (r.inwoners_2021 ?? '').trim();
    const inwoners =
      rawInwoners === '' || rawInwoners === 'NA' ? undefined : parseNumber(rawInwoners);
    if (inwoners !== undefined && (!Number.isInteger(inwoners) || inwoners < 0)) {
      problems.push(`${where}: inwoners_2021 is not a whole number`);
      continue;
    }
    rows.push({
      inwoners,
      pc4,
      lat,
      lon,
      gemeente,
      place: place === '' || place === 'NA' ? undefined : place,
    });
  }
  rows.sort((a, b) => a.pc4 - b.pc4);
  const gemeenten = [...codes].sort(byCodePoint);
  const places = [...new Set(rows.flatMap((r) => (r.place ? [r.place] : [])))].sort(byCodePoint);
  const gemeenteIndex = new Map(gemeenten.map((code, i) => [code, i]));
  const placeIndex = new Map(places.map((name, i) => [name, i]));
  return {
    table: {
      gemeenten,
      places,
      pc4: rows.map((r) => r.pc4),
      lat: rows.map((r) => round5(r.lat)),
      lon: rows.map((r) => round5(r.lon)),
      gemeente: rows.map((r) => gemeenteIndex.get(r.gemeente) ?? 0),
      place: rows.map((r) => (r.place ? (placeIndex.get(r.place) ?? -1) : -1)),
    },
    inwoners: rows.map((r) => r.inwoners ?? 0),
    withoutInwoners: rows.filter((r) => r.inwoners === undefined).length,
  };
}
