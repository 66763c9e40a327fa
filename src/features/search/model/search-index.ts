import { createLexicon } from './lexicon';
import { normalise } from '../../../shared/model/normalise';
import { GENERIC_WORDS } from './search-text';
import { buildPostcodeLookup, searchPostcode, type PostcodeLookup } from './postcode-search';
import { createPostingsBuilder, ROLE_BITS, ROLE_MASK } from './postings';
import { collectEntries, type Entry, type EntryKey } from './search-entries';
import type { PlaceKind } from '../../../shared/model/schema';
import { matchNeeds } from './needs';
import { needHit } from './need-hits';
import type {
  SearchHit,
  SearchHitType,
  SearchOptions,
  SearchResult,
  SearchSources,
} from './search-types';
import { buildVocabulary, expandWord, type Vocabulary } from './vocabulary';

export type { SearchHit, SearchOptions, SearchResult, SearchSources } from './search-types';

/**
 * The search index: entries, the word vocabulary (trigram postings, whose leading trigrams also
 * serve prefixes) and per word the entries that contain it. Built once per dataset; `search` only reads it.
 */
export interface SearchIndex {
  readonly entries: readonly Entry[];
  readonly vocabulary: Vocabulary;
  /**
   * Entries per vocabulary word, as compressed rows: word w has `postings[postingStart[w] ..
   * postingStart[w + 1])`, each entry id × 4 plus its role: 0 name, 1 context, 2 category.
   */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  readonly postcodes: PostcodeLookup;
  /** Per vocabulary word: 1 when it is generic (a kind of help, not a place or a name). */
  readonly generic: Uint8Array;
}

/** Hits per type unless the caller asks otherwise. */
const DEFAULT_LIMIT = 5;
/** One letter finds too much to be useful; postcodes have their own path. */
const MIN_QUERY_LENGTH = 2;
/** Words past this are ignored; nobody types a sentence into a place search. */
const MAX_QUERY_WORDS = 8;
/**
 * Added to a word's score by the role of the word it matched: none for the name, a little for
 * context (organisation, place, gemeente), more for a category word of the kind ("ido" for a
 * record named "Informatiepunt Digitale Overheid …"), so what a record is called counts most.
 */
const ROLE_PENALTY = [0, 0.1, 0.3, 0.3] as const;
/** Weight factor of a query word whose best match is a generic word (see GENERIC_WORDS). */
const GENERIC_WEIGHT = 0.5;
/** An entry must match at least this share of the query, weighted by how rare each word is. */
const MIN_COVERAGE = 0.5;

/**
 * Builds the index from the dataset and PC4 table. Linear in the number of words; no Fuse index
 * is built here, because Fuse only ever sees the few words the trigram postings pick per query.
 */
export function buildSearchIndex(sources: SearchSources): SearchIndex {
  const lexicon = createLexicon();
  const entries: Entry[] = [];
  const builder = createPostingsBuilder();
  collectEntries(sources, lexicon, (entry, words, context, category) => {
    const id = entries.length;
    entries.push(entry);
    // Name first, then context, then category: a word keeps its strongest role.
    for (const group of words) builder.add(id, group, 0);
    for (const group of context) builder.add(id, group, 1);
    for (const group of category) builder.add(id, group, 2);
  });
  const { words } = lexicon;
  const { postingStart, postings } = builder.build(words.length);
  const generic = new Uint8Array(words.length);
  for (const word of GENERIC_WORDS) {
    const id = lexicon.find(word);
    if (id !== undefined) generic[id] = 1;
  }
  const gemeenteNames = new Map(
    sources.gemeenten.map((gemeente) => [gemeente.code, gemeente.name]),
  );
  return {
    entries,
    vocabulary: buildVocabulary(words, lexicon.ids),
    postingStart,
    postings,
    postcodes: buildPostcodeLookup(sources.postcodes, gemeenteNames),
    generic,
  };
}

/** A scored entry on its way to becoming a hit. */
interface Ranked {
  entry: number;
  tier: number;
  score: number;
  display: string | undefined;
}

