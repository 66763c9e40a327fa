/**
 * How old a claim is. One threshold, one rule, used by the build, `data:check`, the map, the
 * table, the answer and every export, so a source is never current in one view and outdated in
 * another. The browser measures against today, so the map ages without a rebuild; the pipeline
 * measures against the data date.
 */

/** A claim whose source is older than this many years is `verouderd`. */
export const FRESH_YEARS = 3;

/** `actueel`: the source is dated within FRESH_YEARS; `verouderd`: older, or no date known. */
export const CLAIM_AGES = ['actueel', 'verouderd'] as const;
export type ClaimAge = (typeof CLAIM_AGES)[number];

/** How precise a source date is: as the source prints it. */
export type DatePrecision = 'dag' | 'maand' | 'jaar';

export function datePrecision(date: string): DatePrecision {
  if (date.length === 4) return 'jaar';
  if (date.length === 7) return 'maand';
  return 'dag';
}

/**
 * The first day of the period a source date names ("2022-12" → "2022-12-01", "2013" →
 * "2013-01-01"). Ageing counts from that day, so an imprecise date never looks newer than the
 * source may be.
 */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The day FRESH_YEARS before `today` (ISO); sources from before it are verouderd. */
export function freshnessCutoff(today: string): string {
  const year = Number(today.slice(0, 4)) - FRESH_YEARS;
  return `${String(year).padStart(4, '0')}${today.slice(4, 10)}`;
}

/**
 * The age of a claim whose source shows `sourceDate` (day, month or year; undefined when the
 * source shows none), measured on `today` (YYYY-MM-DD). An undated source is verouderd: the day
 * we read it says nothing about when it was true.
 */
export function claimAge(sourceDate: string | undefined, today: string): ClaimAge {
  if (!sourceDate) return 'verouderd';
  return periodStart(sourceDate) >= freshnessCutoff(today) ? 'actueel' : 'verouderd';
}

/** Today in the reader's calendar as YYYY-MM-DD (not UTC, so a Dutch evening is still today). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
