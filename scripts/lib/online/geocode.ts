import { parseCsv, type CsvRow } from '../../../src/shared/intake/csv';
import { writeCsv } from '../../../src/shared/intake/csv-write';
import { formatPostcode } from '../../../src/shared/model/postcode';
import { throttle, type HttpOptions } from './http';
import { freeSearch, parsePoint, type LocatieDoc } from './locatieserver';

/**
 * Turns the street addresses of curated places into exact positions with their BAG id, through
 * PDOK Locatieserver. Every answer goes into a committed cache (data/geocode-cache.csv) with the
 * query and the day it was asked, so the build never needs the network and a rerun gives the
 * same result. A position becomes `exact` only when the BAG has exactly that house number
 * (with letter and addition) in the row's gemeente; anything less is reported, not guessed.
 */

/** The address parts of a location row. */
export interface AddressInput {
  street: string;
  houseNumber: string;
  postcode?: string;
  place: string;
  gemeenteCode: string;
}

/** What the geocoder concluded for one address. */
export const GEOCODE_STATUSES = [
  'exact',
  'niet-gevonden',
  'meerdere',
  'andere-gemeente',
  'huisnummer-onleesbaar',
] as const;
export type GeocodeStatus = (typeof GEOCODE_STATUSES)[number];

/** One cached answer. */
export interface GeocodeEntry {
  query: string;
  gemeenteCode: string;
  checkedOn: string;
  status: GeocodeStatus;
  bagId?: string;
  lat?: number;
  lon?: number;
  /** The BAG address as PDOK writes it (weergavenaam), or the nearest hit when not exact. */
  address?: string;
}

export const GEOCODE_CACHE_FILE = 'geocode-cache.csv';
export const GEOCODE_CACHE_COLUMNS = [
  'query',
  'gemeente_code',
  'checked_on',
  'status',
  'bag_id',
  'lat',
  'lon',
  'address',
] as const;

/** "Horst 31, 5171 GB Kaatsheuvel": the text sent to PDOK and the cache key (with the gemeente). */
export function addressQuery(a: AddressInput): string {
  const postcode = a.postcode ? (formatPostcode(a.postcode) ?? a.postcode.trim()) : '';
  const tail = [postcode, a.place.trim()].filter((s) => s !== '').join(' ');
  return `${a.street.trim().replace(/\s+/g, ' ')} ${a.houseNumber.trim().replace(/\s+/g, ' ')}, ${tail}`;
}

export function cacheKey(query: string, gemeenteCode: string): string {
  return `${query}|${gemeenteCode}`;
}

interface HouseNumber {
  number: number;
  letter: string;
  addition: string;
}

/** "31", "31a", "31 A", "31-2", "31a-1"; undefined for ranges or text like "z/n". */
export function parseHouseNumber(value: string): HouseNumber | undefined {
  const match = /^(\d{1,5})\s*([A-Za-z])?(?:\s*[-/ ]\s*([A-Za-z0-9]{1,4}))?$/.exec(value.trim());
  if (!match) return undefined;
  return {
    number: Number(match[1]),
    letter: (match[2] ?? '').toUpperCase(),
    addition: (match[3] ?? '').toUpperCase(),
  };
}

/** Lower case, no accents, no spaces or punctuation: "Sint-Jansstraat" = "sint jansstraat". */
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Picks the BAG address that is exactly the given one, from a page of PDOK docs. */
export function matchAddress(
  input: AddressInput,
  docs: readonly LocatieDoc[],
): Omit<GeocodeEntry, 'query' | 'checkedOn'> {
  const base = { gemeenteCode: input.gemeenteCode };
  const house = parseHouseNumber(input.houseNumber);
  if (!house) return { ...base, status: 'huisnummer-onleesbaar' };
  const postcode = input.postcode ? fold(input.postcode) : undefined;
  const street = fold(input.street);
  const place = fold(input.place);
  const sameHouse = docs.filter(
    (d) =>
      d.type === 'adres' &&
      d.huisnummer === house.number &&
      (d.huisletter ?? '').toUpperCase() === house.letter &&
      (d.huisnummertoevoeging ?? '').toUpperCase() === house.addition,
  );
  const matches = sameHouse.filter((d) =>
    postcode
      ? fold(d.postcode ?? '') === postcode
      : (fold(d.straatnaam ?? '') === street || fold(d.straatnaam_verkort ?? '') === street) &&
        fold(d.woonplaatsnaam ?? '') === place,
  );
  const ids = [...new Set(matches.map((d) => d.nummeraanduiding_id ?? d.id))];
  const [first] = matches;
  if (!first) {
    const hint = docs[0]?.weergavenaam;
    return { ...base, status: 'niet-gevonden', ...(hint ? { address: hint } : {}) };
  }
  if (ids.length > 1) return { ...base, status: 'meerdere', address: first.weergavenaam };
  if (`GM${first.gemeentecode ?? ''}` !== input.gemeenteCode) {
    return {
      ...base,
      status: 'andere-gemeente',
      address: `${first.weergavenaam} (gemeente ${first.gemeentenaam ?? first.gemeentecode ?? '?'})`,
    };
  }
  const point = parsePoint(first.centroide_ll);
  if (!point || !first.nummeraanduiding_id) {
    return { ...base, status: 'niet-gevonden', address: first.weergavenaam };
  }
  return {
    ...base,
    status: 'exact',
    bagId: first.nummeraanduiding_id,
    lon: round6(point[0]),
    lat: round6(point[1]),
    address: first.weergavenaam,
  };
}