/**
 * Searches the index. A postcode ("3511", "3511 AB") is looked up exactly; anything else is
 * matched word by word (exact, prefix, then typo-tolerant) and ranked: whole name exact, whole
 * name prefix, every word matched, some words matched. At most `limit` hits per type, best first.
 * Pure and synchronous; blank or one-letter queries give no hits.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  return searchQuery(index, query, options).hits;
}

/**
 * Like `search`, and says whether the first hit is sure enough to take on Enter. Also reads what
 * the query asks for: a need ("schulden" → the kinds of help for debts, listed first) or a scope
 * in front of a name ("gemeente Utrecht", "bibliotheek Sneek", "juridisch loket Zwolle").
 */
export function searchQuery(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit <= 0) return { hits: [], sure: false };
  const postcodes = searchPostcode(index.postcodes, query, limit);
  if (postcodes)
    return { hits: postcodes.hits, sure: postcodes.exact && postcodes.hits.length === 1 };
  const text = normalise(query);
  if (text.length < MIN_QUERY_LENGTH) return { hits: [], sure: false };
  const lastOpen = !/\s$/.test(query);
  const scoped = readScope(text);
  const found = scoped
    ? scopedSearch(index, scoped.scope, scoped.rest, lastOpen, limit)
    : textSearch(index, text, lastOpen, limit);
  const needs = matchNeeds(text, lastOpen).map(({ need, exact }) => ({
    hit: needHit(need),
    exact,
  }));
  if (needs.some((n) => n.exact))
    return { hits: [...needs.map((n) => n.hit), ...found.hits], sure: true };
  if (needs.length === 0) return found;
  // Half a need word: offer the needs, but first what the user may be typing by name.
  const hits = found.sure
    ? [...found.hits, ...needs.map((n) => n.hit)]
    : [...needs.map((n) => n.hit), ...found.hits];
  return { hits, sure: false };
}

/** A hit with how it matched (tier 0: whole name exact, 1: a name starts with it). */
interface Scored {
  hit: SearchHit;
  tier: number;
}

/** The ranked text search, with the tiers kept so sureness can be judged. */
function scoredSearch(
  index: SearchIndex,
  text: string,
  lastOpen: boolean,
  limit: number,
): Scored[] {
  if (text.length < MIN_QUERY_LENGTH) return [];
  const words = text.split(' ').slice(0, MAX_QUERY_WORDS);
  const ranked = rankEntries(index, text, words, lastOpen);
  return topPerType(index, ranked, limit).map((item) => ({
    hit: toHit(index, item),
    tier: item.tier,
  }));
}

/**
 * Sure when one hit alone has the best tier and that tier is a whole name (0) or the only name
 * starting with the query (1): "utrecht" is sure, "bergen" (two gemeenten) and "amsterdm" are not.
 */
function isSure(scored: readonly Scored[]): boolean {
  const [top, second] = scored;
  if (!top || top.tier > 1) return false;
  return !second || second.tier > top.tier;
}

function textSearch(
  index: SearchIndex,
  text: string,
  lastOpen: boolean,
  limit: number,
): SearchResult {
  const scored = scoredSearch(index, text, lastOpen, limit);
  return { hits: scored.map((s) => s.hit), sure: isSure(scored) };
}

/**
 * "gemeente X": gemeenten named X first, then woonplaatsen; no places, which only matched the
 * word "gemeente". "bibliotheek X" and the like: the places of that kind in X first. When X is
 * sure and holds exactly one such place, that place is sure; when it holds several or none, the
 * area is sure, and its answer lists the nearest places of the kind.
 */
