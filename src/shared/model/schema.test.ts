// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  datasetSchema,
  evidenceSchema,
  locationSchema,
  postcodeSchema,
  postcodeTableSchema,
  serviceSchema,
  webUrlSchema,
  type HelpLocation,
} from './schema';

const location: HelpLocation = {
  id: 'srl-utrecht-centrum',
  kind: 'sociaal-raadslieden',
  name: 'Sociaal raadslieden Utrecht Centrum',
  organisation: 'Buurtteams Utrecht',
  address: { street: 'Neude', houseNumber: '11', postcode: '3512 AE', place: 'Utrecht' },
  gemeenteCode: 'GM0344',
  lat: 52.0929,
  lon: 5.1187,
  precision: 'exact',
  access: ['inloop', 'afspraak'],
  openingHours: { osm: 'Mo-Fr 09:00-12:00' },
  phone: '030 123 45 67',
  website: 'https://example.nl/srl',
  provenance: { source: 'https://example.nl/srl', checkedOn: '2026-11-20' },
};

describe('locationSchema', () => {
  it('accepts a complete location', () => {
    expect(locationSchema.safeParse(location).success).toBe(true);
  });

  it.each([
    ['a non-kebab id', { id: 'SRL Utrecht' }],
    ['an unknown kind', { kind: 'notaris' }],
    ['a gemeente code without GM', { gemeenteCode: '0344' }],
    ['a latitude outside NL', { lat: 48.85 }],
    ['a longitude outside NL', { lon: 2.35 }],
    ['an unknown precision', { precision: 'ongeveer' }],
    ['an unknown access mode', { access: ['brief'] }],
    ['a javascript: website', { website: 'javascript:alert(1)' }],
    ['a bad phone number', { phone: '12' }],
    ['a bad e-mail', { email: 'geen-mail' }],
    ['an empty source', { provenance: { source: '', checkedOn: '2026-11-20' } }],
    ['a bad date', { provenance: { source: 'x', checkedOn: '20-11-2026' } }],
  ])('rejects %s', (_, patch) => {
    expect(locationSchema.safeParse({ ...location, ...patch }).success).toBe(false);
  });
});

