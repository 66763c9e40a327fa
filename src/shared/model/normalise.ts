/**
 * Text normalisation shared by the search index and the queries run against it. Both sides go
 * through the same function, so "'s-Gravenhage", "s gravenhage" and "S-GRAVENHAGE" meet in the
 * middle as "s gravenhage", and "Súdwest-Fryslân" as "sudwest fryslan".
 */

/** Apostrophes people type or paste: straight, curly, backtick, acute. Dropped, not spaced. */
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;

/** Combining marks left after NFKD decomposition (the accents of é, â, ë). */
const COMBINING_MARKS = /\p{M}/gu;

/** Letters that do not decompose under NFKD but have an obvious plain spelling. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};
const FOLDABLE = /[ßæøœłđþ]/g;

const ASCII_APOSTROPHES = /['`]/g;

/** Already normalised: words of a-z and 0-9 with single spaces between them. Most names are. */
const CLEAN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Printable ASCII needs no Unicode decomposition: the fast path for most names and queries. */
const ASCII = /^[\x20-\x7e]*$/;

/** Anything that is not a plain letter or digit separates words (hyphens, dots, brackets, commas). */
const SEPARATORS = /[^a-z0-9]+/g;

/**
 * Lower case, accents stripped, apostrophes dropped (so "'s-" becomes "s " and "'t " becomes
 * "t "), every other non-alphanumeric run turned into one space, trimmed. NFKD rather than NFD so
 * the Dutch ligature "ĳ" (U+0133) becomes "ij" too.
 */
export function normalise(text: string): string {
  if (ASCII.test(text)) return normaliseAscii(text);
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * The same result as the full path for plain ASCII input, skipping the Unicode steps: building
 * an index normalises tens of thousands of names, and most of them are ASCII.
 */
function normaliseAscii(text: string): string {
  const lower = text.toLowerCase();
  if (CLEAN.test(lower)) return lower;
  return lower.replace(ASCII_APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

/** The words of `text` after normalisation; empty for blank input. */
export function tokens(text: string): string[] {
  const plain = normalise(text);
  return plain === '' ? [] : plain.split(' ');
}

/**
 * The name written as one word ("den bosch" → "denbosch"), so a query typed without spaces still
 * meets it exactly. Undefined for one-word names, where it would add nothing.
 */
export function joinedWords(normalised: string): string | undefined {
  return normalised.includes(' ') ? normalised.replaceAll(' ', '') : undefined;
}