function scopedSearch(
  index: SearchIndex,
  scope: Scope,
  rest: string,
  lastOpen: boolean,
  limit: number,
): SearchResult {
  const scored = scoredSearch(index, rest, lastOpen, limit);
  const areas = scored.filter((s) => s.hit.type === 'gemeente' || s.hit.type === 'woonplaats');
  if (scope === 'gemeente') {
    const gemeenten = areas.filter((s) => s.hit.type === 'gemeente');
    const others = areas.filter((s) => s.hit.type !== 'gemeente');
    return { hits: [...gemeenten, ...others].map((s) => s.hit), sure: isSure(gemeenten) };
  }
  const places = scored.filter((s) => s.hit.type === 'place' && s.hit.kind === scope);
  const area = isSure(areas) ? areas[0]?.hit : undefined;
  const inArea = area ? places.filter((s) => liesIn(s.hit, area)) : [];
  const [only] = inArea;
  if (only && inArea.length === 1) {
    const others = [...places, ...areas].filter((s) => s !== only).map((s) => s.hit);
    return { hits: [only.hit, ...others], sure: true };
  }
  if (area) {
    const others = [...places, ...areas].map((s) => s.hit).filter((hit) => hit !== area);
    return { hits: [area, ...others], sure: true };
  }
  return { hits: [...places, ...areas].map((s) => s.hit), sure: false };
}

/** Whether a place hit lies in a gemeente or woonplaats hit. */
function liesIn(place: SearchHit, area: SearchHit): boolean {
  if (place.type !== 'place') return false;
  if (area.type === 'gemeente') return place.gemeenteCode === area.code;
  if (area.type === 'woonplaats')
    return place.gemeenteCode === area.gemeenteCode && place.woonplaats === area.name;
  return false;
}

/** What a query scopes itself to: gemeenten, or one kind of place. */
type Scope = 'gemeente' | PlaceKind;

