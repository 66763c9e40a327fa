import { describeRuns, parseOpeningHours } from '../model/opening-hours';
import type { HelpLocation } from '../model/schema';

/**
 * The access sentence's text, in Dutch at B1. Shared by the place details and the answer's
 * referral, and loaded with them (not in the first view).
 */
const t = {
  walkIn: (when: string) => `Inloop op ${when}.`,
  walkInAnyTime: 'U kunt zonder afspraak langskomen.',
  walkInOrAppointment: (when: string) => `Inloop op ${when}, of op afspraak.`,
  walkInOrAppointmentAnyTime: 'U kunt zonder afspraak langskomen of een afspraak maken.',
  appointmentOnly: 'Alleen op afspraak.',
  appointmentOrRemote: 'Op afspraak, of per telefoon of online.',
  remoteOnly: 'Hulp per telefoon of online.',
  alsoRemote: 'U kunt ook bellen of online hulp vragen.',
  unknown: 'We weten niet of u een afspraak nodig hebt.',
  unknownCallFirst: 'We weten niet of u een afspraak nodig hebt. Bel eerst.',
};

/**
 * How to get in, as one sentence for every combination of the ways in the data knows (walk in,
 * appointment, phone or online), with the walk-in hours folded in when they are structured:
 * "Inloop op woensdag 10.00–12.15, of op afspraak." Never both "zonder afspraak" and "alleen op
 * afspraak"; never "bel eerst" when no phone number is known.
 */
export function accessSentence(
  location: Pick<HelpLocation, 'access' | 'openingHours' | 'phone'>,
): string {
  const modes = new Set(location.access);
  const week = location.openingHours.osm ? parseOpeningHours(location.openingHours.osm) : undefined;
  const when = week ? describeRuns(week) : '';
  const walkIn = modes.has('inloop');
  const appointment = modes.has('afspraak');
  const remote = modes.has('telefonisch-online');
  if (walkIn) {
    const main = appointment
      ? when
        ? t.walkInOrAppointment(when)
        : t.walkInOrAppointmentAnyTime
      : when
        ? t.walkIn(when)
        : t.walkInAnyTime;
    return remote ? `${main} ${t.alsoRemote}` : main;
  }
  if (appointment) return remote ? t.appointmentOrRemote : t.appointmentOnly;
  if (remote) return t.remoteOnly;
  return location.phone ? t.unknownCallFirst : t.unknown;
}
