import { woonplaatsCentroids, type WoonplaatsCentroid } from '../model/geo';
import { formatPostcode, parsePostcode } from '../model/postcode';
import {
  documentSchema,
  evidenceSchema,
  locationSchema,
  NL_BOUNDS,
  serviceSchema,
  type PostcodeTable,
} from '../model/schema';
import type { CsvRow } from './csv';
import {
  BORDER_TOLERANCE_KM,
  containsPosition,
  distanceToBoundaryKm,
  shapesAt,
  type AreaShape,
} from './polygon';
import {
  cell,
  checkSource,
  checkUrl,
  dropUndefined,
  list,
  number,
  provenance,
  type RowReport,
  validated,
} from './row';

/** Turns one checked row into a location, service or evidence record of the data model. */

/** The reference data the row checks need. */
export interface CuratedReference {
  gemeenteCodes: ReadonlySet<string>;
  gemeenteNames: ReadonlyMap<string, string>;
  /** Label point [lon, lat] per gemeente: the position for precision `gemeente`. */
  gemeenteLabels: ReadonlyMap<string, readonly [number, number]>;
  /** Boundary per gemeente, to check that a given position lies in its gemeente. */
  gemeenteShapes: ReadonlyMap<string, AreaShape>;
  postcodes: PostcodeTable;
}

export function placeKey(name: string, gemeenteCode: string): string {
  return `${name.toLocaleLowerCase('nl')}|${gemeenteCode.toUpperCase()}`;
}

export interface Lookups {
  ref: CuratedReference;
  pc4Index: Map<number, number>;
  places: Map<string, WoonplaatsCentroid>;
}

export function buildLookups(ref: CuratedReference): Lookups {
  const pc4Index = new Map(ref.postcodes.pc4.map((pc4, i) => [pc4, i]));
  const places = new Map(
    woonplaatsCentroids(ref.postcodes).map((p) => [placeKey(p.name, p.gemeenteCode), p]),
  );
  return { ref, pc4Index, places };
}

function gemeenteLabel(look: Lookups, code: string): string {
  const name = look.ref.gemeenteNames.get(code);
  return name ? `${name} (${code})` : code;
}

function checkGemeente(row: CsvRow, look: Lookups, report: RowReport): string {
  const code = cell(row, 'gemeente_code') ?? '';
  if (code && !report.has('gemeente_code') && !look.ref.gemeenteCodes.has(code)) {
    report.add(
      'gemeente_code',
      `gemeente_code: ${code} is geen gemeente van 2026 (zie de CBS-codes in gemeenten_2026.csv)`,
    );
  }
  return code;
}

/**
 * A position given in the row must lie in the row's gemeente (its polygon, with a small margin
 * for the generalised boundary), not merely somewhere in a box around the country.
 */
function checkGivenPosition(
  lat: number,
  lon: number,
  code: string,
  look: Lookups,
  warn: (reason: string) => void,
  report: RowReport,
) {
  const where = `lat/lon (${lat}, ${lon})`;
  const shape = look.ref.gemeenteShapes.get(code);
  if (!shape || containsPosition(shape, lon, lat)) return;
  const km = distanceToBoundaryKm(shape, lon, lat);
  if (km <= BORDER_TOLERANCE_KM) {
    warn(
      `${where} ligt ${Math.round(km * 1000)} m buiten de (vereenvoudigde) grens van ${gemeenteLabel(look, code)}; controleer het adres`,
    );
    return;
  }
  const shapes = [...look.ref.gemeenteShapes.values()];
  const [actual] = shapesAt(shapes, lon, lat);
  const swapped = shapesAt(shapes, lat, lon).some((s) => s.code === code);
  const hint = swapped
    ? '; lat en lon lijken verwisseld'
    : actual
      ? `; zijn lat en lon van een andere plek?`
      : '; lat en lon verwisseld of verkeerd overgenomen?';
  const inside = actual
    ? `maar in ${gemeenteLabel(look, actual.code)}`
    : 'en ook in geen andere gemeente (buiten Nederland?)';
  report.add('lat', `lat/lon: ${where} ligt niet in ${gemeenteLabel(look, code)} ${inside}${hint}`);
  report.cover('lon');
}

