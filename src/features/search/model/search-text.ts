import type { PlaceKind } from '../../../shared/model/schema';

/**
 * Words people use for a kind of place that its records may not contain, e.g. "ido" for a record
 * named "Informatiepunt Digitale Overheid Bibliotheek Sneek", or "digid" for what an IDO helps with.
 */
export const KIND_KEYWORDS: Readonly<Record<PlaceKind, string>> = {
  'sociaal-raadslieden': 'sociaal raadslieden raadsliedenwerk raadsman raadsvrouw',
  ido: 'ido informatiepunt digitale overheid digid',
  'juridisch-loket': 'het juridisch loket hjl',
};

/**
 * Words that say what kind of help, not where: the kind keywords plus the words many place names
 * share. A query word that means one of these weighs half, so in "raadslieden zwolle" the town
 * decides and Zwolle comes before raadslieden elsewhere.
 */
export const GENERIC_WORDS: readonly string[] = [
  ...Object.values(KIND_KEYWORDS).flatMap((words) => words.split(' ')),
  'bibliotheek',
  'spreekuur',
];
