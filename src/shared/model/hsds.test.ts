// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hsdsErrors } from '../../../tests/hsds-schema';
import { hsdsId, hsdsJson, toHsds, type HsdsInput } from './hsds';
import type { HsdsService } from './hsds-types';
import { committedDataset } from '../../../tests/fixtures/committed-data';
import type { Evidence, HelpLocation, Service } from './schema';

const PUBLIC_DATA = path.resolve(import.meta.dirname, '../../../public/data');

const gemeenten = [
  { code: 'GM0363', name: 'Amsterdam', provinceName: 'Noord-Holland' },
  { code: 'GM0809', name: 'Loon op Zand', provinceName: 'Noord-Brabant' },
];

const service: Service = {
  id: 'srl-test',
  name: 'Sociaal Raadslieden Test',
  provider: 'Welzijn Test',
  serviceArea: ['GM0363', 'GM0809'],
  phone: '020 123 4567',
  website: 'https://welzijn.example.nl/',
  publicNote: 'Gratis hulp bij geld en regels.',
  basis: 'vermeld',
  provenance: {
    source: 'https://welzijn.example.nl/raadslieden',
    sourceTitle: 'Sociaal raadslieden',
    sourceDate: '2019-03',
    sourceDateHow: 'url',
    checkedOn: '2026-11-20',
  },
};

const place = (over: Partial<HelpLocation>): HelpLocation => ({
  id: 'ido-test',
  kind: 'ido',
  name: 'IDO Bibliotheek Test',
  organisation: 'Bibliotheek Test',
  address: { place: 'Kaatsheuvel' },
  gemeenteCode: 'GM0809',
  lat: 51.65,
  lon: 5.04,
  precision: 'plaats',
  access: ['inloop'],
  openingHours: { osm: 'Mo-Fr 14:00-17:00; Sa 10:00-15:00' },
  provenance: { source: 'https://bieb.example.nl/ido', checkedOn: '2026-11-21' },
  ...over,
});

const evidence = (over: Partial<Evidence>): Evidence => ({
  id: 'ev-gm0363-test',
  gemeenteCode: 'GM0363',
  kind: 'sociaal-raadslieden',
  status: 'wel',
  basis: 'vermeld',
  publicNote: 'Aanbieder: Welzijn Test.',
  provenance: {
    source: 'https://gemeente.example.nl/raadslieden',
    sourceDate: '2026-06-01',
    sourceDateHow: 'vermeld',
    checkedOn: '2026-11-22',
  },
  ...over,
});

const input: HsdsInput = {
  gemeenten,
  services: [service],
  locations: [
    place({}),
    place({
      id: 'srl-test-spreekuur',
      kind: 'sociaal-raadslieden',
      name: 'Spreekuur Test',
      organisation: 'Welzijn Test',
      address: { street: 'Dorpsstraat', houseNumber: '1', postcode: '1011 AB', place: 'Amsterdam' },
      gemeenteCode: 'GM0363',
      lat: 52.37,
      lon: 4.9,
      precision: 'exact',
      access: [],
      openingHours: { text: 'Op afspraak' },
      phone: '020 765 4321',
      serviceId: 'srl-test',
    }),
  ],
  evidence: [
    evidence({}),
    evidence({ id: 'ev-gm0809-niet', gemeenteCode: 'GM0809', status: 'niet' }),
    evidence({ id: 'ev-gm0809-plan', gemeenteCode: 'GM0809', kind: 'plan', status: undefined }),
  ],
  documents: [],
};

const TODAY = '2026-11-30';

function attr(record: { attributes?: { taxonomy_term: { code: string }; value: string }[] }) {
  return Object.fromEntries((record.attributes ?? []).map((a) => [a.taxonomy_term.code, a.value]));
}

function byName(services: HsdsService[], name: string): HsdsService {
  const found = services.find((s) => s.name === name);
  if (!found) throw new Error(`no service ${name}`);
  return found;
}

