import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import * as z from 'zod/mini';
import { writeCsv } from '../../src/shared/intake/csv-write';
import { areaShape, containsPosition, interiorPoint } from '../../src/shared/intake/polygon';
import { round5 } from '../../src/shared/model/geo';
import { REFERENCE_FILES } from './reference';

/**
 * Downloads fresh reference data from the official services (PDOK for boundaries, CBS StatLine
 * for population) when someone runs `npm run data:fetch` online. Every response is validated,
 * because a changed API should stop the refresh with a clear message, not feed odd data into
 * the build.
 */

/** PDOK OGC API Features for CBS Gebiedsindelingen (current years; 1995–2015 is a separate API). */
export const PDOK_GEBIEDSINDELINGEN = 'https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1';
/** CBS OData v3 (StatLine). */
export const CBS_ODATA = 'https://opendata.cbs.nl/ODataApi/odata';
/** CBS "Gebieden in Nederland 2026": one row per gemeente, with Inwonertal. */
export const CBS_GEBIEDEN_TABLE = '86247NED';

/** Options shared by the fetchers; `fetchImpl` lets tests and callers swap the transport. */
export interface FetchOptions {
  fetchImpl?: typeof fetch;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Safety stop for paging. */
  maxPages?: number;
}

/** A download failed or returned something unexpected; the message names the URL. */
export class FetchSourceError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchSourceError';
  }
}

/** The URL of a PDOK collection's items for one year, largest page PDOK allows. */
export function pdokItemsUrl(
  collection: string,
  year: number,
  base = PDOK_GEBIEDSINDELINGEN,
): string {
  return `${base}/collections/${collection}/items?jaarcode=${year}&f=json&limit=1000`;
}

/** The URL of a CBS OData table's typed data set as JSON. */
export function cbsTableUrl(table: string, base = CBS_ODATA): string {
  return `${base}/${table}/TypedDataSet?$format=json`;
}

/** GETs a URL and validates its JSON body; throws {@link FetchSourceError} on any failure. */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  options: FetchOptions = {},
): Promise<T> {
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { accept: 'application/json, application/geo+json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
  } catch (error) {
    throw new FetchSourceError(
      url,
      `request failed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok)
    throw new FetchSourceError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new FetchSourceError(url, 'the response is not JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`)
      .join('; ');
    throw new FetchSourceError(url, `unexpected response (${first})`);
  }
  return parsed.data;
}

const linkSchema = z.object({ rel: z.string(), href: z.string() });

/** The part of a PDOK feature we rely on; other properties pass through untouched. */
const areaFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ statcode: z.string(), statnaam: z.string() }),
  geometry: z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    coordinates: z.array(z.unknown()),
  }),
});
export type AreaFeature = z.infer<typeof areaFeatureSchema>;

const featurePageSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(areaFeatureSchema),
  links: z.optional(z.array(linkSchema)),
});

/** Fetches all features of an OGC API collection, following `rel=next` links. */
export async function fetchOgcFeatures(
  url: string,
  options: FetchOptions = {},
): Promise<AreaFeature[]> {
  const features: AreaFeature[] = [];
  const seen = new Set<string>();
  let next: string | undefined = url;
  while (next) {
    if (seen.has(next))
      throw new FetchSourceError(next, 'paging loops back to a page already read');
    if (seen.size >= (options.maxPages ?? 50)) throw new FetchSourceError(url, 'too many pages');
    seen.add(next);
    const page: z.infer<typeof featurePageSchema> = await fetchJson(
      next,
      featurePageSchema,
      options,
    );
    features.push(...page.features);
    const href = page.links?.find((l) => l.rel === 'next')?.href;
    next = href ? new URL(href, next).toString() : undefined;
  }
  return features;
}

const odataPageSchema = z.object({
  value: z.array(z.record(z.string(), z.unknown())),
  'odata.nextLink': z.optional(z.string()),
});

/** Population of one gemeente from CBS. */
export interface GemeentePopulation {
  code: string;
  name: string;
  population: number;
}

/** A cell as trimmed text (CBS pads codes with spaces); anything not a string is empty. */
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The lowest-numbered column with this prefix (CBS numbers columns: Code_1, Naam_2, Inwonertal_56). */
function column(row: Record<string, unknown>, prefix: string): string | undefined {
  return Object.keys(row)
    .filter((k) => new RegExp(`^${prefix}_\\d+$`).test(k))
    .sort((a, b) => Number(a.split('_')[1]) - Number(b.split('_')[1]))[0];
}

