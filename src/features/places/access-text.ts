import type { Location } from '../../shared/model/schema';
import { placeText } from './details-strings';
import { describeRuns, parseOpeningHours } from './model/opening-hours';

const t = placeText.access;

/**
 * How to get in, as one sentence for every combination of the ways in the data knows (walk in,
 * appointment, phone or online), with the walk-in hours folded in when they are structured:
 * "Inloop op woensdag 10.00–12.15, of op afspraak." Never both "zonder afspraak" and "alleen op
 * afspraak"; never "bel eerst" when no phone number is known.
 */
export function accessSentence(
  location: Pick<Location, 'access' | 'openingHours' | 'phone'>,
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
