import type { Evidence, HelpLocation, Provenance, Service } from '../model/schema';

/**
 * Records of the data model written back as rows of the curated CSV files: the inverse of the
 * record builders in records.ts for evidence and services (both keep every column in the
 * record, so the round trip loses nothing), and for places (a place keeps all but bag_id, and
 * its position only counts as given when it is exact: other positions the build derives again). The workbench exports merged files with it that a
 * maintainer can put in data/ as they are.
 */

type Row = Record<string, string>;

function provenanceColumns(p: Provenance): Row {
  return {
    source: p.source,
    source_title: p.sourceTitle ?? '',
    source_date: p.sourceDate ?? '',
    source_date_how: p.sourceDateHow ?? '',
    checked_on: p.checkedOn,
  };
}

/** One row of evidence.csv. */
export function evidenceRow(e: Evidence): Row {
  return {
    id: e.id,
    gemeente_code: e.gemeenteCode,
    kind: e.kind,
    status: e.status ?? '',
    basis: e.basis,
    note: e.note ?? '',
    public_note: e.publicNote ?? '',
    ...provenanceColumns(e.provenance),
  };
}

/** One row of services.csv; the service area is a `;`-separated list, as in the file. */
export function serviceRow(s: Service): Row {
  return {
    id: s.id,
    name: s.name,
    provider: s.provider,
    service_area: s.serviceArea.join(';'),
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    note: s.note ?? '',
    public_note: s.publicNote ?? '',
    basis: s.basis,
    ...provenanceColumns(s.provenance),
  };
}

/**
 * One row of locations-<kind>.csv. lat/lon only for an exact position: for postcode, plaats or
 * gemeente the build derives them, and a position given with those would be refused.
 */
export function locationRow(l: HelpLocation): Row {
  const exact = l.precision === 'exact';
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    organisation: l.organisation,
    street: l.address.street ?? '',
    house_number: l.address.houseNumber ?? '',
    postcode: l.address.postcode ?? '',
    place: l.address.place,
    gemeente_code: l.gemeenteCode,
    lat: exact ? String(l.lat) : '',
    lon: exact ? String(l.lon) : '',
    precision: l.precision,
    access: l.access.join(';'),
    access_note: l.accessNote ?? '',
    public_note: l.publicNote ?? '',
    opening_hours: l.openingHours.osm ?? '',
    opening_hours_text: l.openingHours.text ?? '',
    phone: l.phone ?? '',
    email: l.email ?? '',
    website: l.website ?? '',
    what_to_bring: l.whatToBring ?? '',
    service_id: l.serviceId ?? '',
    ...provenanceColumns(l.provenance),
  };
}
