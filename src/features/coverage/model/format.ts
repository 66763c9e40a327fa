/**
 * Number helpers for the Dekking view. Dutch formats everywhere (1.234, 42%),
 * because the readers are Dutch policymakers and residents.
 */

const numberFormat = new Intl.NumberFormat('nl-NL');
const percentFormat = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  maximumFractionDigits: 0,
});
/** 233265 → "233.265". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 0.4213 → "42%"; an empty total gives "0%" rather than NaN. */
export function formatShare(part: number, total: number): string {
  return percentFormat.format(total > 0 ? part / total : 0);
}
