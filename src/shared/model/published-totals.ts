/**
 * Published national totals the map measures itself against, each with its source, so "Over
 * deze kaart" and the answer ("Deze kaart kent nog niet alle IDO's (95 van de 823)") say the
 * same number.
 */

/** IDO's in the Netherlands at the end of 2024: AEF, evaluatie POK-middelen (2025). */
export const IDO_TOTAL_PUBLISHED = 823;
