import { accessSentence } from '../../shared/i18n/access';
import { describeRuns, parseOpeningHours } from '../../shared/model/opening-hours';
import type { HelpLocation, Provenance } from '../../shared/model/schema';
import type { NearbyResult } from './model/nearby';
import type { NextSteps } from './model/next-steps';
import { nearbyText } from './strings';

const t = nearbyText.referral;

/** One place or contact on a referral: everything needed to get there, as plain text. */
export interface ReferralEntry {
  key: string;
  /** What kind of help, as a short heading. */
  kind: string;
  name: string;
  /** What to do when the entry is not a place to go to ("Vraag aan uw gemeente …"). */
  advice?: string;
  /** Set for places, so the screen can open their details. */
  placeId?: string;
  address?: string;
  access?: string;
  hours?: string;
  phone?: string;
  website?: string;
  /** Where the entry's facts come from; absent for advice that rests on the answer itself. */
  provenance?: Provenance;
}

/** Street and number, postcode and place; says so when only the place is known. */
function addressText(location: HelpLocation): string {
  const { street, houseNumber, postcode, place } = location.address;
  const line1 = [street, houseNumber].filter(Boolean).join(' ');
  const line2 = [postcode, place].filter(Boolean).join(' ');
  return line1 ? `${line1}, ${line2}` : `${line2} (${t.approximate})`;
}

/** Hours as one line, without "nu open": paper does not know what time it is read. */
function hoursText(location: HelpLocation): string | undefined {
  const week = location.openingHours.osm ? parseOpeningHours(location.openingHours.osm) : undefined;
  const structured = week ? describeRuns(week) : undefined;
  return [structured, location.openingHours.text].filter(Boolean).join('. ') || undefined;
}

function placeEntry(kind: string, location: HelpLocation): ReferralEntry {
  return {
    key: location.id,
    kind,
    name: location.name,
    placeId: location.id,
    address: addressText(location),
    access: accessSentence(location),
    ...optional('hours', hoursText(location)),
    ...optional('phone', location.phone),
    ...optional('website', location.website),
    provenance: location.provenance,
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/**
 * The places and contacts a referral lists, one per next step so it fits one A4: the sociaal
 * raadslieden office (or their number, or the gemeente's), the nearest Juridisch Loket and the
 * nearest IDO.
 */
export function referralEntries(result: NearbyResult, steps: NextSteps): ReferralEntry[] {
  const entries: ReferralEntry[] = [];
  const srl = steps.raadslieden;
  if (srl.type === 'office') entries.push(placeEntry(t.kind.raadslieden, srl.office.location));
  if (srl.type === 'service-contact') {
    const { service } = srl;
    entries.push({
      key: service.id,
      kind: t.kind.raadslieden,
      name: service.name,
      ...optional('phone', service.phone),
      ...optional('website', service.website),
      provenance: service.provenance,
    });
  }
  if (srl.type === 'via-gemeente') {
    for (const { service } of result.services)
      entries.push({
        key: service.id,
        kind: t.kind.raadslieden,
        name: service.name,
        advice: t.askWhere,
        provenance: service.provenance,
      });
  }
  const contact = result.gemeente.contact;
  if (srl.type === 'via-gemeente' || srl.type === 'ask-gemeente') {
    const advice = srl.type === 'ask-gemeente' ? t.askWhether : t.askWhere;
    entries.push(
      contact
        ? {
            key: result.gemeente.code,
            kind: t.kind.gemeente,
            name: result.gemeente.name,
            advice,
            ...optional('phone', contact.phone),
            ...optional('website', contact.website),
            provenance: contact.provenance,
          }
        : { key: result.gemeente.code, kind: t.kind.gemeente, name: t.yourGemeente, advice },
    );
  }
  if (steps.loket.nearest) entries.push(placeEntry(t.kind.loket, steps.loket.nearest.location));
  if (steps.ido.nearest) entries.push(placeEntry(t.kind.ido, steps.ido.nearest.location));
  return entries;
}

/** The referral as plain text, for a message: the same entries as the printed sheet. */
export function referralText(
  entries: readonly ReferralEntry[],
  { forClient, link }: { forClient?: string; link: string },
): string {
  const lines: string[] = [t.title];
  if (forClient) lines.push(t.forClient(forClient));
  for (const entry of entries) {
    lines.push('', `${entry.kind}: ${entry.name}`);
    if (entry.advice) lines.push(entry.advice);
    if (entry.address) lines.push(`${t.address}: ${entry.address}`);
    if (entry.access) lines.push(`${t.access}: ${entry.access}`);
    if (entry.hours) lines.push(`${t.hours}: ${entry.hours}`);
    if (entry.phone) lines.push(`${t.phone}: ${entry.phone}`);
    if (entry.website) lines.push(`${t.website}: ${entry.website}`);
  }
  lines.push('', `${t.online} ${link}`);
  return lines.join('\n');
}