describe('toHsds', () => {
  const result = toHsds(input, { today: TODAY });

  it('validates against the official HSDS 3.0 schema', () => {
    expect(hsdsErrors(JSON.parse(hsdsJson(result)))).toEqual([]);
  });

  it('fails the schema for a broken record, even one nested deep inside', () => {
    const broken = JSON.parse(hsdsJson(result)) as Record<string, unknown>[];
    delete broken[0]?.status;
    const nested = JSON.parse(hsdsJson(result)) as HsdsService[];
    const location = nested[0]?.service_at_locations?.[0]?.location as unknown as Record<
      string,
      unknown
    >;
    location.latitude = '52,37';
    expect(hsdsErrors(broken).map((e) => e.message)).toContain(
      "must have required property 'status'",
    );
    expect(hsdsErrors(nested).map((e) => e.instancePath)).toContain(
      '/0/service_at_locations/0/location/latitude',
    );
  });

  it('maps a service with its gemeenten, contact, places and provenance', () => {
    const s = byName(result.services, 'Sociaal Raadslieden Test');
    expect(s.id).toBe(hsdsId('service', 'srl-test'));
    expect(s.organization?.name).toBe('Welzijn Test');
    expect(s.service_areas?.map((a) => a.name)).toEqual([
      'Gemeente Amsterdam',
      'Gemeente Loon op Zand',
    ]);
    expect(s.phones?.[0]?.number).toBe('020 123 4567');
    expect(s.url).toBe('https://welzijn.example.nl/');
    expect(s.assured_date).toBe('2026-11-20');
    // The source is from 2019: older than three years on the data date, and it says so.
    expect(attr(s)).toMatchObject({
      bron_datum: '2019-03',
      bron_datum_hoe: 'url',
      bron_leeftijd: 'verouderd',
      leeftijd_gemeten_op: TODAY,
      grondslag: 'vermeld',
      bronrecord: 'services.csv#srl-test',
    });
    expect(s.metadata.map((m) => [m.field_name, m.replacement_value, m.last_action_date])).toEqual([
      ['source', 'https://welzijn.example.nl/raadslieden', '2026-11-20'],
      ['source_title', 'Sociaal raadslieden', '2026-11-20'],
      ['source_date', '2019-03', '2026-11-20'],
    ]);
    const sal = s.service_at_locations?.[0];
    expect(sal?.location.name).toBe('Spreekuur Test');
    expect(sal?.location.addresses?.[0]).toMatchObject({
      address_1: 'Dorpsstraat 1',
      postal_code: '1011 AB',
      city: 'Amsterdam',
      state_province: 'Noord-Holland',
      country: 'NL',
    });
    expect(sal?.phones?.[0]?.number).toBe('020 765 4321');
    expect(sal?.schedules).toEqual([expect.objectContaining({ description: 'Op afspraak' })]);
  });

  it('gives a place without a service its own service; says a position is approximate', () => {
    const s = byName(result.services, 'IDO Bibliotheek Test');
    const location = s.service_at_locations?.[0]?.location;
    expect(location?.description).toContain('Positie bij benadering');
    expect(location?.addresses).toBeUndefined();
    expect(attr(location ?? {})).toMatchObject({ precisie: 'plaats', bron_leeftijd: 'verouderd' });
    // Undated: no source date is made up, and the claim counts as old.
    expect(attr(s).bron_datum).toBeUndefined();
    expect(s.metadata.map((m) => m.field_name)).not.toContain('source_date');
    expect(
      s.service_at_locations?.[0]?.schedules?.map((r) => [r.byday, r.opens_at, r.closes_at]),
    ).toEqual([
      ['MO,TU,WE,TH,FR', '14:00', '17:00'],
      ['SA', '10:00', '15:00'],
    ]);
  });

  it('turns a "wel" claim into a service for that gemeente and counts what HSDS cannot hold', () => {
    const s = byName(result.services, 'Sociaal raadsliedenwerk voor inwoners van Amsterdam');
    expect(s.organization).toBeUndefined();
    expect(attr(s)).toMatchObject({
      bron_leeftijd: 'actueel',
      bronrecord: 'evidence.csv#ev-gm0363-test',
    });
    expect(result.leftOut).toEqual({ niet: 1, otherHelp: 1 });
    expect(result.counts).toMatchObject({
      service: 3,
      organization: 2,
      location: 2,
      service_at_location: 2,
      service_area: 3,
      schedule: 3,
      phone: 2,
      address: 1,
    });
  });

  it('marks the user own rows, and gives the same bytes for the same records in any order', () => {
    const own = toHsds(input, { today: TODAY, ownIds: new Set(['ev-gm0363-test']) });
    const claim = byName(own.services, 'Sociaal raadsliedenwerk voor inwoners van Amsterdam');
    expect(attr(claim).herkomst).toBe('eigen gegevens');
    expect(claim.metadata[0]?.updated_by).toContain('Eigen gegevens');
    const shuffled = {
      ...input,
      locations: [...input.locations].reverse(),
      evidence: [...input.evidence].reverse(),
    };
    expect(hsdsJson(toHsds(shuffled, { today: TODAY }))).toBe(hsdsJson(result));
  });
});

describe('public/data/hsds.json', () => {
  const text = fs.readFileSync(path.join(PUBLIC_DATA, 'hsds.json'), 'utf8');

  it('is what the mapper makes of dataset.json, places.json and details.json, and validates', () => {
    const dataset = committedDataset;
    expect(hsdsJson(toHsds(dataset, { today: dataset.checkedUntil }))).toBe(text);
    expect(hsdsErrors(JSON.parse(text))).toEqual([]);
  });
});
