import { woonplaatsCentroids, type WoonplaatsCentroid } from '../../../shared/model/geo';
import type { Gemeente, PlaceSummary, PostcodeTable, Service } from '../../../shared/model/schema';
import { gemeenteNames, withoutSuffix } from '../../../shared/model/gemeente-aliases';
import type { Lexicon } from './lexicon';
import { joinedWords, normalise } from '../../../shared/model/normalise';
import { KIND_KEYWORDS } from './search-text';
import type { SearchHit, SearchSources } from './search-types';

/** A whole name an entry is found by, normalised; `display` replaces the label when it matched. */
export interface EntryKey {
  text: string;
  display?: string;
}

/** Word ids in groups, so entries share one list (a gemeente's names) without copying it. */
export type WordGroups = readonly (readonly number[])[];

/** One searchable thing: its hit and what ranks it. */
export interface Entry {
  hit: SearchHit;
  /** Whole names, for exact and prefix ranking. */
  keys: readonly EntryKey[];
  /** Words in the main name: among equal matches the shorter name ranks first. */
  size: number;
  /** Tie-break among equal matches: inhabitants, counted for a gemeente, estimated for a woonplaats. */
  weight: number;
}

/**
 * Rough inhabitants per PC4 area (17.5 million over about 4,000 areas), so a woonplaats's PC4
 * count compares with a gemeente's population when two equal matches need an order.
 */
const INHABITANTS_PER_PC4 = 4000;

/**
 * Receives each entry with its words by role: its own name; context (organisation, place,
 * gemeente), which matches with a small penalty so "utrecht" ranks the gemeente above a loket
 * that merely lies there; and category words for its kind ("ido"), with a larger one. The word
 * lists are not kept, so they can be thrown away as soon as they are posted.
 */
export type EntrySink = (
  entry: Entry,
  words: WordGroups,
  context: WordGroups,
  category: WordGroups,
) => void;

function wordCount(keys: readonly EntryKey[]): number {
  return keys[0]?.text.split(' ').length ?? 0;
}

/** Keys for a name: the normalised name and, for names of several words, the name run together. */
function nameKeys(name: string, display?: string): EntryKey[] {
  const text = normalise(name);
  if (text === '') return [];
  const joined = joinedWords(text);
  const keys: EntryKey[] = [display ? { text, display } : { text }];
  if (joined) keys.push(display ? { text: joined, display } : { text: joined });
  return keys;
}

/** Word ids of the keys, including the run-together forms, so "denbosch" is a word too. */
function keyWords(keys: readonly EntryKey[], lexicon: Lexicon): number[] {
  return keys.flatMap((key) => lexicon.list(key.text.split(' ')));
}

/** A gemeente with its names worked out once, because every woonplaats and place reuses them. */
interface GemeenteInfo {
  gemeente: Gemeente;
  keys: EntryKey[];
  /** Normalised names, to drop woonplaatsen that merely repeat the gemeente. */
  names: Set<string>;
  /** The words of all its names, as context for the woonplaatsen and places inside it. */
  words: number[];
}

function gemeenteInfo(gemeente: Gemeente, lexicon: Lexicon): GemeenteInfo {
  const names = gemeenteNames(gemeente);
  const normalised = names.map((name) => normalise(name.name));
  return {
    gemeente,
    keys: names.flatMap((name) => nameKeys(name.name, name.display)),
    names: new Set(normalised),
    words: [...new Set(normalised.flatMap((name) => lexicon.list(name.split(' '))))],
  };
}

function addGemeenten(
  gemeenten: ReadonlyMap<string, GemeenteInfo>,
  providers: ReadonlyMap<string, string[]>,
  lexicon: Lexicon,
  sink: EntrySink,
): void {
  for (const { gemeente, keys } of gemeenten.values()) {
    const hit: SearchHit = {
      type: 'gemeente',
      code: gemeente.code,
      provinceName: gemeente.provinceName,
      label: gemeente.name,
    };
    const context = (providers.get(gemeente.code) ?? []).map((provider) => lexicon.text(provider));
    sink(
      { hit, keys, size: wordCount(keys), weight: gemeente.population },
      [keyWords(keys, lexicon)],
      context,
      [],
    );
  }
}

/**
 * Woonplaatsen, minus those named like their own gemeente (Utrecht in Utrecht, Hengelo in
 * Hengelo (O.), Den Haag in 's-Gravenhage): the gemeente hit already covers them.
 */
