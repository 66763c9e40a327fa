/**
 * A small subset of OpenStreetMap `opening_hours` syntax, enough for spreekuren:
 * `Mo-Fr 09:00-12:00,13:00-16:00; Sa 10:00-13:00; PH off`. Anything outside the subset makes the
 * parser return undefined, and the app then shows the hours as text without "nu open".
 */

export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Day = (typeof DAYS)[number];

/** Minutes since midnight, [from, to). */
export type Span = readonly [number, number];

/** Opening spans per day, Monday first. */
export type WeekHours = Record<Day, Span[]>;

const DAY_NAMES_NL: Record<Day, string> = {
  Mo: 'maandag',
  Tu: 'dinsdag',
  We: 'woensdag',
  Th: 'donderdag',
  Fr: 'vrijdag',
  Sa: 'zaterdag',
  Su: 'zondag',
};

function emptyWeek(): WeekHours {
  return { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };
}

function parseTime(text: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

function parseDays(text: string): Day[] | undefined {
  const days: Day[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.split('-') as [string, string | undefined];
    const start = DAYS.indexOf(from as Day);
    const end = to === undefined ? start : DAYS.indexOf(to as Day);
    if (start < 0 || end < start) return undefined;
    days.push(...DAYS.slice(start, end + 1));
  }
  return days;
}

function parseSpans(text: string): Span[] | undefined {
  if (text === 'off' || text === 'closed') return [];
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.split('-');
    const start = from === undefined ? undefined : parseTime(from);
    const end = to === undefined ? undefined : parseTime(to);
    if (start === undefined || end === undefined || end <= start) return undefined;
    spans.push([start, end]);
  }
  return spans;
}

/** Parses the supported subset; `PH off` (public holidays) is accepted and ignored. */
export function parseOpeningHours(text: string): WeekHours | undefined {
  const week = emptyWeek();
  const rules = text
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean);
  if (rules.length === 0) return undefined;
  for (const rule of rules) {
    if (/^PH\s+(off|closed)$/.test(rule)) continue;
    const match = /^([A-Za-z,-]+)\s+(.+)$/.exec(rule);
    if (!match?.[1] || !match[2]) return undefined;
    const days = parseDays(match[1]);
    const spans = parseSpans(match[2].replace(/\s+/g, ''));
    if (!days || !spans) return undefined;
    for (const day of days) week[day] = spans;
  }
  return week;
}

/** The weekday of a Date in the Dutch time zone, Monday first. */
function dutchClock(date: Date): { day: Day; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').slice(0, 2) as Day;
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether the place is open at `date` (Dutch time). Public holidays are not known, so not checked. */
export function isOpenAt(week: WeekHours, date: Date): boolean {
  const { day, minutes } = dutchClock(date);
  return week[day].some(([from, to]) => minutes >= from && minutes < to);
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
}

/** Days in a row with the same hours, so "Mo-Fr 09:00-12:00" reads as one stretch, not five lines. */
export interface DayRun {
  from: Day;
  to: Day;
  spans: readonly Span[];
}

/** The week as runs of days with equal hours, Monday first; closed days are left out. */
export function dayRuns(week: WeekHours): DayRun[] {
  const runs: DayRun[] = [];
  let previous: Day | undefined;
  for (const day of DAYS) {
    const spans = week[day];
    const last = runs.at(-1);
    if (spans.length === 0) {
      previous = undefined;
      continue;
    }
    if (last && previous && last.to === previous && sameSpans(last.spans, spans)) last.to = day;
    else runs.push({ from: day, to: day, spans });
    previous = day;
  }
  return runs;
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return (
    a.length === b.length &&
    a.every((span, i) => {
      const other = b[i];
      return other !== undefined && span[0] === other[0] && span[1] === other[1];
    })
  );
}

/** "woensdag 10.00–12.15" or "maandag tot en met vrijdag 09.00–12.00 en 13.00–16.30, zaterdag 10.00–13.00". */
export function describeRuns(week: WeekHours): string {
  return dayRuns(week)
    .map(({ from, to, spans }) => {
      const days =
        from === to ? DAY_NAMES_NL[from] : `${DAY_NAMES_NL[from]} tot en met ${DAY_NAMES_NL[to]}`;
      const hours = spans.map(([a, b]) => `${formatTime(a)}–${formatTime(b)}`).join(' en ');
      return `${days} ${hours}`;
    })
    .join(', ');
}

/** Lines such as "maandag: 09.00 – 12.00 uur" for every day with hours, for the details panel. */
export function describeWeek(week: WeekHours): { day: string; hours: string }[] {
  return DAYS.filter((day) => week[day].length > 0).map((day) => ({
    day: DAY_NAMES_NL[day],
    hours: `${week[day].map(([from, to]) => `${formatTime(from)} – ${formatTime(to)}`).join(' en ')} uur`,
  }));
}