/** Asks PDOK for one address (online). */
export async function geocodeAddress(
  input: AddressInput,
  checkedOn: string,
  options: HttpOptions & { base?: string } = {},
): Promise<GeocodeEntry> {
  const query = addressQuery(input);
  const { docs } = await freeSearch({ q: query, fq: ['type:adres'], rows: 10 }, options);
  return { query, checkedOn, ...matchAddress(input, docs) };
}

/** Thrown when the cache file is damaged; the build and geocoder stop rather than guess. */
export class GeocodeCacheError extends Error {}

/** Reads data/geocode-cache.csv into a map by {@link cacheKey}. */
export function parseGeocodeCache(text: string): Map<string, GeocodeEntry> {
  const table = parseCsv(text, GEOCODE_CACHE_FILE);
  const missing = GEOCODE_CACHE_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new GeocodeCacheError(`${GEOCODE_CACHE_FILE}: kolommen ontbreken: ${missing.join(', ')}`);
  }
  const entries = new Map<string, GeocodeEntry>();
  for (const row of table.rows) entries.set(keyOf(row), entryOf(row));
  return entries;
}

function keyOf(row: CsvRow): string {
  return cacheKey(row.record.query ?? '', row.record.gemeente_code ?? '');
}

function entryOf(row: CsvRow): GeocodeEntry {
  const r = row.record;
  const where = `${GEOCODE_CACHE_FILE}:${row.line}`;
  const status = GEOCODE_STATUSES.find((s) => s === r.status);
  if (!status) throw new GeocodeCacheError(`${where}: onbekende status "${r.status ?? ''}"`);
  const entry: GeocodeEntry = {
    query: r.query ?? '',
    gemeenteCode: r.gemeente_code ?? '',
    checkedOn: r.checked_on ?? '',
    status,
  };
  if (r.bag_id) entry.bagId = r.bag_id;
  if (r.address) entry.address = r.address;
  if (r.lat && r.lon) {
    entry.lat = Number(r.lat);
    entry.lon = Number(r.lon);
  }
  if (
    status === 'exact' &&
    (!entry.bagId || !Number.isFinite(entry.lat) || !Number.isFinite(entry.lon))
  ) {
    throw new GeocodeCacheError(`${where}: status exact zonder bag_id, lat en lon`);
  }
  return entry;
}

