import type { PlaceKind } from '../../../shared/model/schema';
import { normalise } from '../../../shared/model/normalise';

/**
 * Words people type for what they need rather than where they are ("schulden", "DigiD"). Each
 * leads to the kinds of help that fit, best first. The list is short on purpose: a word that
 * means a place or a name ("aangifte" is also a police report) is left out, so it never hides a
 * place hit behind a guess.
 */
export const NEEDS = {
  schulden: {
    words: ['schulden', 'schuld', 'schuldhulp', 'betalingsachterstand', 'aanmaning', 'incasso'],
    kinds: ['sociaal-raadslieden', 'juridisch-loket'],
  },
  toeslagen: {
    words: ['toeslagen', 'toeslag', 'huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag'],
    kinds: ['sociaal-raadslieden', 'ido'],
  },
  uitkering: {
    words: ['uitkering', 'uitkeringen', 'bijstand', 'bijzondere bijstand', 'aow', 'ww', 'wia'],
    kinds: ['sociaal-raadslieden'],
  },
  bezwaar: {
    words: ['bezwaar', 'bezwaarschrift', 'bezwaar maken', 'in bezwaar', 'beroep'],
    kinds: ['sociaal-raadslieden', 'juridisch-loket'],
  },
  huurachterstand: {
    words: ['huurachterstand', 'huur achterstand', 'huurschuld', 'huisuitzetting', 'ontruiming'],
    kinds: ['sociaal-raadslieden', 'juridisch-loket'],
  },
  boete: {
    words: ['boete', 'boetes', 'bekeuring', 'cjib'],
    kinds: ['juridisch-loket', 'sociaal-raadslieden'],
  },
  digid: {
    words: ['digid', 'digi d', 'mijnoverheid', 'mijn overheid'],
    kinds: ['ido'],
  },
  belastingaangifte: {
    words: [
      'belastingaangifte',
      'belasting aangifte',
      'belasting',
      'belastingen',
      'belastingdienst',
    ],
    kinds: ['ido', 'sociaal-raadslieden'],
  },
  advocaat: {
    words: ['advocaat', 'advocaten', 'rechtshulp', 'juridisch advies', 'rechtsbijstand'],
    kinds: ['juridisch-loket'],
  },
  scheiding: {
    words: ['scheiding', 'scheiden', 'echtscheiding', 'alimentatie', 'omgangsregeling'],
    kinds: ['juridisch-loket'],
  },
} as const satisfies Record<string, { words: readonly string[]; kinds: readonly PlaceKind[] }>;

export type NeedId = keyof typeof NEEDS;
export const NEED_IDS = Object.keys(NEEDS) as NeedId[];

export function isNeedId(value: string | undefined): value is NeedId {
  return value !== undefined && Object.hasOwn(NEEDS, value);
}

/** Words in front of a need that add nothing: "hulp bij schulden", "vraag over toeslagen". */
const LEAD_IN =
  /^(?:ik (?:heb|zoek) )?(?:hulp|help|vraag|vragen|advies)(?: (?:bij|met|over|voor))? /;

/** A prefix shorter than this suggests no need: "sc" is the start of too many words. */
const MIN_PREFIX = 4;

const WORDS: readonly { text: string; need: NeedId }[] = NEED_IDS.flatMap((need) =>
  NEEDS[need].words.map((word) => ({ text: normalise(word), need })),
);

/** How a query meets a need: the whole query is a need word, or the start of one. */
export interface NeedMatch {
  need: NeedId;
  exact: boolean;
}

/**
 * The needs a query names, exact matches first. `open` is true while the last word is still
 * being typed; only then does a prefix count ("schul" → schulden).
 */
export function matchNeeds(normalised: string, open: boolean): NeedMatch[] {
  const text = normalised.replace(LEAD_IN, '');
  const exact = WORDS.find((word) => word.text === text);
  if (exact) return [{ need: exact.need, exact: true }];
  if (!open || text.length < MIN_PREFIX) return [];
  const needs = new Set<NeedId>();
  for (const word of WORDS) if (word.text.startsWith(text)) needs.add(word.need);
  return [...needs].map((need) => ({ need, exact: false }));
}
