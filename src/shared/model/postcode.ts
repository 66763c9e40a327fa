/** A postcode as typed by a person, split into its PC4 digits and optional letters. */
export interface ParsedPostcode {
  pc4: number;
  letters?: string;
}

const POSTCODE = /^([1-9]\d{3})\s*([a-z]{2})?$/i;

/**
 * Reads "3511", "3511AB" or "3511 ab" (any case, spaces around). Returns undefined for anything
 * else, so a place name that starts with digits is never taken for a postcode.
 */
export function parsePostcode(input: string): ParsedPostcode | undefined {
  const match = POSTCODE.exec(input.trim());
  if (!match?.[1]) return undefined;
  const pc4 = Number(match[1]);
  return match[2] ? { pc4, letters: match[2].toUpperCase() } : { pc4 };
}

/** Writes a full postcode the Dutch way, "1234 AB"; undefined when it is not a full postcode. */
export function formatPostcode(input: string): string | undefined {
  const parsed = parsePostcode(input);
  if (!parsed?.letters) return undefined;
  return `${parsed.pc4} ${parsed.letters}`;
}