/**
 * Fetches population per gemeente from a CBS "Gebieden in Nederland" table, following
 * `odata.nextLink`. Columns are found by name prefix (Code_, Naam_, Inwonertal_) because their
 * numbers differ between the yearly editions. Rows that are not gemeenten are skipped.
 */
export async function fetchCbsPopulation(
  url: string,
  options: FetchOptions = {},
): Promise<GemeentePopulation[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  let pages = 0;
  while (next) {
    pages += 1;
    if (pages > (options.maxPages ?? 50)) throw new FetchSourceError(url, 'too many pages');
    const page: z.infer<typeof odataPageSchema> = await fetchJson(next, odataPageSchema, options);
    rows.push(...page.value);
    next = page['odata.nextLink'];
  }
  const first = rows[0];
  if (!first) throw new FetchSourceError(url, 'the table is empty');
  const codeKey = column(first, 'Code');
  const nameKey = column(first, 'Naam');
  const popKey = column(first, 'Inwonertal');
  if (!codeKey || !nameKey || !popKey) {
    throw new FetchSourceError(
      url,
      'no Code_, Naam_ or Inwonertal_ column (has the table changed?)',
    );
  }
  const result: GemeentePopulation[] = [];
  for (const row of rows) {
    const code = text(row[codeKey]);
    if (!/^GM\d{4}$/.test(code)) continue;
    const population = row[popKey];
    if (typeof population !== 'number' || !Number.isInteger(population) || population < 0) {
      throw new FetchSourceError(url, `${code}: ${popKey} is not a whole number`);
    }
    result.push({ code, name: text(row[nameKey]), population });
  }
  if (result.length === 0) throw new FetchSourceError(url, 'no gemeente rows (codes GM0000)');
  return result.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** What {@link fetchAllSources} wrote. */
export interface FetchReport {
  files: string[];
  counts: Record<string, number>;
}

export function sourceMd(title: string, rows: [string, string][], notes: string): string {
  const table = rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n');
  return `# ${title}\n\n| item | value |\n| --- | --- |\n${table}\n\n${notes}\n`;
}

/** Quantisation for the topologies: about 0.001° per step, as in the mirrored cartomap files. */
function quantizationFor(features: readonly AreaFeature[]): number {
  let min = Infinity;
  let max = -Infinity;
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      min = Math.min(min, value[0]);
      max = Math.max(max, value[0]);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const f of features) visit(f.geometry.coordinates);
  return Number.isFinite(max - min) ? Math.max(1000, Math.ceil((max - min) / 0.001) + 1) : 10_000;
}

/** Code and name only, the properties the build reads from the topology. */
function areaCollection(
  features: readonly AreaFeature[],
): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: features.map((f): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      // Validated on download: a Polygon or MultiPolygon with coordinate arrays.
      geometry: f.geometry as unknown as Polygon | MultiPolygon,
      properties: { statcode: f.properties.statcode, statnaam: f.properties.statnaam },
    })),
  };
}

const shapeOf = (f: AreaFeature) =>
  areaShape(
    f.properties.statcode,
    f.properties.statnaam,
    f.geometry as unknown as Polygon | MultiPolygon,
  );

/**
 * The gemeenten list the build reads (gemeenten_<year>.csv): code, name, the province whose
 * boundary holds an interior point of the gemeente, and that interior point.
 */
export function gemeentenCsv(
  gemeenten: readonly AreaFeature[],
  provincies: readonly AreaFeature[],
): string {
  const provinceShapes = provincies.map(shapeOf);
  const rows = [...gemeenten]
    .sort((a, b) => (a.properties.statcode < b.properties.statcode ? -1 : 1))
    .map((g) => {
      const [lon, lat] = interiorPoint(shapeOf(g));
      const province = provinceShapes.find((p) => containsPosition(p, lon, lat));
      if (!province)
        throw new Error(`${g.properties.statcode}: no province holds its interior point`);
      return {
        gemeentecode: g.properties.statcode,
        gemeentenaam: g.properties.statnaam,
        provinciecode: province.code,
        provincienaam: province.name,
        interior_lat: String(round5(lat)),
        interior_lon: String(round5(lon)),
      };
    });
  return writeCsv(
    [
      'gemeentecode',
      'gemeentenaam',
      'provinciecode',
      'provincienaam',
      'interior_lat',
      'interior_lon',
    ],
    rows,
  );
}

/**
 * Downloads gemeente and provincie boundaries (PDOK) and population per gemeente (CBS) into
 * `outDir`, in the layout and formats the build reads (see REFERENCE_FILES), each folder with a
 * SOURCE.md noting URL and retrieval date, so `npm run data:build -- --sources <outDir>` works
 * without hand work. The PC4 table (postcode → position, gemeente, woonplaats) has no open API;
 * it is copied from `pc4From` (the current mirror) when given.
 */
