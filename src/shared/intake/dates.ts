/**
 * Dates as people type them in a spreadsheet. ISO (2024-03-12) and the Dutch day-month-year
 * (12-03-2024, or 12-3-2024 as Dutch Excel writes it) are read; a source date may also be only a
 * month (2024-03, 03-2024) or a year (2024), and keeps that precision: it is never padded to the
 * first of the month, because "March 2024" is not "1 March 2024".
 */

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  precision: DatePrecision;
}

export type DateResult = { ok: true; date: ParsedDate } | { ok: false; reason: string };

/** The forms named in every refusal, so the fix is on the screen. */
export const DAY_FORMS = 'jjjj-mm-dd (2024-03-12) of dd-mm-jjjj (12-03-2024)';
export const PARTIAL_FORMS = `${DAY_FORMS}, alleen jaar en maand (2024-03 of 03-2024) of alleen het jaar (2024)`;

/** Dates before this year are typing errors in this dataset (its oldest source is from 2004). */
const MIN_YEAR = 1900;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a date cell. With `partial`, a month or a year alone is accepted (for source dates);
 * otherwise a full day is required (for the day a source was checked).
 */
export function parseDateInput(value: string, options: { partial: boolean }): DateResult {
  const v = value.trim();
  const forms = options.partial ? PARTIAL_FORMS : DAY_FORMS;
  const refuse = (why: string): DateResult => ({ ok: false, reason: `${why}; schrijf ${forms}` });

  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})-(\d{1,2})$/.exec(v))) {
    [y, m] = [Number(match[1]), Number(match[2])];
  } else if ((match = /^(\d{1,2})-(\d{4})$/.exec(v))) {
    [m, y] = [Number(match[1]), Number(match[2])];
  } else if ((match = /^(\d{4})$/.exec(v))) {
    y = Number(match[1]);
  } else if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(v)) {
    return refuse(`"${v}": het jaar heeft maar twee cijfers`);
  } else {
    return refuse(`"${v}" is geen datum in een bekende vorm`);
  }

  if (y < MIN_YEAR) return refuse(`"${v}": het jaar ${y} is niet aannemelijk`);
  if (m !== undefined && (m < 1 || m > 12)) return refuse(`"${v}": maand ${m} bestaat niet`);
  if (d !== undefined && m !== undefined && !validDay(y, m, d)) {
    return refuse(`"${v}": die dag bestaat niet`);
  }
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  if (!options.partial && precision !== 'day') {
    return refuse(`"${v}" is geen volledige datum`);
  }
  const iso =
    precision === 'day'
      ? `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`
      : precision === 'month'
        ? `${y}-${pad(m ?? 1)}`
        : String(y);
  return { ok: true, date: { iso, precision } };
}

/** The first day a (partial) ISO date can mean: 2024 → 2024-01-01, 2024-03 → 2024-03-01. */
export function earliestDay(iso: string): string {
  const [y = '', m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}`;
}

/** True when every day a (partial) date can mean lies after `todayIso` (YYYY-MM-DD). */
export function isFutureDate(iso: string, todayIso: string): boolean {
  return earliestDay(iso) > todayIso;
}

/** Today's date in the Netherlands as YYYY-MM-DD (a maintainer working at 00:30 is not in the future). */
export function dutchToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
