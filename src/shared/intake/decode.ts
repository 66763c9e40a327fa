/**
 * Turns the bytes of a file that should be a CSV into text, or refuses it with a Dutch reason
 * that names the cause and the way out. Spreadsheet programs save "CSV" in several encodings
 * and sometimes save a workbook under a .csv name; guessing wrong would turn "Súdwest-Fryslân"
 * into "S�dwest-Frysl�n" without anyone noticing, so every case is either decoded exactly or
 * refused. Pure code (no Node APIs): the build and the browser share it.
 */

/** The advice every refusal ends with. */
export const SAVE_AS_UTF8 = 'sla het bestand op als CSV UTF-8 (door komma’s gescheiden)';

/** How the text was read. */
export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Worth telling the maintainer (e.g. "converted from Windows-1252"), not wrong. */
  notes: string[];
}

/** The file cannot be read as CSV text; `reason` is Dutch and says what to do. */
export class FileFormatError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'FileFormatError';
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** True when the ASCII text `needle` occurs in the first `limit` bytes (zip entry names are ASCII). */
function containsAscii(bytes: Uint8Array, needle: string, limit = 64 * 1024): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    }
    return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A spreadsheet workbook saved under a .csv name: name the program's format. */
function workbookKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ZIP)) {
    if (containsAscii(bytes, 'opendocument.spreadsheet')) return 'een LibreOffice-werkmap (.ods)';
    if (containsAscii(bytes, 'xl/')) return 'een Excel-werkmap (.xlsx)';
    return 'een zip-bestand (misschien een Excel- of LibreOffice-werkmap)';
  }
  if (startsWith(bytes, OLE2)) return 'een oude Excel-werkmap (.xls)';
  return undefined;
}

/**
 * UTF-16 with or without a byte-order mark ("Unicode-tekst" in Excel): a BOM, or NUL in every
 * other byte of the start of the file.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  return evenNul / pairs > 0.6 || oddNul / pairs > 0.6;
}

/**
 * Typical traces of UTF-8 read as Windows-1252 ("Ã©" for é, "â€™" for ’): in a file that is not
 * valid UTF-8 they mean the file mixes both encodings, which no decoding can repair.
 */
const MOJIBAKE = /Ã[\u0080-\u00bf\u2018-\u203a\u0152-\u0178]|â€/;

/**
 * Windows-1252 bytes 0x80-0x9F (the WHATWG index); all other bytes are their own code point.
 * Written out because Node 20's TextDecoder('windows-1252') reads these bytes as C1 controls
 * (Latin-1), which would turn "€" and curly quotes into invisible characters.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

/** Decodes Windows-1252 exactly, the same in Node and in every browser. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = bytes.subarray(i, i + 0x2000);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b)),
    );
  }
  return out;
}

/**
 * Decodes CSV bytes: UTF-8 (with or without BOM) as is; bytes that are not valid UTF-8 as
 * Windows-1252 (what Excel's plain "CSV" writes on Dutch Windows), with a note. Refuses
 * workbooks, UTF-16 and files that mix encodings, naming the cause.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) {
    throw new FileFormatError('het bestand is leeg (de eerste regel moet de kolomnamen geven)');
  }
  const workbook = workbookKind(bytes);
  if (workbook) {
    throw new FileFormatError(
      `dit is geen CSV-tekst maar ${workbook} met de naam .csv; open het in het rekenblad en ${SAVE_AS_UTF8}`,
    );
  }
  if (looksUtf16(bytes)) {
    throw new FileFormatError(
      `het bestand is opgeslagen als UTF-16 ("Unicode-tekst"); ${SAVE_AS_UTF8}`,
    );
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
      notes: [],
    };
  } catch {
    if (hasBom) {
      throw new FileFormatError(
        `het bestand begint als UTF-8 maar bevat tekens in een andere codering; ${SAVE_AS_UTF8}`,
      );
    }
  }
  const text = decodeWindows1252(body);
  if (MOJIBAKE.test(text)) {
    throw new FileFormatError(
      `het bestand mengt UTF-8 en Windows-1252 (tekens als "Ã©" voor "é"); ${SAVE_AS_UTF8}`,
    );
  }
  return {
    text,
    encoding: 'windows-1252',
    notes: [
      `opgeslagen als Windows-1252 (geen UTF-8) en zo gelezen; ${SAVE_AS_UTF8} om dit te voorkomen`,
    ],
  };
}