export function toLocation(
  row: CsvRow,
  fileKind: string | undefined,
  look: Lookups,
  warn: (reason: string) => void,
  report: RowReport,
) {
  const kind = cell(row, 'kind') ?? '';
  const precision = cell(row, 'precision') ?? '';
  if (fileKind && kind && !report.has('kind') && kind !== fileKind) {
    report.add('kind', `kind: "${kind}" past niet bij dit bestand; hier hoort "${fileKind}"`);
  }
  const gemeenteCode = checkGemeente(row, look, report);
  checkSource(row, report);
  checkUrl(row, 'website', report);

  const rawPostcode = cell(row, 'postcode');
  const postcode = rawPostcode ? formatPostcode(rawPostcode) : undefined;
  if (rawPostcode && !postcode && !report.has('postcode')) {
    report.add('postcode', `postcode: "${rawPostcode}" is geen postcode (1234 AB)`);
  }
  const pc4 = postcode ? parsePostcode(postcode)?.pc4 : undefined;
  const pcIndex = pc4 === undefined ? undefined : look.pc4Index.get(pc4);
  if (pc4 !== undefined && pcIndex !== undefined) {
    const pcGemeente = look.ref.postcodes.gemeenten[look.ref.postcodes.gemeente[pcIndex] ?? -1];
    if (pcGemeente && look.ref.gemeenteCodes.has(gemeenteCode) && pcGemeente !== gemeenteCode) {
      warn(
        `postcode ${postcode ?? ''} ligt volgens de PC4-tabel in ${gemeenteLabel(look, pcGemeente)}, de rij zegt ${gemeenteLabel(look, gemeenteCode)} (postcode op een grens?)`,
      );
    }
  }

  const givenLat = number(row, 'lat');
  const givenLon = number(row, 'lon');
  const given = givenLat !== undefined || givenLon !== undefined;
  let lat: number | undefined;
  let lon: number | undefined;
  if (precision === 'exact') {
    if (givenLat === undefined || givenLon === undefined) {
      if (!report.has('lat') && !report.has('lon'))
        report.add(
          'lat',
          'lat/lon: precision exact vraagt lat én lon; vul ze in, of kies precision postcode, plaats of gemeente',
        );
    } else {
      lat = givenLat;
      lon = givenLon;
    }
  } else if (given) {
    // A position in the sheet is never silently replaced by a centroid.
    if (!report.has('precision')) {
      report.add(
        'lat',
        `lat/lon: ingevuld, maar precision is "${precision}"; een opgegeven positie wordt nooit vervangen: zet precision op exact als lat en lon van dit adres zijn, of maak lat en lon leeg`,
      );
    }
  } else if (precision === 'postcode') {
    if (!postcode) {
      if (!report.has('postcode'))
        report.add('postcode', 'postcode: precision postcode vraagt een postcode');
    } else if (pcIndex === undefined) {
      report.add(
        'postcode',
        `postcode: PC4 ${pc4 ?? ''} van ${postcode} staat niet in de postcodetabel (precision postcode)`,
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
    if (place && !centroid && look.ref.gemeenteCodes.has(gemeenteCode)) {
      report.add(
        'place',
        `place: woonplaats "${place}" ligt niet in ${gemeenteLabel(look, gemeenteCode)} volgens de postcodetabel (precision plaats)`,
      );
    } else if (centroid) {
      lat = centroid.lat;
      lon = centroid.lon;
    }
  }
  if (lat !== undefined && lon !== undefined && precision === 'exact') {
    const outsideBox =
      lat < NL_BOUNDS.minLat ||
      lat > NL_BOUNDS.maxLat ||
      lon < NL_BOUNDS.minLon ||
      lon > NL_BOUNDS.maxLon;
    if (outsideBox) {
      report.add('lat', `lat/lon: (${lat}, ${lon}) ligt buiten Nederland (lat en lon verwisseld?)`);
      report.cover('lon');
    } else if (look.ref.gemeenteCodes.has(gemeenteCode)) {
      checkGivenPosition(lat, lon, gemeenteCode, look, warn, report);
    }
  }

  if ((lat === undefined || lon === undefined) && report.reasons.length > 0) {
    // No position because of a problem already reported: the schema need not repeat it.
    report.cover('lat');
    report.cover('lon');
  }
  const candidate = dropUndefined({
    id: cell(row, 'id') ?? '',
    kind,
    name: cell(row, 'name') ?? '',
    organisation: cell(row, 'organisation') ?? '',
    address: dropUndefined({
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
    publicNote: cell(row, 'public_note'),
    openingHours: dropUndefined({
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
  if (!report.has('service_area')) {
    const unknown = area.filter((code) => !look.ref.gemeenteCodes.has(code));
    if (unknown.length > 0)
      report.add('service_area', `service_area: geen gemeente van 2026: ${unknown.join(', ')}`);
    const duplicates = area.filter((code, i) => area.indexOf(code) !== i);
    if (duplicates.length > 0)
      report.add('service_area', `service_area: ${duplicates.join(', ')} staat er twee keer in`);
  }
  checkSource(row, report);
  checkUrl(row, 'website', report);
  const candidate = dropUndefined({
    id: cell(row, 'id') ?? '',
    name: cell(row, 'name') ?? '',
    provider: cell(row, 'provider') ?? '',
    serviceArea: area,
    phone: cell(row, 'phone'),
    email: cell(row, 'email'),
    website: cell(row, 'website'),
    note: cell(row, 'note'),
    publicNote: cell(row, 'public_note'),
    basis: cell(row, 'basis') ?? '',
    provenance: provenance(row),
  });
  return validated(serviceSchema, candidate, report);
}

export function toEvidence(row: CsvRow, look: Lookups, report: RowReport) {
  const gemeenteCode = checkGemeente(row, look, report);
  checkSource(row, report);
  const kind = cell(row, 'kind') ?? '';
  const status = cell(row, 'status');
  if (kind && !report.has('kind') && !report.has('status')) {
    // Only sociaal raadslieden decide coverage; other help never carries a wel/niet.
    if (kind === 'sociaal-raadslieden' && status === undefined) {
      report.add('status', 'status: verplicht bij kind sociaal-raadslieden; kies uit: wel, niet');
    } else if (kind !== 'sociaal-raadslieden' && status !== undefined) {
      report.add(
        'status',
        `status: moet leeg zijn bij kind ${kind}; alleen sociaal-raadslieden telt als wel of niet`,
      );
    }
  }
  const candidate = dropUndefined({
    id: cell(row, 'id') ?? '',
    gemeenteCode,
    kind,
    status,
    basis: cell(row, 'basis') ?? '',
    note: cell(row, 'note'),
    publicNote: cell(row, 'public_note'),
    provenance: provenance(row),
  });
  return validated(evidenceSchema, candidate, report);
}

export function toDocument(row: CsvRow, report: RowReport) {
  const candidate = dropUndefined({
    file: cell(row, 'file') ?? '',
    title: cell(row, 'title') ?? '',
    publisher: cell(row, 'publisher') ?? '',
    date: cell(row, 'date'),
  });
  return validated(documentSchema, candidate, report);
}
