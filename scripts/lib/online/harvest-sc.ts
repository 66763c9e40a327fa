import { dutchToday, isFutureDate, parseDateInput } from '../../../src/shared/intake/dates';
import type { Candidate } from '../review/queue';
import { addressQuery, matchAddress, type GeocodeEntry } from './geocode';
import type { HttpOptions } from './http';
import { freeSearch } from './locatieserver';
import { scQuery, searchSc, type ScRecord, type ScSearchOptions } from './samenwerkende-catalogi';

/**
 * Harvest round over Samenwerkende Catalogi: every gemeente product page that speaks of sociaal
 * raadslieden (or a sociaaljuridisch spreekuur) becomes a candidate evidence row for review; a
 * page that gives a street address with postcode also yields a candidate location, positioned
 * by PDOK Locatieserver when the BAG has exactly that address.
 */

export const HARVESTER = 'samenwerkende-catalogi';

/** The keywords searched (the SRU `keyword` index covers title and text). */
export const SC_TERMS = [
  'sociaal raadslieden',
  'sociaal raadsman',
  'sociaal raadsvrouw',
  'sociaal raadsliedenwerk',
  'sociale raadslieden',
  'sociaal juridisch spreekuur',
  'sociaaljuridisch spreekuur',
] as const;

/**
 * What a match means. Only the words sociaal raadslieden/-raadsman/-raadsvrouw count as
 * sociaal raadsliedenwerk; a sociaaljuridisch spreekuur is other help (the data rules: a
 * "sociaaljuridische" service alone is no evidence either way).
 */
const MATCHERS: readonly { kind: 'sociaal-raadslieden' | 'ander-aanbod'; pattern: RegExp }[] = [
  {
    kind: 'sociaal-raadslieden',
    pattern: /\bsocia(?:al|le)[\s-]+raads(?:lieden(?:werk)?|man|vrouw|lid)\b/iu,
  },
  {
    kind: 'ander-aanbod',
    pattern: /\bsociaal[\s-]?juridisch(?:e)?\s+(?:spreekuur|hulp|advies|dienstverlening|loket)\b/iu,
  },
];

/** A gemeente as the harvester needs it. */
export interface GemeenteName {
  code: string;
  name: string;
}

/** Lower case, no accents or punctuation: "Bergen (NH.)" and "Bergen (NH)" are one gemeente. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The gemeente that published a record: by its authority name, else by the last part of its URI. */
export function gemeenteOf(
  record: ScRecord,
  byName: ReadonlyMap<string, GemeenteName>,
): GemeenteName | undefined {
  if (record.authorityScheme && !/gemeente/i.test(record.authorityScheme)) return undefined;
  const fromName = record.authority ? byName.get(foldName(record.authority)) : undefined;
  if (fromName) return fromName;
  const tail = record.authorityUri?.split('/').pop();
  return tail ? byName.get(foldName(decodeURIComponent(tail))) : undefined;
}

/** The sentence around the first match, at most 300 characters. */
export function matchedSentence(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.search(/[^.!?]*$/u), 0);
  const rest = text.slice(index + length);
  const endRel = rest.search(/[.!?](\s|$)/u);
  const end = endRel < 0 ? text.length : index + length + endRel + 1;
  const sentence = text.slice(start, end).trim().replace(/\s+/g, ' ');
  return sentence.length > 300 ? `${sentence.slice(0, 297)}…` : sentence;
}

/** A short stable hash (FNV-1a, 32 bit) for ids of pages without a product id. */
export function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const slug = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

/** A street address with postcode in running text: "Markt 1, 5171 AA Kaatsheuvel". */
const ADDRESS =
  /(\p{Lu}[\p{L}'.-]*(?:\s+[\p{L}'.-]+){0,3})\s+(\d{1,5}\s?[a-zA-Z]?(?:-\d{1,3})?)\s*,?\s+([1-9]\d{3}\s?[A-Z]{2})\s+(\p{Lu}[\p{L}'-]+(?:[\s-]\p{Lu}[\p{L}'-]+){0,2})/u;

export interface AddressInText {
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
}

export function addressInText(text: string): AddressInText | undefined {
  const m = ADDRESS.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return undefined;
  return { street: m[1], houseNumber: m[2], postcode: m[3], place: m[4] };
}

/** Counts of everything the harvester saw, so nothing is left out without a number. */
export interface HarvestCounts {
  records: number;
  skippedWithoutTitleOrUrl: number;
  notAGemeente: number;
  noTermInText: number;
  evidence: number;
  locations: number;
  addressesNotExact: number;
}

/** A date from the catalogue that may go into source_date: a real, past date, else empty. */
function usableDate(value: string | undefined, today: string): string {
  if (!value) return '';
  const parsed = parseDateInput(value, { partial: true });
  return parsed.ok && !isFutureDate(parsed.date.iso, today) ? parsed.date.iso : '';
}

