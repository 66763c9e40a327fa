import { placeCentroids, type PlaceCentroid } from '../../src/shared/model/geo';
import { formatPostcode, parsePostcode } from '../../src/shared/model/postcode';
import {
  evidenceSchema,
  locationSchema,
  NL_BOUNDS,
  serviceSchema,
} from '../../src/shared/model/schema';
import type { CsvRow } from './csv';
import {
  cell,
  checkSource,
  checkUrl,
  compact,
  list,
  number,
  provenance,
  type RowReport,
  validated,
} from './curated-row';
import type { CuratedReference } from './curated';

/** Turns one checked CSV row into a location, service or evidence record of the data model. */

export function placeKey(name: string, gemeenteCode: string): string {
  return `${name.toLocaleLowerCase('nl')}|${gemeenteCode.toUpperCase()}`;
}

export interface Lookups {
  ref: CuratedReference;
  pc4Index: Map<number, number>;
  places: Map<string, PlaceCentroid>;
}

export function buildLookups(ref: CuratedReference): Lookups {
  const pc4Index = new Map(ref.postcodes.pc4.map((pc4, i) => [pc4, i]));
  const places = new Map(
    placeCentroids(ref.postcodes).map((p) => [placeKey(p.name, p.gemeenteCode), p]),
  );
  return { ref, pc4Index, places };
}

export function toLocation(
  row: CsvRow,
  fileKind: string | undefined,
  look: Lookups,
  warn: (reason: string) => void,
  report: RowReport,
) {
  const gemeenteCode = cell(row, 'gemeente_code') ?? '';
  const kind = cell(row, 'kind') ?? '';
  const precision = cell(row, 'precision') ?? '';
  if (fileKind && kind !== fileKind)
    report.add('kind', `kind "${kind}" does not match the file (expected "${fileKind}")`);
  if (!look.ref.gemeenteCodes.has(gemeenteCode))
    report.add('gemeenteCode', `unknown gemeente code "${gemeenteCode}"`);
  checkSource(row, report);
  checkUrl(row, 'website', 'website', report);

  const rawPostcode = cell(row, 'postcode');
  const postcode = rawPostcode ? formatPostcode(rawPostcode) : undefined;
  if (rawPostcode && !postcode)
    report.add('address.postcode', `malformed postcode "${rawPostcode}" (expected 1234 AB)`);

  let lat = number(row, 'lat', report);
  let lon = number(row, 'lon', report);
  const pc4 = postcode ? parsePostcode(postcode)?.pc4 : undefined;
  const pcIndex = pc4 === undefined ? undefined : look.pc4Index.get(pc4);
  if (pc4 !== undefined && pcIndex !== undefined) {
    const pcGemeente = look.ref.postcodes.gemeenten[look.ref.postcodes.gemeente[pcIndex] ?? -1];
    if (pcGemeente && look.ref.gemeenteCodes.has(gemeenteCode) && pcGemeente !== gemeenteCode) {
      warn(
        `postcode ${postcode ?? ''} lies in ${pcGemeente} by the PC4 table, the row says ${gemeenteCode} (border postcode?)`,
      );
    }
  }

  if (precision === 'exact') {
    if (lat === undefined || lon === undefined)
      report.add('lat', 'precision exact needs lat and lon');
  } else if (precision === 'postcode') {
    if (!postcode) {
      if (!report.covered.has('address.postcode'))
        report.add('address.postcode', 'precision postcode needs a postcode');
    } else if (pcIndex === undefined) {
      report.add(
        'address.postcode',
        `PC4 ${pc4 ?? ''} of postcode ${postcode} is unknown (precision postcode)`,
      );
    } else {
      lat = look.ref.postcodes.lat[pcIndex];
      lon = look.ref.postcodes.lon[pcIndex];
    }
  } else if (precision === 'gemeente') {
    // Only the gemeente is known (a mobile service, or a source naming no village).
    const label = look.ref.gemeenteLabels.get(gemeenteCode);
    if (label) [lon, lat] = label;
  } else if (precision === 'plaats') {
    const place = cell(row, 'place') ?? '';
    const centroid = look.places.get(placeKey(place, gemeenteCode));
    if (!place) report.add('address.place', 'place is missing');
    else if (!centroid)
      report.add(
        'address.place',
        `woonplaats "${place}" not found in gemeente ${gemeenteCode} (precision plaats)`,
      );
    else {
      lat = centroid.lat;
      lon = centroid.lon;
    }
  }
  if (lat !== undefined && lon !== undefined) {
    const outside =
      lat < NL_BOUNDS.minLat ||
      lat > NL_BOUNDS.maxLat ||
      lon < NL_BOUNDS.minLon ||
      lon > NL_BOUNDS.maxLon;
    if (outside) {
      report.add('lat', `location ${lat},${lon} is outside the Netherlands (lat/lon swapped?)`);
      report.covered.add('lon');
    }
  }

  const candidate = compact({
    id: cell(row, 'id') ?? '',
    kind,
    name: cell(row, 'name') ?? '',
    organisation: cell(row, 'organisation') ?? '',
    address: compact({
      street: cell(row, 'street'),
      houseNumber: cell(row, 'house_number'),
      postcode: postcode ?? rawPostcode,
      place: cell(row, 'place') ?? '',
    }),
    gemeenteCode,
    lat,
    lon,
    precision,
    access: list(row, 'access'),
    accessNote: cell(row, 'access_note'),
    openingHours: compact({
      osm: cell(row, 'opening_hours'),
      text: cell(row, 'opening_hours_text'),
    }),
    phone: cell(row, 'phone'),
    email: cell(row, 'email'),
    website: cell(row, 'website'),
    whatToBring: cell(row, 'what_to_bring'),
    serviceId: cell(row, 'service_id'),
    provenance: provenance(row),
  });
  return validated(locationSchema, candidate, report);
}

export function toService(row: CsvRow, look: Lookups, report: RowReport) {
  const area = list(row, 'service_area');
  const unknown = area.filter((code) => !look.ref.gemeenteCodes.has(code));
  if (unknown.length > 0)
    report.add('serviceArea', `service_area names unknown gemeente code(s) ${unknown.join(', ')}`);
  const duplicates = area.filter((code, i) => area.indexOf(code) !== i);
  if (duplicates.length > 0)
    report.add('serviceArea', `service_area names ${duplicates.join(', ')} twice`);
  checkSource(row, report);
  checkUrl(row, 'website', 'website', report);
  const candidate = compact({
    id: cell(row, 'id') ?? '',
    name: cell(row, 'name') ?? '',
    provider: cell(row, 'provider') ?? '',
    serviceArea: area,
    phone: cell(row, 'phone'),
    email: cell(row, 'email'),
    website: cell(row, 'website'),
    note: cell(row, 'note'),
    basis: cell(row, 'basis') ?? '',
    provenance: provenance(row),
  });
  return validated(serviceSchema, candidate, report);
}

export function toEvidence(row: CsvRow, look: Lookups, report: RowReport) {
  const gemeenteCode = cell(row, 'gemeente_code') ?? '';
  if (!look.ref.gemeenteCodes.has(gemeenteCode))
    report.add('gemeenteCode', `unknown gemeente code "${gemeenteCode}"`);
  checkSource(row, report);
  const candidate = compact({
    id: cell(row, 'id') ?? '',
    gemeenteCode,
    kind: cell(row, 'kind') ?? '',
    status: cell(row, 'status'),
    basis: cell(row, 'basis') ?? '',
    note: cell(row, 'note'),
    provenance: provenance(row),
  });
  return validated(evidenceSchema, candidate, report);
}