function addWoonplaatsen(
  woonplaatsen: readonly WoonplaatsCentroid[],
  gemeenten: ReadonlyMap<string, GemeenteInfo>,
  pc4Counts: ReadonlyMap<string, number>,
  lexicon: Lexicon,
  sink: EntrySink,
): void {
  for (const woonplaats of woonplaatsen) {
    const info = gemeenten.get(woonplaats.gemeenteCode);
    if (!info || woonplaats.name === '') continue;
    const { gemeente } = info;
    const stripped = withoutSuffix(woonplaats.name);
    const keys = stripped
      ? [...nameKeys(woonplaats.name), ...nameKeys(stripped)]
      : nameKeys(woonplaats.name);
    if (keys.some((key) => info.names.has(key.text))) continue;
    const hit: SearchHit = {
      type: 'woonplaats',
      name: woonplaats.name,
      gemeenteCode: gemeente.code,
      gemeenteName: gemeente.name,
      label: woonplaats.name,
    };
    const weight =
      (pc4Counts.get(`${woonplaats.name}|${gemeente.code}`) ?? 0) * INHABITANTS_PER_PC4;
    sink({ hit, keys, size: wordCount(keys), weight }, [keyWords(keys, lexicon)], [info.words], []);
  }
}

function addPlaces(
  locations: readonly PlaceSummary[],
  gemeenten: ReadonlyMap<string, GemeenteInfo>,
  services: ReadonlyMap<string, Service>,
  lexicon: Lexicon,
  sink: EntrySink,
): void {
  for (const location of locations) {
    const service = location.serviceId ? services.get(location.serviceId) : undefined;
    const context = [
      lexicon.text(location.organisation),
      lexicon.text(location.address.place),
      gemeenten.get(location.gemeenteCode)?.words ?? [],
    ];
    if (service) context.push(lexicon.text(service.name), lexicon.text(service.provider));
    // No run-together key: nobody types a long place name without spaces.
    const text = normalise(location.name);
    const words = text.split(' ');
    const hit: SearchHit = {
      type: 'place',
      id: location.id,
      kind: location.kind,
      gemeenteCode: location.gemeenteCode,
      woonplaats: location.address.place,
      label: location.name,
    };
    sink({ hit, keys: [{ text }], size: words.length, weight: 0 }, [lexicon.list(words)], context, [
      lexicon.text(KIND_KEYWORDS[location.kind]),
    ]);
  }
}

/** PC4 areas per woonplaats and gemeente, a stand-in for its size when names tie. */
function countPc4(table: PostcodeTable): Map<string, number> {
  const counts = new Map<string, number>();
  table.pc4.forEach((_, i) => {
    const place = table.places[table.place[i] ?? -1];
    const gemeente = table.gemeenten[table.gemeente[i] ?? -1];
    if (place === undefined || gemeente === undefined) return;
    const key = `${place}|${gemeente}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

/** Service providers per gemeente in their service area, so "kwadraad" finds where Kwadraad works. */
function providersByGemeente(services: readonly Service[]): Map<string, string[]> {
  const providers = new Map<string, string[]>();
  for (const service of services) {
    for (const code of service.serviceArea) {
      const list = providers.get(code);
      if (list) list.push(service.provider);
      else providers.set(code, [service.provider]);
    }
  }
  return providers;
}

/** Hands every searchable entry of the sources to `sink`, in a stable order: places, gemeenten, woonplaatsen. */
export function collectEntries(sources: SearchSources, lexicon: Lexicon, sink: EntrySink): void {
  const gemeenten = new Map(
    sources.gemeenten.map((gemeente) => [gemeente.code, gemeenteInfo(gemeente, lexicon)]),
  );
  const services = new Map(sources.services.map((service) => [service.id, service]));
  const table = sources.postcodes;
  const woonplaatsen = sources.woonplaatsen ?? (table ? woonplaatsCentroids(table) : []);
  addPlaces(sources.locations, gemeenten, services, lexicon, sink);
  addGemeenten(gemeenten, providersByGemeente(sources.services), lexicon, sink);
  addWoonplaatsen(
    woonplaatsen,
    gemeenten,
    table ? countPc4(table) : new Map<string, number>(),
    lexicon,
    sink,
  );
}