describe('postcodeSchema and webUrlSchema', () => {
  it('accepts "1234 AB" only, and never the letters SA, SD, SS', () => {
    expect(postcodeSchema.safeParse('3511 AB').success).toBe(true);
    for (const bad of ['3511AB', '0123 AB', '3511 ab', '3511 SS', '3511 SA', '3511 SD']) {
      expect(postcodeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('accepts http(s) URLs only', () => {
    expect(webUrlSchema.safeParse('https://www.juridischloket.nl/').success).toBe(true);
    expect(webUrlSchema.safeParse('http://example.nl').success).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'ftp://example.nl',
      'data:text/html,x',
      'www.example.nl',
    ]) {
      expect(webUrlSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('serviceSchema and evidenceSchema', () => {
  const provenance = { source: 'doc.txt', checkedOn: '2026-11-20' };
  it('accepts a service with an area and a basis, and rejects an empty area or no basis', () => {
    const service = {
      id: 'srl-x',
      name: 'SRL',
      provider: 'Welzijn',
      serviceArea: ['GM0344'],
      basis: 'vermeld',
      provenance,
    };
    expect(serviceSchema.safeParse(service).success).toBe(true);
    expect(serviceSchema.safeParse({ ...service, basis: 'afgeleid' }).success).toBe(true);
    expect(serviceSchema.safeParse({ ...service, serviceArea: [] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, serviceArea: ['Utrecht'] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, basis: undefined }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, basis: 'gegokt' }).success).toBe(false);
  });

  const evidence = {
    id: 'ev-x',
    gemeenteCode: 'GM0344',
    kind: 'sociaal-raadslieden',
    status: 'niet',
    basis: 'vermeld',
    provenance,
  };

  it('accepts wel/niet sociaal-raadslieden evidence only', () => {
    expect(evidenceSchema.safeParse(evidence).success).toBe(true);
    expect(evidenceSchema.safeParse({ ...evidence, status: 'wel' }).success).toBe(true);
    expect(evidenceSchema.safeParse({ ...evidence, status: 'onbekend' }).success).toBe(false);
    expect(evidenceSchema.safeParse({ ...evidence, kind: 'notaris' }).success).toBe(false);
    expect(evidenceSchema.safeParse({ ...evidence, basis: 'gegokt' }).success).toBe(false);
  });

  it('refuses sociaal-raadslieden evidence without a status', () => {
    const result = evidenceSchema.safeParse({ ...evidence, status: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('status');
  });

  it.each(['plan', 'pilot', 'wetswinkel', 'contactpersoon'])(
    'accepts other help (%s) without a status and refuses it with one',
    (kind) => {
      expect(evidenceSchema.safeParse({ ...evidence, kind, status: undefined }).success).toBe(true);
      const withStatus = evidenceSchema.safeParse({ ...evidence, kind, status: 'wel' });
      expect(withStatus.success).toBe(false);
      expect(withStatus.error?.issues.map((i) => i.path.join('.'))).toContain('status');
    },
  );
});

describe('provenanceSchema', () => {
  const evidenceWith = (patch: Record<string, string>) => ({
    id: 'ev-x',
    gemeenteCode: 'GM0344',
    kind: 'sociaal-raadslieden',
    status: 'wel',
    basis: 'vermeld',
    provenance: { source: 'https://example.nl/', checkedOn: '2026-11-20', ...patch },
  });

  it('accepts a source date as a day, a month or a year, with how it was found', () => {
    for (const sourceDate of ['2022-12-05', '2022-12', '2013']) {
      expect(
        evidenceSchema.safeParse(evidenceWith({ sourceDate, sourceDateHow: 'url' })).success,
        sourceDate,
      ).toBe(true);
    }
    expect(
      evidenceSchema.safeParse(evidenceWith({ sourceTitle: 'Nieuws', sourceDate: '2013' })).success,
    ).toBe(true);
  });

  it.each([
    ['a month 13', { sourceDate: '2022-13' }],
    ['a day 32', { sourceDate: '2022-12-32' }],
    ['a Dutch date', { sourceDate: '05-12-2022' }],
    ['an unknown way of finding the date', { sourceDate: '2022', sourceDateHow: 'geraden' }],
    ['how the date was found without a date', { sourceDateHow: 'vermeld' }],
    ['a month-only checked date', { checkedOn: '2026-11' }],
  ])('rejects %s', (_, patch) => {
    expect(evidenceSchema.safeParse(evidenceWith(patch)).success).toBe(false);
  });
});

describe('datasetSchema and postcodeTableSchema', () => {
  it('accepts a minimal dataset and rejects a bad gemeente', () => {
    const gemeente = {
      code: 'GM0344',
      name: 'Utrecht',
      provinceCode: 'PV26',
      provinceName: 'Utrecht',
      population: 359185,
      label: [5.1, 52.09],
    };
    const dataset = {
      version: 'abc',
      checkedUntil: '2026-11-22',
      populationNote: 'note',
      gemeenten: [gemeente],
      locations: [location],
      services: [],
      evidence: [],
      documents: [
        { file: '001_doc.txt', title: 'Evaluatie', publisher: 'VNG', date: '2025' },
        { file: '002_doc.txt', title: 'Ledenbrief', publisher: 'VNG' },
      ],
    };
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(datasetSchema.safeParse({ ...dataset, documents: undefined }).success).toBe(false);
    expect(
      datasetSchema.safeParse({
        ...dataset,
        documents: [{ file: '001_doc.txt', title: '', publisher: 'VNG' }],
      }).success,
    ).toBe(false);
    expect(
      datasetSchema.safeParse({ ...dataset, gemeenten: [{ ...gemeente, population: -1 }] }).success,
    ).toBe(false);
    expect(datasetSchema.safeParse({ ...dataset, version: '' }).success).toBe(false);
  });

  it('accepts a columnar postcode table and rejects a 3-digit postcode', () => {
    const table = {
      gemeenten: ['GM0344'],
      places: ['Utrecht'],
      pc4: [3511],
      lat: [52.09],
      lon: [5.12],
      gemeente: [0],
      place: [0],
    };
    expect(postcodeTableSchema.safeParse(table).success).toBe(true);
    expect(postcodeTableSchema.safeParse({ ...table, pc4: [351] }).success).toBe(false);
    expect(postcodeTableSchema.safeParse({ ...table, place: [-2] }).success).toBe(false);
  });
});