/** The cache as CSV, sorted by query and gemeente: the same entries always give the same bytes. */
export function writeGeocodeCache(entries: Iterable<GeocodeEntry>): string {
  const sorted = [...entries].sort((a, b) => {
    const ka = cacheKey(a.query, a.gemeenteCode);
    const kb = cacheKey(b.query, b.gemeenteCode);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return writeCsv(
    GEOCODE_CACHE_COLUMNS,
    sorted.map((e) => ({
      query: e.query,
      gemeente_code: e.gemeenteCode,
      checked_on: e.checkedOn,
      status: e.status,
      bag_id: e.bagId ?? '',
      lat: e.lat === undefined ? '' : String(e.lat),
      lon: e.lon === undefined ? '' : String(e.lon),
      address: e.address ?? '',
    })),
  );
}

/** One curated location file, as rows of text keyed by column (what the CSV holds). */
export interface EditableTable {
  file: string;
  header: string[];
  rows: Record<string, string>[];
  /** The line each row starts on, for the report. */
  lines: number[];
}

/** What happened to one row. */
export interface GeocodeOutcome {
  file: string;
  id: string;
  line: number;
  query: string;
  status: GeocodeStatus | 'niet-in-cache' | 'heeft-al-positie';
  /** True when the row now has an exact position from the cache. */
  applied: boolean;
  address?: string;
}

export interface GeocodeRunOptions extends HttpOptions {
  /** Today (YYYY-MM-DD), stored with every new answer. */
  today: string;
  /** Ask PDOK for addresses not in the cache; without it only the cache is used. */
  online: boolean;
  /** Ask again even when the cache has an answer. */
  refresh?: boolean;
  base?: string;
  /** Pause between requests in ms (default 250: PDOK asks for fair use). */
  intervalMs?: number;
}

/** The address of a row when it has street, house number, place and gemeente. */
export function rowAddress(row: Record<string, string>): AddressInput | undefined {
  const get = (c: string) => row[c]?.trim() ?? '';
  const [street, houseNumber, place, gemeenteCode] = [
    get('street'),
    get('house_number'),
    get('place'),
    get('gemeente_code'),
  ];
  if (!street || !houseNumber || !place || !gemeenteCode) return undefined;
  const postcode = get('postcode');
  return { street, houseNumber, place, gemeenteCode, ...(postcode ? { postcode } : {}) };
}

/**
 * Geocodes the rows that have a street address but no exact position. Answers come from the
 * cache, or (online) from PDOK, and are added to the cache. A row gets lat, lon, bag_id and
 * precision `exact` only for an exact BAG match; a row that already carries a position of its
 * own is left alone and reported. Changes the given tables in place.
 */
export async function geocodeLocations(
  tables: readonly EditableTable[],
  cache: Map<string, GeocodeEntry>,
  options: GeocodeRunOptions,
): Promise<{ outcomes: GeocodeOutcome[]; changedFiles: string[]; requests: number }> {
  const outcomes: GeocodeOutcome[] = [];
  const changed = new Set<string>();
  const wait = throttle(options.intervalMs ?? 250, options.sleep);
  let requests = 0;
  for (const table of tables) {
    const missing = ['precision', 'lat', 'lon', 'bag_id'].filter((c) => !table.header.includes(c));
    if (missing.length > 0) {
      throw new GeocodeCacheError(`${table.file}: kolom(men) ${missing.join(', ')} ontbreken`);
    }
    for (const [index, row] of table.rows.entries()) {
      const address = rowAddress(row);
      if (!address || row.precision === 'exact') continue;
      const query = addressQuery(address);
      const base = { file: table.file, id: row.id ?? '', line: table.lines[index] ?? 0, query };
      if ((row.lat ?? '').trim() || (row.lon ?? '').trim()) {
        outcomes.push({ ...base, status: 'heeft-al-positie', applied: false });
        continue;
      }
      const key = cacheKey(query, address.gemeenteCode);
      let entry = options.refresh ? undefined : cache.get(key);
      if (!entry && options.online) {
        await wait();
        requests += 1;
        entry = await geocodeAddress(address, options.today, options);
        cache.set(key, entry);
      }
      if (!entry) {
        outcomes.push({ ...base, status: 'niet-in-cache', applied: false });
        continue;
      }
      const applied = entry.status === 'exact';
      if (applied && entry.lat !== undefined && entry.lon !== undefined && entry.bagId) {
        row.lat = String(entry.lat);
        row.lon = String(entry.lon);
        row.bag_id = entry.bagId;
        row.precision = 'exact';
        changed.add(table.file);
      }
      outcomes.push({
        ...base,
        status: entry.status,
        applied,
        ...(entry.address ? { address: entry.address } : {}),
      });
    }
  }
  return { outcomes, changedFiles: [...changed], requests };
}

/**
 * Rows whose position came from the geocoder must still match its cache: the same BAG id at the
 * same lat/lon, with precision exact. A hand edit of one without the other would leave a
 * position whose source can no longer be shown.
 */
export function cacheProblems(
  tables: readonly { file: string; rows: { line: number; record: Record<string, string> }[] }[],
  cache: ReadonlyMap<string, GeocodeEntry>,
): { file: string; id: string; line: number; reason: string }[] {
  const byBagId = new Map<string, GeocodeEntry>();
  for (const entry of cache.values()) if (entry.bagId) byBagId.set(entry.bagId, entry);
  const problems: { file: string; id: string; line: number; reason: string }[] = [];
  for (const table of tables) {
    for (const { line, record } of table.rows) {
      const bagId = record.bag_id?.trim();
      if (!bagId) continue;
      const at = { file: table.file, id: record.id ?? '', line };
      const entry = byBagId.get(bagId);
      if (!entry) {
        problems.push({
          ...at,
          reason: `bag_id: ${bagId} staat niet in data/${GEOCODE_CACHE_FILE}; draai npm run data:geocode (of maak bag_id leeg als lat/lon uit een andere bron komen)`,
        });
      } else if (
        record.precision !== 'exact' ||
        Number(record.lat) !== entry.lat ||
        Number(record.lon) !== entry.lon
      ) {
        problems.push({
          ...at,
          reason: `bag_id: ${bagId} hoort bij precision exact op ${entry.lat ?? ''}, ${entry.lon ?? ''} (${entry.address ?? ''}, data/${GEOCODE_CACHE_FILE}); de rij zegt ${record.precision ?? ''} op ${record.lat ?? ''}, ${record.lon ?? ''}`,
        });
      }
    }
  }
  return problems;
}