/** Turns the records of one search into candidates (pure apart from the optional geocoding). */
export async function candidatesFromRecords(
  records: readonly ScRecord[],
  gemeenten: readonly GemeenteName[],
  options: { today: string; geocode?: HttpOptions & { base?: string } },
): Promise<{ candidates: Candidate[]; counts: HarvestCounts; geocoded: GeocodeEntry[] }> {
  const geocoded: GeocodeEntry[] = [];
  const byName = new Map(gemeenten.map((g) => [foldName(g.name), g]));
  const counts: HarvestCounts = {
    records: records.length,
    skippedWithoutTitleOrUrl: 0,
    notAGemeente: 0,
    noTermInText: 0,
    evidence: 0,
    locations: 0,
    addressesNotExact: 0,
  };
  const candidates = new Map<string, Candidate>();
  for (const record of records) {
    const gemeente = gemeenteOf(record, byName);
    if (!gemeente) {
      counts.notAGemeente += 1;
      continue;
    }
    const text = `${record.title}. ${record.abstract}`;
    const hit = MATCHERS.map((m) => ({ ...m, match: m.pattern.exec(text) })).find((m) => m.match);
    if (!hit?.match) {
      counts.noTermInText += 1;
      continue;
    }
    const matchedText = matchedSentence(text, hit.match.index, hit.match[0].length);
    const pageKey = record.productId ? slug(record.productId) : shortHash(record.url);
    const sourceDate = usableDate(record.modified, options.today);
    const common = {
      harvester: HARVESTER,
      gemeenteCode: gemeente.code,
      source: record.url,
      sourceTitle: record.title,
      sourceDate,
      harvestedOn: options.today,
      matchedText,
    };
    const provenance = {
      source: record.url,
      source_title: record.title,
      source_date: sourceDate,
      source_date_how: sourceDate ? 'vermeld' : '',
    };
    const evidenceId = `ev-${gemeente.code.toLowerCase()}-sc-${pageKey}`;
    candidates.set(evidenceId, {
      ...common,
      candidateId: evidenceId,
      targetFile: 'evidence.csv',
      proposed: {
        id: evidenceId,
        gemeente_code: gemeente.code,
        kind: hit.kind,
        status: hit.kind === 'sociaal-raadslieden' ? 'wel' : '',
        basis: 'vermeld',
        note: `Productpagina van gemeente ${gemeente.name} in Samenwerkende Catalogi: "${matchedText}"${sourceDate ? ' (datum: laatst gewijzigd volgens de catalogus)' : ''}`,
        ...provenance,
      },
    });
    counts.evidence += 1;

    const address = hit.kind === 'sociaal-raadslieden' ? addressInText(record.abstract) : undefined;
    if (address && options.geocode) {
      const input = { ...address, gemeenteCode: gemeente.code };
      const query = addressQuery(input);
      const { docs } = await freeSearch({ q: query, fq: ['type:adres'] }, options.geocode);
      const found = matchAddress(input, docs);
      // Kept in the geocode cache, so an accepted location's position stays traceable.
      geocoded.push({ query, checkedOn: options.today, ...found });
      if (found.status !== 'exact' || found.lat === undefined || found.lon === undefined) {
        counts.addressesNotExact += 1;
        continue;
      }
      const locationId = `srl-${slug(gemeente.name)}-sc-${pageKey}`;
      candidates.set(locationId, {
        ...common,
        candidateId: locationId,
        targetFile: 'locations-sociaal-raadslieden.csv',
        matchedText: `${matchedText} | adres: ${found.address ?? ''}`,
        proposed: {
          id: locationId,
          kind: 'sociaal-raadslieden',
          name: record.title,
          organisation: '',
          street: address.street,
          house_number: address.houseNumber,
          postcode: address.postcode,
          place: address.place,
          gemeente_code: gemeente.code,
          lat: String(found.lat),
          lon: String(found.lon),
          bag_id: found.bagId ?? '',
          precision: 'exact',
          ...provenance,
        },
      });
      counts.locations += 1;
    }
  }
  return { candidates: [...candidates.values()], counts, geocoded };
}

/** Searches the catalogue (online) and returns candidates; `authority` narrows to one gemeente. */
export async function harvestSamenwerkendeCatalogi(
  gemeenten: readonly GemeenteName[],
  options: ScSearchOptions & {
    today?: string;
    authority?: string;
    /** Look up addresses found in the pages at PDOK (default true). */
    geocode?: boolean;
    /** Another Locatieserver URL (tests). */
    pdokBase?: string;
  } = {},
): Promise<{
  candidates: Candidate[];
  counts: HarvestCounts;
  geocoded: GeocodeEntry[];
  requests: string[];
  total: number;
}> {
  const today = options.today ?? dutchToday(new Date());
  const search = await searchSc(scQuery(SC_TERMS, options.authority), options);
  const http: HttpOptions & { base?: string } = {
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.pdokBase ? { base: options.pdokBase } : {}),
  };
  const result = await candidatesFromRecords(search.records, gemeenten, {
    today,
    ...(options.geocode === false ? {} : { geocode: http }),
  });
  result.counts.skippedWithoutTitleOrUrl = search.skipped;
  return { ...result, requests: search.requests, total: search.total };
}
