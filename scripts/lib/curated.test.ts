// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PostcodeTable } from '../../src/shared/model/schema';
import {
  curate,
  EVIDENCE_COLUMNS,
  LOCATION_COLUMNS,
  SERVICE_COLUMNS,
  curatedReference,
  type CuratedReference,
} from './curated';
import { parseDocuments, unlistedDocuments } from './documents';

const postcodes: PostcodeTable = {
  gemeenten: ['GM0344', 'GM0363'],
  places: ['Amsterdam', 'Utrecht'],
  pc4: [1011, 1012, 3511],
  lat: [52.371, 52.373, 52.093],
  lon: [4.904, 4.895, 5.118],
  gemeente: [1, 1, 0],
  place: [0, 0, 1],
};
const ref: CuratedReference = curatedReference(
  [
    { code: 'GM0344', label: [5.1, 52.09] },
    { code: 'GM0363', label: [4.9, 52.37] },
  ],
  postcodes,
);

const LOCATION: Record<string, string> = {
  id: 'ido-bibliotheek-centrum',
  kind: 'ido',
  name: 'IDO Bibliotheek Centrum',
  organisation: 'OBA',
  street: 'Oosterdokskade',
  house_number: '143',
  postcode: '1011DL',
  place: 'Amsterdam',
  gemeente_code: 'GM0363',
  lat: '52.3756',
  lon: '4.9083',
  precision: 'exact',
  access: 'inloop; afspraak',
  website: 'https://www.oba.nl/',
  source: 'https://www.oba.nl/ido',
  source_date: '',
  checked_on: '2026-11-20',
};

