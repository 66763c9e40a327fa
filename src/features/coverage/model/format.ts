/**
 * Number, date and link helpers for the Dekking view. Dutch formats everywhere (1.234, 22-11-2026),
 * because the readers are Dutch policymakers and residents.
 */

const numberFormat = new Intl.NumberFormat('nl-NL');
const percentFormat = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  maximumFractionDigits: 0,
});
const shortDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

/** 233265 → "233.265". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 0.4213 → "42%"; an empty total gives "0%" rather than NaN. */
export function formatShare(part: number, total: number): string {
  return percentFormat.format(total > 0 ? part / total : 0);
}

/**
 * An ISO date (YYYY-MM-DD) as Dutch text: "22-11-2026" (short) or "22 november 2026" (long).
 * Read as UTC so the day never shifts with the reader's time zone; anything unreadable is shown as is.
 */
export function formatDate(iso: string, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return (style === 'long' ? longDate : shortDate).format(date);
}

/** Today as ISO date, for the print sheet. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * True only for http(s) URLs. A source may also be a document name; only a web address becomes a
 * link, so a `javascript:` or `data:` value in the data can never end up in an href.
 */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host of a web address without "www.", as short link text ("oogtv.nl"). */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * True when a claim dated `claimIso` is more than three years older than `referenceIso` (the
 * dataset's checkedUntil). Compared as ISO strings, which sort like dates.
 */
export function isOlderThanYears(claimIso: string, referenceIso: string, years = 3): boolean {
  const year = Number(referenceIso.slice(0, 4));
  if (!Number.isInteger(year)) return false;
  const cutoff = `${String(year - years).padStart(4, '0')}${referenceIso.slice(4)}`;
  return claimIso < cutoff;
}
