import { datePrecision } from './freshness';

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A date the way people write it, as precise as it is known: "12 maart 2024", "december 2022"
 * or "2013". A month is never shown as its 1st. Anything unreadable is shown as is.
 */
export function formatDate(date: string): string {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  if (!y || !m || !d || !/^\d{4}(-\d{2}){0,2}$/.test(date)) return date;
  const precision = datePrecision(date);
  if (precision === 'jaar') return String(y);
  const value = new Date(Date.UTC(y, m - 1, d));
  return (precision === 'maand' ? monthFormat : dayFormat).format(value);
}
