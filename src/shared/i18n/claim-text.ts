import type { ClaimAge } from '../model/freshness';
import type { EvidenceKind, SourceDateHow } from '../model/schema';

/**
 * Words for how old and how strong one claim is (its age, how its date was found, what kind of
 * evidence it is). Apart from nl.ts so the first view, which needs none of it, does not carry it:
 * place details, the answer and Dekking load it with themselves.
 */
export const claimText = {
  age: { actueel: 'Actueel', verouderd: 'Verouderd' } satisfies Record<ClaimAge, string>,
  ageExplain: {
    actueel: 'De bron is van de laatste 3 jaar.',
    verouderd: 'De bron is ouder dan 3 jaar of heeft geen datum. Dit kan veranderd zijn.',
  } satisfies Record<ClaimAge, string>,
  noDate: 'Datum onbekend',
  dateHow: {
    vermeld: 'de datum staat in de bron',
    url: 'de datum komt uit het webadres',
    tekst: 'de datum komt uit de tekst',
  } satisfies Record<SourceDateHow, string>,
  inferred: 'Afgeleid: de bron zegt dit niet letterlijk.',
  inferredShort: 'afgeleid',
  /** The answer for a resident: the source's date in words, and a warning when it is old. */
  accordingTo: (date: string | undefined) =>
    date ? `Volgens een bron van ${date}.` : 'Volgens een bron zonder datum.',
  mayHaveChanged: 'Dit kan veranderd zijn.',
  otherHelp: 'Er is wel ander sociaaljuridisch aanbod:',
  otherHelpNote: 'Dit is geen sociaal raadsliedenwerk en telt niet mee voor de dekking.',
  evidenceKind: {
    'sociaal-raadslieden': 'Sociaal raadslieden',
    plan: 'Plan (nog geen sociaal raadslieden)',
    pilot: 'Proef die nog niet is begonnen',
    clientondersteuning: 'Cliëntondersteuning',
    'vrijwilligers-spreekuur': 'Spreekuur van vrijwilligers',
    wetswinkel: 'Wetswinkel',
    contactpersoon: 'Contactpersoon bij de gemeente',
    'ander-aanbod': 'Ander aanbod',
  } satisfies Record<EvidenceKind, string>,
} as const;
