import Fuse from 'fuse.js';

/**
 * The word list of the index and the way into it that keeps fuzzy search fast: trigram postings
 * (compressed rows, integer-coded grams, no strings) that pick a few dozen likely words before
 * Fuse scores them. Fuse then runs over those few words, never over every record. The leading
 * trigram (" ut" for "utrecht") doubles as the prefix index, so no sorted word list is needed.
 */
export interface Vocabulary {
  /** Every distinct normalised word; a word's id is its position. */
  readonly words: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  /** Words containing gram g are `gramWords[gramStart[g] .. gramStart[g + 1])`. */
  readonly gramStart: Int32Array;
  readonly gramWords: Int32Array;
}

/** A word of the vocabulary that a query word matched, with a score: 0 is exact, higher is worse. */
export interface WordMatch {
  word: number;
  score: number;
}

/** Normalised words use a-z and 0-9; with the padding space that is 37 symbols per position. */
const SYMBOLS = 37;
const GRAM_SPACE = SYMBOLS ** 3;

/** Prefix expansion stops here so a one-letter prefix cannot fan out over the whole word list. */
const MAX_PREFIX_WORDS = 512;
/** Words handed to Fuse per query word: enough for every plausible typo, few enough to be cheap. */
const MAX_FUZZY_CANDIDATES = 40;
/** Shorter query words are matched exactly or as prefix only; a typo in "ido" is guesswork. */
const MIN_FUZZY_LENGTH = 4;
/** Bitap score limit: one typo per three letters, so "zwole" → "zwolle" but not "zeist". */
const FUSE_THRESHOLD = 0.34;

/** Score bands, so exact beats prefix beats fuzzy for the same word. */
const PREFIX_OPEN = 0.02;
const PREFIX_CLOSED = 0.15;
const FUZZY_BASE = 0.1;

/** Symbol of position `p` of " word " (0 and length + 1 are the padding spaces). */
function symbol(word: string, p: number): number {
  if (p <= 0 || p > word.length) return 0;
  const code = word.charCodeAt(p - 1);
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return 0;
}

/**
 * Integer codes of the trigrams of " word " without repeats; `open` leaves out the end, for a
 * word still being typed, so "utr" does not demand that a word end after the r.
 */
export function gramCodes(word: string, open = false): number[] {
  // " word " has word.length windows of three; a word being typed drops the last one.
  const last = open ? word.length - 2 : word.length - 1;
  const codes: number[] = [];
  for (let p = 0; p <= last; p += 1) {
    const code = (symbol(word, p) * SYMBOLS + symbol(word, p + 1)) * SYMBOLS + symbol(word, p + 2);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/**
 * Builds the vocabulary from distinct words (ids follow their order; pass `ids` when the caller
 * already has that map). Two passes over integer gram codes, no gram strings.
 */
export function buildVocabulary(
  words: readonly string[],
  ids: ReadonlyMap<string, number> = new Map(words.map((word, id) => [word, id])),
): Vocabulary {
  const gramStart = new Int32Array(GRAM_SPACE + 1);
  const perWord = words.map((word) => gramCodes(word));
  for (const codes of perWord)
    for (const code of codes) gramStart[code + 1] = (gramStart[code + 1] ?? 0) + 1;
  for (let g = 0; g < GRAM_SPACE; g += 1)
    gramStart[g + 1] = (gramStart[g + 1] ?? 0) + (gramStart[g] ?? 0);
  const fill = gramStart.slice(0, GRAM_SPACE);
  const gramWords = new Int32Array(gramStart[GRAM_SPACE] ?? 0);
  perWord.forEach((codes, id) => {
    for (const code of codes) {
      const at = fill[code] ?? 0;
      gramWords[at] = id;
      fill[code] = at + 1;
    }
  });
  return { words, ids, gramStart, gramWords };
}

function wordsWithGram(vocab: Vocabulary, code: number): Int32Array {
  return vocab.gramWords.subarray(vocab.gramStart[code] ?? 0, vocab.gramStart[code + 1] ?? 0);
}

/**
 * The vocabulary words a query word may mean: the word itself, words it starts (cheap when the
 * word is still being typed), and typo matches scored by Fuse.
 */
export function expandWord(vocab: Vocabulary, query: string, open: boolean): WordMatch[] {
  const matches = new Map<number, number>();
  const exact = vocab.ids.get(query);
  if (exact !== undefined) matches.set(exact, 0);
  if (open || query.length >= 3) addPrefixMatches(vocab, query, open, matches);
  if (query.length >= MIN_FUZZY_LENGTH) addFuzzyMatches(vocab, query, open, matches);
  return [...matches].map(([word, score]) => ({ word, score }));
}

/** Words starting with `query`, found through the leading trigram(s) " xy". */
function addPrefixMatches(
  vocab: Vocabulary,
  query: string,
  open: boolean,
  matches: Map<number, number>,
): void {
  const first = symbol(query, 1) * SYMBOLS;
  const seconds =
    query.length >= 2 ? [symbol(query, 2)] : Array.from({ length: SYMBOLS }, (_, s) => s);
  let added = 0;
  for (const second of seconds) {
    for (const id of wordsWithGram(vocab, first + second)) {
      const word = vocab.words[id] ?? '';
      if (word === query || !word.startsWith(query)) continue;
      const extra = (word.length - query.length) / word.length;
      matches.set(id, open ? PREFIX_OPEN + 0.08 * extra : PREFIX_CLOSED + 0.1 * extra);
      added += 1;
      if (added >= MAX_PREFIX_WORDS) return;
    }
  }
}

function addFuzzyMatches(
  vocab: Vocabulary,
  query: string,
  open: boolean,
  matches: Map<number, number>,
): void {
  const candidates = fuzzyCandidates(vocab, query, open).filter((id) => !matches.has(id));
  if (candidates.length === 0) return;
  const fuse = new Fuse(
    candidates.map((id) => vocab.words[id] ?? ''),
    {
      includeScore: true,
      isCaseSensitive: true,
      ignoreFieldNorm: true,
      shouldSort: false,
      threshold: FUSE_THRESHOLD,
      location: 0,
      distance: 32,
    },
  );
  for (const result of fuse.search(query)) {
    const id = candidates[result.refIndex];
    if (id === undefined) continue;
    const word = vocab.words[id] ?? '';
    const lengthGap = open
      ? 0
      : Math.abs(word.length - query.length) / Math.max(word.length, query.length);
    matches.set(id, FUZZY_BASE + (result.score ?? FUSE_THRESHOLD) + 0.1 * lengthGap);
  }
}

/**
 * Words sharing enough trigrams with the query (Dice coefficient, or query coverage for a word
 * still being typed), at most MAX_FUZZY_CANDIDATES, most similar first.
 */
function fuzzyCandidates(vocab: Vocabulary, query: string, open: boolean): number[] {
  const queryGrams = gramCodes(query, open);
  const counts = new Map<number, number>();
  for (const code of queryGrams) {
    for (const id of wordsWithGram(vocab, code)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const scored: { id: number; similarity: number }[] = [];
  for (const [id, shared] of counts) {
    const length = (vocab.words[id] ?? '').length;
    if (open ? length < query.length - 2 : Math.abs(length - query.length) > 3) continue;
    const similarity = open
      ? shared / queryGrams.length
      : (2 * shared) / (queryGrams.length + length);
    if (similarity >= (open ? 0.4 : 0.35)) scored.push({ id, similarity });
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
  return scored.slice(0, MAX_FUZZY_CANDIDATES).map((entry) => entry.id);
}
