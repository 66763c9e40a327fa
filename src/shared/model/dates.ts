/** "12 maart 2024" for an ISO date; dates are shown the way people write them. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** True when a fact dated `iso` is more than three years older than `reference`. */
export function isOlderThanThreeYears(iso: string, reference: Date): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return false;
  const limit = new Date(
    Date.UTC(reference.getUTCFullYear() - 3, reference.getUTCMonth(), reference.getUTCDate()),
  );
  return Date.UTC(y, m - 1, d) < limit.getTime();
}
