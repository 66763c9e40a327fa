/**
 * Checks on the text of a single cell that no column rule would catch: characters you cannot
 * see (a zero-width space copied from a web page makes two ids that look the same differ, a
 * bidi control can make text read backwards) and cells so long they are surely a paste error.
 */

/** The longest cell accepted; the longest real note in the dataset is under 1,000 characters. */
export const MAX_CELL_LENGTH = 2000;

/** Code point ranges (inclusive) of characters that cannot be seen. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008], // C0 controls; tab (0x09) and line breaks (0x0a, 0x0d) are allowed
  [0x000b, 0x000c],
  [0x000e, 0x001f],
  [0x007f, 0x009f], // DEL and C1 controls
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width characters, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner and invisible operators
  [0x2066, 0x206f], // bidi isolates and deprecated format characters
  [0xfeff, 0xfeff], // byte order mark inside text
  [0xfff9, 0xfffb], // interlinear annotation marks
];

/** True for a character that cannot be seen (controls, zero-width, bidi controls, ...). */
export function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}

const NAMES: Record<number, string> = {
  0x0000: 'NUL',
  0x00ad: 'zacht afbreekstreepje',
  0x061c: 'Arabisch letterteken (richting)',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte order mark',
};

/** "U+200B" for a character. */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every invisible character written out, e.g. "ido-⟨U+200B⟩bieb". */
export function showInvisible(value: string): string {
  let out = '';
  for (const ch of value) out += isInvisible(ch) ? `⟨${codePointLabel(ch)}⟩` : ch;
  return out;
}

/** The invisible characters in a value, in order of appearance (each once). */
export function invisibleCharacters(value: string): string[] {
  const found = new Set<string>();
  for (const ch of value) if (isInvisible(ch)) found.add(ch);
  return [...found];
}

/**
 * A Dutch reason when the cell holds invisible characters or is too long, else undefined.
 * The value is shown with the invisible characters made visible (shortened around the first).
 */
export function cellTextProblem(column: string, value: string): string | undefined {
  if (value.length > MAX_CELL_LENGTH) {
    return `${column}: de cel is ${value.length.toLocaleString('nl-NL')} tekens lang, meer dan ${MAX_CELL_LENGTH.toLocaleString('nl-NL')}; kort de tekst in (staat er een hele pagina in één cel geplakt?)`;
  }
  const found = invisibleCharacters(value);
  const [first] = found;
  if (first === undefined) return undefined;
  const names = found
    .map((ch) => {
      const name = NAMES[ch.codePointAt(0) ?? -1];
      return name ? `${codePointLabel(ch)} (${name})` : `${codePointLabel(ch)} (stuurteken)`;
    })
    .join(', ');
  const at = value.indexOf(first);
  const start = Math.max(0, at - 30);
  const excerpt = `${start > 0 ? '…' : ''}${showInvisible(value.slice(start, at + 40))}${at + 40 < value.length ? '…' : ''}`;
  return `${column}: bevat een onzichtbaar teken ${names}: "${excerpt}"; typ de tekst opnieuw of verwijder het teken`;
}
