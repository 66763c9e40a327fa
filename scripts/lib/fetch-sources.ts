import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';

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

function sourceMd(title: string, rows: [string, string][], notes: string): string {
  const table = rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n');
  return `# ${title}\n\n| item | value |\n| --- | --- |\n${table}\n\n${notes}\n`;
}

/**
 * Downloads gemeente and provincie boundaries (PDOK) and population per gemeente (CBS) into
 * `outDir`, each folder with a SOURCE.md noting URL and retrieval date. The files are raw
 * downloads for review and refresh; the build still reads the curated mirror format.
 */
export async function fetchAllSources(
  outDir: string,
  {
    year = 2026,
    table = CBS_GEBIEDEN_TABLE,
    today = new Date().toISOString().slice(0, 10),
    ...options
  }: FetchOptions & {
    year?: number;
    table?: string;
    today?: string;
  } = {},
): Promise<FetchReport> {
  const report: FetchReport = { files: [], counts: {} };
  const write = (file: string, content: string) => {
    const full = path.join(outDir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    report.files.push(file);
  };

  const pdokDir = `pdok-cbs-gebiedsindelingen-${year}`;
  const urls: [string, string][] = [];
  for (const collection of ['gemeente_gegeneraliseerd', 'provincie_gegeneraliseerd']) {
    const url = pdokItemsUrl(collection, year);
    const features = await fetchOgcFeatures(url, options);
    write(
      `${pdokDir}/${collection}.geojson`,
      `${JSON.stringify({ type: 'FeatureCollection', features })}\n`,
    );
    report.counts[collection] = features.length;
    urls.push([collection, url]);
  }
  write(
    `${pdokDir}/SOURCE.md`,
    sourceMd(
      `CBS Gebiedsindelingen ${year} via PDOK OGC API Features`,
      [
        ...urls.map(([c, u]): [string, string] => [c, `${u} (${report.counts[c] ?? 0} features)`]),
        ['retrieved', today],
        ['licence', 'CC BY 4.0, "Bron: CBS, PDOK"'],
      ],
      'Downloaded by `npm run data:fetch`; paging followed through `links` rel=next. WGS84 (CRS84) GeoJSON, generalised boundaries.',
    ),
  );

  const cbsUrl = cbsTableUrl(table);
  const population = await fetchCbsPopulation(cbsUrl, options);
  const cbsDir = `cbs-${table.toLowerCase()}`;
  const csv = [
    'gemeentecode,gemeentenaam,inwoners',
    ...population.map((p) => `${p.code},"${p.name.replace(/"/g, '""')}",${p.population}`),
  ];
  write(`${cbsDir}/gemeente_inwoners.csv`, `${csv.join('\n')}\n`);
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
      'Inwonertal per gemeente as published in the table (the reference date is in the table metadata on StatLine).',
    ),
  );
  return report;
}