function csv(columns: readonly string[], rows: Record<string, string>[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return (
    [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join(
      '\n',
    ) + '\n'
  );
}

function locations(...rows: Record<string, string>[]) {
  return {
    file: 'locations-ido.csv',
    text: csv(
      LOCATION_COLUMNS,
      rows.map((r) => ({ ...LOCATION, ...r })),
    ),
  };
}

function reasons(result: ReturnType<typeof curate>) {
  return result.problems.map((p) => `${p.file}|${p.id}|${p.line}|${p.reason}`);
}

describe('curate', () => {
  it('accepts a good row and maps it to the schema shape', () => {
    const result = curate([locations({})], ref);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual([{ file: 'locations-ido.csv', rowsIn: 1, recordsOut: 1 }]);
    const [location] = result.records.locations;
    expect(location).toMatchObject({
      id: 'ido-bibliotheek-centrum',
      address: {
        street: 'Oosterdokskade',
        houseNumber: '143',
        postcode: '1011 DL',
        place: 'Amsterdam',
      },
      lat: 52.3756,
      lon: 4.9083,
      access: ['inloop', 'afspraak'],
      provenance: { source: 'https://www.oba.nl/ido', checkedOn: '2026-11-20' },
    });
    expect(location).not.toHaveProperty('phone');
    expect(location?.provenance).not.toHaveProperty('sourceDate');
  });

  it('gives precision postcode the PC4 centroid', () => {
    const result = curate(
      [locations({ precision: 'postcode', lat: '', lon: '', postcode: '1012 ab' })],
      ref,
    );
    expect(result.problems).toEqual([]);
    expect(result.records.locations[0]).toMatchObject({
      lat: 52.373,
      lon: 4.895,
      address: { postcode: '1012 AB' },
    });
  });

  it('gives precision plaats the woonplaats centroid, matching the name case-insensitively', () => {
    const result = curate(
      [locations({ precision: 'plaats', lat: '', lon: '', postcode: '', place: 'AMSTERDAM' })],
      ref,
    );
    expect(result.problems).toEqual([]);
    expect(result.records.locations[0]).toMatchObject({ lat: 52.372, lon: 4.8995 });
  });

  it('gives precision gemeente the gemeente label point, for records that name no woonplaats', () => {
    const result = curate(
      [locations({ precision: 'gemeente', lat: '', lon: '', postcode: '', place: 'Gemeente' })],
      ref,
    );
    expect(result.problems).toEqual([]);
    expect(result.records.locations[0]).toMatchObject({ lat: 52.37, lon: 4.9 });
  });

  it.each([
    ['unknown gemeente code', { gemeente_code: 'GM9999' }, /unknown gemeente code "GM9999"/],
    ['coordinates outside NL', { lat: '48.85', lon: '2.35' }, /outside the Netherlands/],
    ['malformed postcode', { postcode: '0123 AB' }, /malformed postcode "0123 AB"/],
    ['javascript: URL', { website: 'javascript:alert(1)' }, /website is not an http\(s\) URL/],
    ['javascript: source', { source: 'javascript:alert(1)' }, /source is not an http\(s\) URL/],
    ['missing source', { source: '' }, /source is missing/],
    ['missing date', { checked_on: '' }, /checked_on \(date\) is missing/],
    ['bad date', { checked_on: '20-11-2026' }, /checkedOn: not a date/],
    ['kind not matching the file', { kind: 'juridisch-loket' }, /does not match the file/],
    ['exact without coordinates', { lat: '', lon: '' }, /precision exact needs lat and lon/],
    [
      'unknown PC4 with precision postcode',
      { precision: 'postcode', postcode: '9999 ZZ' },
      /PC4 9999 .* is unknown/,
    ],
    [
      'unknown woonplaats',
      { precision: 'plaats', place: 'Nergenshuizen' },
      /woonplaats "Nergenshuizen" not found/,
    ],
    [
      'unknown service_id',
      { service_id: 'srl-nowhere' },
      /service_id "srl-nowhere" is not in services.csv/,
    ],
  ])('rejects %s with file, id, line and reason', (_, row, reason) => {
    const result = curate([locations(row)], ref);
    expect(result.records.locations).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    const [problem] = result.problems;
    expect(problem).toMatchObject({
      file: 'locations-ido.csv',
      id: 'ido-bibliotheek-centrum',
      line: 2,
    });
    expect(reasons(result).join('\n')).toMatch(reason);
    expect(result.counts[0]?.recordsOut).toBe(0);
  });

  it('rejects duplicate ids, also across location files', () => {
    const other = {
      file: 'locations-juridisch-loket.csv',
      text: csv(LOCATION_COLUMNS, [{ ...LOCATION, kind: 'juridisch-loket' }]),
    };
    const result = curate([locations({}, {}), other], ref);
    expect(result.records.locations).toHaveLength(1);
    expect(reasons(result)).toEqual([
      'locations-ido.csv|ido-bibliotheek-centrum|3|duplicate id (first at locations-ido.csv:2)',
      'locations-juridisch-loket.csv|ido-bibliotheek-centrum|2|duplicate id (first at locations-ido.csv:2)',
    ]);
  });

  it('warns (without failing) when the postcode lies in another gemeente', () => {
    const result = curate([locations({ postcode: '3511 AB', precision: 'exact' })], ref);
    expect(result.problems).toEqual([]);
    expect(result.warnings[0]?.reason).toMatch(/lies in GM0344 .* row says GM0363/);
  });

  it('checks services and evidence, including service_id references', () => {
    const service = {
      id: 'srl-utrecht',
      name: 'Sociaal raadslieden Utrecht',
      provider: 'Buurtteams',
      service_area: 'GM0344; GM0363',
      basis: 'vermeld',
      source: 'https://example.nl/srl',
      source_date: '2026-01-01',
      checked_on: '2026-11-20',
    };
    const evidence = {
      id: 'ev-1',
      gemeente_code: 'GM0363',
      kind: 'sociaal-raadslieden',
      status: 'niet',
      basis: 'vermeld',
      source: 'doc.txt',
      source_date: '2022-12',
      source_date_how: 'url',
      checked_on: '2026-11-20',
    };
    const pilot = {
      ...evidence,
      id: 'ev-pilot',
      kind: 'pilot',
      status: '',
      basis: 'afgeleid',
      source_date: '',
      source_date_how: '',
    };
    const result = curate(
      [
        locations({ service_id: 'srl-utrecht' }),
        {
          file: 'services.csv',
          text: csv(SERVICE_COLUMNS, [
            service,
            { ...service, id: 'srl-bad', service_area: 'GM0344;GM0001' },
          ]),
        },
        {
          file: 'evidence.csv',
          text: csv(EVIDENCE_COLUMNS, [
            evidence,
            { ...evidence, id: 'ev-2', status: 'misschien' },
            pilot,
            { ...pilot, id: 'ev-pilot-wel', status: 'wel' },
            { ...evidence, id: 'ev-no-status', status: '' },
            { ...evidence, id: 'ev-how-undated', source_date: '', source_date_how: 'url' },
            { ...evidence, id: 'ev-no-basis', basis: '' },
          ]),
        },
      ],
      ref,
    );
    expect(result.records.services.map((s) => s.serviceArea)).toEqual([['GM0344', 'GM0363']]);
    expect(result.records.services[0]?.basis).toBe('vermeld');
    expect(result.records.evidence).toEqual([
      {
        id: 'ev-1',
        gemeenteCode: 'GM0363',
        kind: 'sociaal-raadslieden',
        status: 'niet',
        basis: 'vermeld',
        provenance: {
          source: 'doc.txt',
          sourceDate: '2022-12',
          sourceDateHow: 'url',
          checkedOn: '2026-11-20',
        },
      },
      {
        id: 'ev-pilot',
        gemeenteCode: 'GM0363',
        kind: 'pilot',
        basis: 'afgeleid',
        provenance: { source: 'doc.txt', checkedOn: '2026-11-20' },
      },
    ]);
    expect(result.records.locations[0]?.serviceId).toBe('srl-utrecht');
    expect(reasons(result)).toEqual([
      'services.csv|srl-bad|3|service_area names unknown gemeente code(s) GM0001',
      expect.stringMatching(/^evidence.csv\|ev-2\|3\|status: /),
      expect.stringMatching(/^evidence.csv\|ev-pilot-wel\|5\|status: .*sociaal-raadslieden/),
      expect.stringMatching(/^evidence.csv\|ev-no-status\|6\|status: .*required/),
      expect.stringMatching(/^evidence.csv\|ev-how-undated\|7\|.*source_date_how without/),
      expect.stringMatching(/^evidence.csv\|ev-no-basis\|8\|basis: /),
    ]);
  });

  it('reports a missing column and a ragged row as file problems', () => {
    const result = curate(
      [
        { file: 'evidence.csv', text: 'id,gemeente_code\nx,GM0363\n' },
        { file: 'services.csv', text: `${SERVICE_COLUMNS.join(',')}\na,b\n` },
      ],
      ref,
    );
    expect(reasons(result)).toEqual([
      expect.stringMatching(
        /^evidence.csv\|\|1\|missing column\(s\): kind, status, basis, note, source, source_title, source_date, source_date_how, checked_on$/,
      ),
      expect.stringMatching(/^services.csv\|\|2\|services.csv:2: row has 2 cells/),
    ]);
  });
});

describe('documents.csv', () => {
  const HEADER = 'file,title,publisher,date';

  it('lists background documents by title, publisher and date', () => {
    const result = parseDocuments(
      `${HEADER}\n002_b.txt,Ledenbrief POK,VNG,\n001_a.txt,"Evaluatie POK-middelen, 2025",AEF,2025-03\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ file: 'documents.csv', rowsIn: 2, recordsOut: 2 });
    expect(result.documents).toEqual([
      {
        file: '001_a.txt',
        title: 'Evaluatie POK-middelen, 2025',
        publisher: 'AEF',
        date: '2025-03',
      },
      { file: '002_b.txt', title: 'Ledenbrief POK', publisher: 'VNG' },
    ]);
  });

  it('reports a document without a title, a bad date and a duplicate with file, line and reason', () => {
    const result = parseDocuments(
      `${HEADER}\n001_a.txt,,VNG,2025\n002_b.txt,Brief,VNG,maart 2025\n003_c.txt,Brief,VNG,\n003_c.txt,Brief,VNG,\n`,
    );
    expect(result.documents.map((d) => d.file)).toEqual(['003_c.txt']);
    expect(result.counts).toEqual({ file: 'documents.csv', rowsIn: 4, recordsOut: 1 });
    expect(result.problems.map((p) => `${p.file}|${p.id}|${p.line}|${p.reason}`)).toEqual([
      expect.stringMatching(/^documents.csv\|001_a.txt\|2\|title: /),
      expect.stringMatching(/^documents.csv\|002_b.txt\|3\|date: /),
      'documents.csv|003_c.txt|5|duplicate document 003_c.txt',
    ]);
  });

  it('reports an empty list instead of showing file names', () => {
    expect(parseDocuments(`${HEADER}\n`).problems).toEqual([
      { file: 'documents.csv', id: '', line: 1, reason: 'file has no rows' },
    ]);
  });

  it('reports every cited source that is neither a web address nor a listed document', () => {
    const documents = [{ file: '001_a.txt', title: 'Evaluatie', publisher: 'AEF' }];
    const problems = unlistedDocuments(
      [
        { file: 'evidence.csv', id: 'ev-listed', source: '001_a.txt' },
        { file: 'evidence.csv', id: 'ev-web', source: 'https://example.nl/nieuws' },
        { file: 'evidence.csv', id: 'ev-unlisted', source: '002_b.txt' },
        { file: 'services.csv', id: 'srl-x', source: 'notulen.pdf' },
      ],
      documents,
    );
    expect(problems.map((p) => [p.file, p.id, p.reason])).toEqual([
      [
        'evidence.csv',
        'ev-unlisted',
        'source "002_b.txt" is not a web address and not listed in documents.csv',
      ],
      [
        'services.csv',
        'srl-x',
        'source "notulen.pdf" is not a web address and not listed in documents.csv',
      ],
    ]);
  });
});