/** Words in front of a name that say what is sought; longest first, so "het juridisch loket" wins. */
const SCOPE_WORDS: readonly (readonly [string, Scope])[] = (
  [
    ['gemeente', 'gemeente'],
    ['gem', 'gemeente'],
    ['informatiepunt digitale overheid', 'ido'],
    ['informatiepunt', 'ido'],
    ['bibliotheek', 'ido'],
    ['bieb', 'ido'],
    ['ido', 'ido'],
    ['het juridisch loket', 'juridisch-loket'],
    ['juridisch loket', 'juridisch-loket'],
    ['juridische loket', 'juridisch-loket'],
    ['hjl', 'juridisch-loket'],
    ['sociaal raadsliedenwerk', 'sociaal-raadslieden'],
    ['sociaal raadslieden', 'sociaal-raadslieden'],
    ['sociaal raadsman', 'sociaal-raadslieden'],
    ['sociaal raadsvrouw', 'sociaal-raadslieden'],
    ['raadslieden', 'sociaal-raadslieden'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** The scope and the name after it, or undefined when the query starts with no scope word. */
function readScope(text: string): { scope: Scope; rest: string } | undefined {
  for (const [words, scope] of SCOPE_WORDS) {
    if (text.startsWith(`${words} `)) {
      const rest = text.slice(words.length + 1).replace(/^(?:in|te|van) /, '');
      if (rest.length >= MIN_QUERY_LENGTH) return { scope, rest };
    }
  }
  return undefined;
}

/** Per entry and query word the best word score (1 = no match), over the entries touched. */
function matchWords(index: SearchIndex, words: readonly string[], lastOpen: boolean) {
  const entryCount = index.entries.length;
  const scores = new Float32Array(entryCount * words.length).fill(1);
  const seen = new Uint8Array(entryCount);
  const touched: number[] = [];
  const entriesPerWord = words.map(() => 0);
  const generic = words.map(() => false);
  words.forEach((word, w) => {
    const open = lastOpen && w === words.length - 1;
    let best = Infinity;
    for (const match of expandWord(index.vocabulary, word, open)) {
      if (match.score < best) {
        best = match.score;
        generic[w] = index.generic[match.word] === 1;
      }
      const end = index.postingStart[match.word + 1] ?? 0;
      for (let at = index.postingStart[match.word] ?? 0; at < end; at += 1) {
        const posting = index.postings[at] ?? 0;
        const entry = posting >> ROLE_BITS;
        const slot = entry * words.length + w;
        const score = match.score + (ROLE_PENALTY[posting & ROLE_MASK] ?? 0);
        const previous = scores[slot] ?? 1;
        if (score >= previous) continue;
        if (previous === 1) entriesPerWord[w] = (entriesPerWord[w] ?? 0) + 1;
        scores[slot] = score;
        if (seen[entry]) continue;
        seen[entry] = 1;
        touched.push(entry);
      }
    }
  });
  return { scores, touched, entriesPerWord, generic };
}

/**
 * Scores every touched entry. Rare words weigh more (like IDF), generic words less, so in
 * "bibliotheek amstrdam" the place name decides, not the word every library shares. Words that
 * match nothing are left out: they are typos too far gone or noise, and should not sink the words
 * that did match.
 */
function rankEntries(
  index: SearchIndex,
  text: string,
  words: readonly string[],
  lastOpen: boolean,
): Ranked[] {
  const { scores, touched, entriesPerWord, generic } = matchWords(index, words, lastOpen);
  const entryCount = index.entries.length;
  const weights = entriesPerWord.map((count, w) => {
    if (count === 0) return 0;
    const idf = 1 + Math.log(entryCount / (1 + count));
    return generic[w] ? idf * GENERIC_WEIGHT : idf;
  });
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const ranked: Ranked[] = [];
  for (const entry of touched) {
    let matched = 0;
    let weighted = 0;
    let complete = true;
    for (const [w, weight] of weights.entries()) {
      if (weight === 0) continue;
      const score = scores[entry * words.length + w] ?? 1;
      if (score < 1) matched += weight;
      else complete = false;
      weighted += weight * score;
    }
    if (matched < MIN_COVERAGE * totalWeight) continue;
    const keyMatch = matchKeys(index.entries[entry]?.keys ?? [], text, lastOpen);
    const tier = keyMatch ? keyMatch.tier : complete ? 2 : 3;
    ranked.push({ entry, tier, score: weighted / totalWeight, display: keyMatch?.display });
  }
  return ranked;
}

/** Tier 0 when a whole name equals the query, 1 when one starts with it (still typing). */
function matchKeys(keys: readonly EntryKey[], text: string, lastOpen: boolean) {
  const exact = keys.find((key) => key.text === text);
  if (exact) return { tier: 0, display: exact.display };
  if (!lastOpen) return undefined;
  const prefix = keys.find((key) => key.text.startsWith(text));
  return prefix ? { tier: 1, display: prefix.display } : undefined;
}

/** One collator for every comparison: `localeCompare(…, 'nl')` would build one per call. */
const collator = new Intl.Collator('nl');

/** Scores closer than 1/SCORE_STEPS count as equal, so size and population decide near-ties. */
const SCORE_STEPS = 50;

/** Best first: tier, score, shorter name, bigger place, then label for a stable order. */
function compareRanked(index: SearchIndex, a: Ranked, b: Ranked): number {
  const entryA = index.entries[a.entry];
  const entryB = index.entries[b.entry];
  if (!entryA || !entryB) return 0;
  return (
    a.tier - b.tier ||
    Math.round(a.score * SCORE_STEPS) - Math.round(b.score * SCORE_STEPS) ||
    entryA.size - entryB.size ||
    entryB.weight - entryA.weight ||
    collator.compare(entryA.hit.label, entryB.hit.label)
  );
}

/** Keeps the best `limit` per type with insertion into short sorted lists, then merges them. */
function topPerType(index: SearchIndex, ranked: readonly Ranked[], limit: number): Ranked[] {
  const lists = new Map<SearchHitType, Ranked[]>();
  for (const item of ranked) {
    const type = index.entries[item.entry]?.hit.type;
    if (!type) continue;
    const list = lists.get(type) ?? [];
    lists.set(type, list);
    const last = list[list.length - 1];
    if (list.length >= limit && last && compareRanked(index, item, last) >= 0) continue;
    let at = list.length;
    while (at > 0 && compareRanked(index, item, list[at - 1] ?? item) < 0) at -= 1;
    list.splice(at, 0, item);
    if (list.length > limit) list.pop();
  }
  return [...lists.values()].flat().sort((a, b) => compareRanked(index, a, b));
}

function toHit(index: SearchIndex, item: Ranked): SearchHit {
  const hit = index.entries[item.entry]?.hit;
  if (!hit) throw new Error(`search: no entry ${item.entry}`);
  return item.display ? { ...hit, label: item.display } : hit;
}
