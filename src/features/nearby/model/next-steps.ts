import { IDO_TOTAL_PUBLISHED } from '../../../shared/model/published-totals';
import type { Gemeente, Service } from '../../../shared/model/schema';
import type { NearbyResult, NearPlace } from './nearby';

/** What to do about sociaal raadslieden, from what the data knows. */
export type RaadsliedenStep =
  /** Go to the nearest office of a service that works for the gemeente. */
  | { type: 'office'; service: Service; office: NearPlace }
  /** A service works for the gemeente; no office known, but its phone or website is. */
  | { type: 'service-contact'; service: Service }
  /** Sociaal raadslieden exist, nothing more is known: ask the gemeente (contact when known). */
  | { type: 'via-gemeente'; gemeente: Gemeente }
  /** Not known whether there are any: ask the gemeente. */
  | { type: 'ask-gemeente'; gemeente: Gemeente }
  /** A source says there are none: no step, other help comes first. */
  | { type: 'none' };

/** The concrete next steps of an answer, in the order the answer shows them. */
export interface NextSteps {
  raadslieden: RaadsliedenStep;
  /** Het Juridisch Loket: its number as the data gives it, and the nearest office. */
  loket: { phone: string | undefined; nearest: NearPlace | undefined };
  /** The nearest IDO, and how many of all IDO's the map knows. */
  ido: { nearest: NearPlace | undefined; known: number; total: number };
}

/**
 * Turns a nearby result into steps a resident can take today. Every step rests on the data: an
 * office only when one is known, a phone number only when a record has one, the gemeente's own
 * number when the way to its sociaal raadslieden is not known.
 */
export function nextSteps(result: NearbyResult): NextSteps {
  return {
    raadslieden: raadsliedenStep(result),
    loket: {
      phone: result.juridischLoket.find((p) => p.location.phone)?.location.phone,
      nearest: result.juridischLoket[0],
    },
    ido: {
      nearest: result.ido[0],
      known: result.known.ido,
      total: IDO_TOTAL_PUBLISHED,
    },
  };
}

function raadsliedenStep(result: NearbyResult): RaadsliedenStep {
  const withOffice = result.services
    .flatMap(({ service, offices }) => offices.map((office) => ({ service, office })))
    .sort((a, b) => a.office.km - b.office.km)[0];
  if (withOffice) return { type: 'office', ...withOffice };
  const reachable = result.services.find(({ service }) => service.phone ?? service.website);
  if (reachable) return { type: 'service-contact', service: reachable.service };
  if (result.services.length > 0 || result.coverage.status === 'wel')
    return { type: 'via-gemeente', gemeente: result.gemeente };
  if (result.coverage.status === 'niet') return { type: 'none' };
  return { type: 'ask-gemeente', gemeente: result.gemeente };
}