export async function fetchAllSources(
  outDir: string,
  {
    year = 2026,
    table = CBS_GEBIEDEN_TABLE,
    today = new Date().toISOString().slice(0, 10),
    pc4From,
    ...options
  }: FetchOptions & {
    year?: number;
    table?: string;
    today?: string;
    /** A sources folder to copy the PC4 table from. */
    pc4From?: string;
  } = {},
): Promise<FetchReport> {
  const report: FetchReport = { files: [], counts: {} };
  const write = (file: string, content: string) => {
    const full = path.join(outDir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    report.files.push(file);
  };

  const features: Record<string, AreaFeature[]> = {};
  const urls: [string, string][] = [];
  for (const collection of ['gemeente_gegeneraliseerd', 'provincie_gegeneraliseerd']) {
    const url = pdokItemsUrl(collection, year);
    features[collection] = await fetchOgcFeatures(url, options);
    report.counts[collection] = features[collection].length;
    urls.push([collection, url]);
  }
  const gemeenten = features.gemeente_gegeneraliseerd ?? [];
  const provincies = features.provincie_gegeneraliseerd ?? [];
  const boundariesDir = path.dirname(REFERENCE_FILES.gemeenten);
  for (const [name, list] of [
    [`gemeente_${year}`, gemeenten],
    [`provincie_${year}`, provincies],
  ] as const) {
    const topo = topology({ [name]: areaCollection(list) }, quantizationFor(list));
    write(`${boundariesDir}/${name}.topojson`, `${JSON.stringify(topo)}\n`);
  }
  write(`${boundariesDir}/gemeenten_${year}.csv`, gemeentenCsv(gemeenten, provincies));
  write(
    `${boundariesDir}/SOURCE.md`,
    sourceMd(
      `CBS Gebiedsindelingen ${year} (gemeenten + provincies) via PDOK OGC API Features`,
      [
        ...urls.map(([c, u]): [string, string] => [c, `${u} (${report.counts[c] ?? 0} features)`]),
        ['retrieved', today],
        ['licence', 'CC BY 4.0, "Bron: CBS, PDOK"'],
      ],
      `Downloaded by \`npm run data:fetch\` (paging followed through \`links\` rel=next) and written in the layout the build reads: gemeente_${year}.topojson and provincie_${year}.topojson (objects gemeente_${year}, provincie_${year}; properties statcode, statnaam; quantised to about 0.001°), and gemeenten_${year}.csv (gemeentecode, gemeentenaam, provinciecode, provincienaam, interior_lat, interior_lon: a point inside each gemeente furthest from its boundary, and the province whose boundary holds it). The folder keeps the name of the earlier cartomap mirror because the build reads this path.`,
    ),
  );

  const cbsUrl = cbsTableUrl(table);
  const population = await fetchCbsPopulation(cbsUrl, options);
  const cbsDir = `cbs-${table.toLowerCase()}`;
  write(
    `${cbsDir}/gemeente_inwoners.csv`,
    writeCsv(
      ['gemeentecode', 'gemeentenaam', 'inwoners'],
      population.map((p) => ({
        gemeentecode: p.code,
        gemeentenaam: p.name,
        inwoners: String(p.population),
      })),
    ),
  );
  report.counts[table] = population.length;
  write(
    `${cbsDir}/SOURCE.md`,
    sourceMd(
      `CBS StatLine ${table}: inwoners per gemeente`,
      [
        ['url', cbsUrl],
        ['rows', String(population.length)],
        ['retrieved', today],
        ['licence', 'CC BY 4.0, "Bron: CBS"'],
      ],
      'Inwonertal per gemeente as published in the table (the reference date is in the table metadata on StatLine). The build prefers this file over the 2021 PC4 aggregate.',
    ),
  );

  const pc4Source = pc4From ? path.join(pc4From, REFERENCE_FILES.postcodes) : undefined;
  if (pc4Source && fs.existsSync(pc4Source)) {
    write(REFERENCE_FILES.postcodes, fs.readFileSync(pc4Source, 'utf8'));
    const sourceMdPath = path.join(path.dirname(pc4Source), 'SOURCE.md');
    if (fs.existsSync(sourceMdPath))
      write(
        path.join(path.dirname(REFERENCE_FILES.postcodes), 'SOURCE.md'),
        fs.readFileSync(sourceMdPath, 'utf8'),
      );
    report.counts.pc4 = fs.readFileSync(pc4Source, 'utf8').trimEnd().split('\n').length - 1;
  }
  return report;
}
