// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { areaShape } from '../../src/shared/intake/polygon';
import type { PostcodeTable } from '../../src/shared/model/schema';
import {
  curate,
  curatedReference,
  EVIDENCE_COLUMNS,
  LOCATION_COLUMNS,
  SERVICE_COLUMNS,
  type CuratedInput,
} from './curated';

/** Square boundaries around four real gemeenten, enough to tell them apart. */
const square = (code: string, name: string, w: number, s: number, e: number, n: number) =>
  areaShape(code, name, {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });
const SHAPES = [
  square('GM0809', 'Loon op Zand', 5.0, 51.6, 5.15, 51.7),
  square('GM0014', 'Groningen', 6.45, 53.15, 6.7, 53.3),
  square('GM0268', 'Nijmegen', 5.75, 51.78, 5.95, 51.88),
  square('GM1900', 'Súdwest-Fryslân', 5.3, 52.9, 5.8, 53.15),
];
const postcodes: PostcodeTable = {
  gemeenten: ['GM0014', 'GM0268', 'GM0809', 'GM1900'],
  places: ['Groningen', 'Kaatsheuvel', 'Nijmegen', 'Sneek'],
  pc4: [5171, 6511, 8601, 9711],
  lat: [51.655, 51.842, 53.032, 53.218],
  lon: [5.04, 5.86, 5.658, 6.567],
  gemeente: [2, 1, 3, 0],
  place: [1, 2, 3, 0],
};
const REF = curatedReference(
  [
    { code: 'GM0014', name: 'Groningen', label: [6.57, 53.22] },
    { code: 'GM0268', name: 'Nijmegen', label: [5.85, 51.84] },
    { code: 'GM0809', name: 'Loon op Zand', label: [5.07, 51.65] },
    { code: 'GM1900', name: 'Súdwest-Fryslân', label: [5.6, 53.0] },
  ],
  postcodes,
  SHAPES,
);
const TODAY = '2026-11-30';

const LOCATION: Record<string, string> = {
  id: 'ido-bibliotheek-kaatsheuvel',
  kind: 'ido',
  name: 'Informatiepunt Digitale Overheid Bibliotheek Kaatsheuvel',
  organisation: 'Bibliotheek Midden-Brabant',
  street: 'Horst',
  house_number: '31',
  postcode: '5171GB',
  place: 'Kaatsheuvel',
  gemeente_code: 'GM0809',
  lat: '51.6581',
  lon: '5.0452',
  precision: 'exact',
  access: 'inloop; afspraak',
  website: 'https://www.bibliotheekmb.nl/',
  source: 'https://www.bibliotheekmb.nl/ido',
  source_date: '2019-09-12',
  checked_on: '2026-11-22',
};
const SERVICE: Record<string, string> = {
  id: 'srl-test',
  name: 'Sociaal raadslieden test',
  provider: 'Welzijn',
  service_area: 'GM0268; GM0809',
  basis: 'vermeld',
  source: 'https://example.nl/srl',
  source_date: '2024-01-15',
  checked_on: '2026-11-20',
};
const EVIDENCE: Record<string, string> = {
  id: 'ev-gm1900-test',
  gemeente_code: 'GM1900',
  kind: 'sociaal-raadslieden',
  status: 'wel',
  basis: 'vermeld',
  note: 'Súdwest-Fryslân heeft sociaal raadslieden',
  source: 'https://example.nl/swf',
  source_date: '2025-03-01',
  checked_on: '2026-11-22',
};

function csv(
  columns: readonly string[],
  rows: Record<string, string>[],
  delimiter: ',' | ';' = ',',
  eol = '\n',
): string {
  const quote = (v: string) =>
    v.includes(delimiter) || /["\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return [
    columns.join(delimiter),
    ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(delimiter)),
  ]
    .map((line) => `${line}${eol}`)
    .join('');
}

const locations = (...rows: Record<string, string>[]): CuratedInput => ({
  file: 'locations-ido.csv',
  text: csv(
    LOCATION_COLUMNS,
    rows.map((r) => ({ ...LOCATION, ...r })),
  ),
});
const evidence = (...rows: Record<string, string>[]): CuratedInput => ({
  file: 'evidence.csv',
  text: csv(
    EVIDENCE_COLUMNS,
    rows.map((r) => ({ ...EVIDENCE, ...r })),
  ),
});
const services = (...rows: Record<string, string>[]): CuratedInput => ({
  file: 'services.csv',
  text: csv(
    SERVICE_COLUMNS,
    rows.map((r) => ({ ...SERVICE, ...r })),
  ),
});

const run = (...inputs: CuratedInput[]) => curate(inputs, REF, { today: TODAY });
const lines = (result: ReturnType<typeof run>) =>
  result.problems.map((p) => `${p.file}:${p.line} [${p.id}] ${p.reason}`);

/** Bytes of text in Windows-1252 (the characters used are in Latin-1). */
const cp1252 = (text: string) =>
  Uint8Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('curate: rows that are right', () => {
  it('maps a location with a position inside its gemeente', () => {
    const result = run(locations({}));
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual([{ file: 'locations-ido.csv', rowsIn: 1, recordsOut: 1 }]);
    expect(result.records.locations[0]).toMatchObject({
      id: 'ido-bibliotheek-kaatsheuvel',
      address: { postcode: '5171 GB', place: 'Kaatsheuvel' },
      lat: 51.6581,
      lon: 5.0452,
      precision: 'exact',
      access: ['inloop', 'afspraak'],
    });
  });

  it('places rows without coordinates at the postcode, woonplaats or gemeente', () => {
    const result = run(
      locations(
        { id: 'a', precision: 'postcode', lat: '', lon: '' },
        { id: 'b', precision: 'plaats', lat: '', lon: '', postcode: '' },
        { id: 'c', precision: 'gemeente', lat: '', lon: '', postcode: '' },
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.records.locations.map((l) => [l.id, l.lat, l.lon])).toEqual([
      ['a', 51.655, 5.04],
      ['b', 51.655, 5.04],
      ['c', 51.65, 5.07],
    ]);
  });

  it('keeps a month or a year as the source shows it, also when typed dd-mm-jjjj style', () => {
    const result = run(
      evidence(
        { id: 'ev-month', source_date: '12-2022', source_date_how: 'url' },
        { id: 'ev-year', source_date: '2013', source_date_how: 'tekst' },
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.records.evidence.map((e) => e.provenance.sourceDate)).toEqual([
      '2022-12',
      '2013',
    ]);
  });

  it('takes other help as evidence without a status, and lists documents by title', () => {
    const result = run(
      evidence({
        id: 'ev-pilot',
        kind: 'pilot',
        status: '',
        basis: 'afgeleid',
        source: '001_a.txt',
      }),
      {
        file: 'documents.csv',
        text: 'file,title,publisher,date\n001_a.txt,"Evaluatie POK-middelen, 2025",AEF,03-2025\n',
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.records.evidence[0]).toMatchObject({ kind: 'pilot', basis: 'afgeleid' });
    expect(result.records.evidence[0]).not.toHaveProperty('status');
    expect(result.records.documents).toEqual([
      {
        file: '001_a.txt',
        title: 'Evaluatie POK-middelen, 2025',
        publisher: 'AEF',
        date: '2025-03',
      },
    ]);
  });

  it('reads dd-mm-jjjj dates and a Dutch decimal comma, and stores them normalised', () => {
    const result = run(
      locations({ checked_on: '22-11-2026', source_date: '12-9-2019', lat: '51,6581' }),
    );
    expect(result.problems).toEqual([]);
    expect(result.records.locations[0]).toMatchObject({
      lat: 51.6581,
      provenance: { sourceDate: '2019-09-12', checkedOn: '2026-11-22' },
    });
  });
});

describe('curate: spreadsheet files', () => {
  it('reads a Windows-1252 file exactly ("Súdwest-Fryslân", not "S�dwest-Frysl�n")', () => {
    const text = csv(EVIDENCE_COLUMNS, [EVIDENCE], ',', '\r\n');
    const result = run({ file: 'evidence.csv', bytes: cp1252(text) });
    expect(result.problems).toEqual([]);
    expect(result.records.evidence[0]?.note).toBe('Súdwest-Fryslân heeft sociaal raadslieden');
    expect(result.warnings.map((w) => w.reason).join()).toMatch(/Windows-1252/);
  });

  it('reads a semicolon file as Dutch Excel saves it', () => {
    const text = csv(
      LOCATION_COLUMNS,
      [{ ...LOCATION, lat: '51,6581', lon: '5,0452', access_note: 'ja, zonder afspraak' }],
      ';',
      '\r\n',
    );
    const result = run({
      file: 'locations-ido.csv',
      bytes: new TextEncoder().encode(`\uFEFF${text}`),
    });
    expect(result.problems).toEqual([]);
    expect(result.records.locations[0]).toMatchObject({
      lat: 51.6581,
      lon: 5.0452,
      accessNote: 'ja, zonder afspraak',
    });
  });

  it.each([
    [
      'an Excel workbook renamed to .csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]),
      /Excel-werkmap \(\.xlsx\) met de naam \.csv/,
    ],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x69, 0, 0x64, 0, 0x0a, 0]), /UTF-16/],
    [
      'tab-separated text',
      new TextEncoder().encode(EVIDENCE_COLUMNS.join('\t') + '\n'),
      /gescheiden door tabs/,
    ],
  ])('refuses %s, naming the cause', (_, bytes, cause) => {
    const result = run({ file: 'evidence.csv', bytes });
    expect(result.records.evidence).toEqual([]);
    expect(lines(result)).toEqual([expect.stringMatching(cause) as unknown]);
    expect(result.problems[0]?.file).toBe('evidence.csv');
  });

  it('refuses a file with only a header: all its rows would vanish', () => {
    const result = run({ file: 'evidence.csv', text: `${EVIDENCE_COLUMNS.join(',')}\n` });
    expect(lines(result)).toEqual([
      'evidence.csv:1 [] het bestand heeft alleen een kopregel en geen rijen; zonder rijen zou alles uit dit bestand van de kaart verdwijnen',
    ]);
  });

  it('names missing and unknown columns, with a hint for a column typed differently', () => {
    const text = csv(
      EVIDENCE_COLUMNS.map((c) => (c === 'gemeente_code' ? 'Gemeente code' : c)),
      [{ ...EVIDENCE, 'Gemeente code': 'GM1900' }],
    );
    expect(lines(run({ file: 'evidence.csv', text }))).toEqual([
      expect.stringMatching(
        /kolom\(men\) ontbreken: gemeente_code; neem de kopregel over uit data\/templates\/evidence\.csv/,
      ) as unknown,
      'evidence.csv:1 [] onbekende kolom(men): "Gemeente code" (bedoelt u "gemeente_code"?); de kolommen staan in data/datapackage.json',
    ]);
  });

  it('refuses a ragged row with its line', () => {
    const text = `${EVIDENCE_COLUMNS.join(',')}\nev-1,GM1900,wel\n`;
    expect(lines(run({ file: 'evidence.csv', text }))).toEqual([
      expect.stringMatching(
        /^evidence\.csv:2 \[\] deze regel heeft 3 cellen, de kopregel 12/,
      ) as unknown,
    ]);
  });
});

describe('curate: values that are wrong are refused with file, line, id and reason', () => {
  it("refuses a 'niet' dated 2099 instead of letting it flip the gemeente", () => {
    const result = run(
      evidence({
        id: 'ev-gm0268-2099',
        gemeente_code: 'GM0268',
        status: 'niet',
        source_date: '2099-01-01',
      }),
    );
    expect(result.records.evidence).toEqual([]);
    expect(lines(result)).toEqual([
      'evidence.csv:2 [ev-gm0268-2099] source_date: 2099-01-01 ligt in de toekomst (vandaag is 2026-11-30); vul de datum in die de bron toont (of laat de cel leeg)',
    ]);
  });

  it('refuses a checked_on in the future and a source dated after it was read', () => {
    expect(lines(run(evidence({ checked_on: '01-01-2099' })))).toEqual([
      expect.stringMatching(
        /checked_on: 2099-01-01 ligt in de toekomst .*vul de dag in waarop u de bron las/,
      ) as unknown,
    ]);
    expect(lines(run(evidence({ source_date: '2026-11-25', checked_on: '2026-11-22' })))).toEqual([
      expect.stringMatching(/source_date: 2026-11-25 ligt na checked_on \(2026-11-22\)/) as unknown,
    ]);
  });

  it('refuses a date in an unknown form, naming the expected forms', () => {
    expect(lines(run(evidence({ checked_on: '22/11/2026' })))).toEqual([
      expect.stringMatching(
        /checked_on: "22\/11\/2026" is geen datum in een bekende vorm; schrijf jjjj-mm-dd \(2024-03-12\) of dd-mm-jjjj \(12-03-2024\)/,
      ) as unknown,
    ]);
  });

  it('refuses Groningen coordinates on a Loon op Zand row and says where they are', () => {
    const result = run(locations({ lat: '53.2191', lon: '6.5668' }));
    expect(result.records.locations).toEqual([]);
    expect(lines(result)).toEqual([
      'locations-ido.csv:2 [ido-bibliotheek-kaatsheuvel] lat/lon: lat/lon (53.2191, 6.5668) ligt niet in Loon op Zand (GM0809) maar in Groningen (GM0014); zijn lat en lon van een andere plek?',
    ]);
  });

  it('says when lat and lon are swapped', () => {
    expect(lines(run(locations({ lat: '5.0452', lon: '51.6581' })))).toEqual([
      expect.stringMatching(/buiten Nederland \(lat en lon verwisseld\?\)/) as unknown,
    ]);
  });

  it('allows a position just outside the simplified boundary, with a warning', () => {
    const result = run(locations({ lon: '5.155' }));
    expect(result.problems).toEqual([]);
    expect(result.warnings[0]?.reason).toMatch(
      /ligt 3\d\d m buiten de \(vereenvoudigde\) grens van Loon op Zand/,
    );
  });

  it('never replaces given coordinates: with precision plaats they are an error', () => {
    const result = run(locations({ precision: 'plaats' }));
    expect(result.records.locations).toEqual([]);
    expect(lines(result)).toEqual([
      'locations-ido.csv:2 [ido-bibliotheek-kaatsheuvel] lat/lon: ingevuld, maar precision is "plaats"; een opgegeven positie wordt nooit vervangen: zet precision op exact als lat en lon van dit adres zijn, of maak lat en lon leeg',
    ]);
  });

  it('lists the allowed values for a fixed set', () => {
    expect(lines(run(locations({ precision: 'Plaats', lat: '', lon: '' })))).toEqual([
      'locations-ido.csv:2 [ido-bibliotheek-kaatsheuvel] precision: "Plaats" is geen toegestane waarde (bedoelt u "plaats"? hoofdletters en spaties tellen); kies uit: exact, postcode, plaats, gemeente',
    ]);
    expect(lines(run(evidence({ status: 'misschien' })))).toEqual([
      'evidence.csv:2 [ev-gm1900-test] status: "misschien" is geen toegestane waarde; kies uit: wel, niet',
    ]);
    expect(lines(run(locations({ access: 'inloop; binnenlopen' })))).toEqual([
      'locations-ido.csv:2 [ido-bibliotheek-kaatsheuvel] access: "binnenlopen" is geen toegestane waarde; kies uit: inloop, afspraak, telefonisch-online (meer dan één gescheiden door ;)',
    ]);
  });

  it('refuses invisible characters in ids and names and shows them', () => {
    const result = run(
      locations({ id: 'ido-biblio\u200Btheek', name: 'Bibliotheek\u202E Kaatsheuvel' }),
    );
    expect(result.records.locations).toEqual([]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      'id: bevat een onzichtbaar teken U+200B (zero width space): "ido-biblio⟨U+200B⟩theek"; typ de tekst opnieuw of verwijder het teken',
      'name: bevat een onzichtbaar teken U+202E (right-to-left override): "Bibliotheek⟨U+202E⟩ Kaatsheuvel"; typ de tekst opnieuw of verwijder het teken',
    ]);
    expect(lines(run(evidence({ id: 'ev-nul\u0000' })))[0]).toMatch(/U\+0000 \(NUL\)/);
  });

  it('refuses a cell over 2,000 characters', () => {
    expect(lines(run(evidence({ note: 'x'.repeat(2001) })))).toEqual([
      expect.stringMatching(/note: de cel is 2\.001 tekens lang, meer dan 2\.000/) as unknown,
    ]);
  });

  it.each([
    [
      'an unknown gemeente code',
      { gemeente_code: 'GM9999' },
      /gemeente_code: GM9999 is geen gemeente van 2026/,
    ],
    [
      'a malformed gemeente code',
      { gemeente_code: '0809' },
      /gemeente_code: "0809" heeft niet de juiste vorm \(voorbeeld: GM0809\)/,
    ],
    [
      'a javascript: website',
      { website: 'javascript:alert(1)' },
      /website: "javascript:alert\(1\)" is geen http\(s\)-adres/,
    ],
    [
      'a javascript: source',
      { source: 'javascript:alert(1)' },
      /source: "javascript:alert\(1\)" is geen http\(s\)-adres/,
    ],
    ['a missing source', { source: '' }, /source \(bron\) is verplicht maar leeg/],
    ['a missing name', { name: '  ' }, /name \(naam\) is verplicht maar leeg/],
    [
      'a kind that does not match the file',
      { kind: 'juridisch-loket' },
      /kind: "juridisch-loket" past niet bij dit bestand; hier hoort "ido"/,
    ],
    ['exact without coordinates', { lat: '', lon: '' }, /precision exact vraagt lat én lon/],
    [
      'a malformed postcode',
      { postcode: '0123 AB' },
      /postcode: "0123 AB" heeft niet de juiste vorm/,
    ],
    ['a number that is not one', { lat: '51.6N' }, /lat: "51\.6N" is geen getal/],
    [
      'an unknown woonplaats',
      { precision: 'plaats', lat: '', lon: '', place: 'Nergenshuizen' },
      /woonplaats "Nergenshuizen" ligt niet in Loon op Zand/,
    ],
    [
      'an unknown service_id',
      { service_id: 'srl-nowhere' },
      /service_id: "srl-nowhere" staat niet in services\.csv/,
    ],
  ])('refuses %s', (_, row, reason) => {
    const result = run(locations(row));
    expect(result.records.locations).toEqual([]);
    expect(result.problems[0]).toMatchObject({
      file: 'locations-ido.csv',
      id: 'ido-bibliotheek-kaatsheuvel',
      line: 2,
    });
    expect(lines(result).join('\n')).toMatch(reason);
    expect(result.counts[0]?.recordsOut).toBe(0);
  });

  it('refuses duplicate ids, also across location files', () => {
    const other = {
      file: 'locations-juridisch-loket.csv',
      text: csv(LOCATION_COLUMNS, [{ ...LOCATION, kind: 'juridisch-loket' }]),
    };
    const result = run(locations({}, {}), other);
    expect(result.records.locations).toHaveLength(1);
    expect(lines(result)).toEqual([
      'locations-ido.csv:3 [ido-bibliotheek-kaatsheuvel] id: "ido-bibliotheek-kaatsheuvel" komt twee keer voor (eerst op locations-ido.csv:2)',
      'locations-juridisch-loket.csv:2 [ido-bibliotheek-kaatsheuvel] id: "ido-bibliotheek-kaatsheuvel" komt twee keer voor (eerst op locations-ido.csv:2)',
    ]);
  });

  it('checks service areas and service_id references across files', () => {
    const result = run(
      locations({ service_id: 'srl-test' }),
      services({}, { id: 'srl-bad', service_area: 'GM0809;GM0001;GM0809' }),
      evidence({}),
    );
    expect(result.records.locations[0]?.serviceId).toBe('srl-test');
    expect(result.records.services.map((s) => s.serviceArea)).toEqual([['GM0268', 'GM0809']]);
    expect(lines(result)).toEqual([
      'services.csv:3 [srl-bad] service_area: geen gemeente van 2026: GM0001',
      'services.csv:3 [srl-bad] service_area: GM0809 staat er twee keer in',
    ]);
  });

  it('asks a status for sociaal raadslieden only, and a date for source_date_how', () => {
    expect(lines(run(evidence({ status: '' })))).toEqual([
      'evidence.csv:2 [ev-gm1900-test] status: verplicht bij kind sociaal-raadslieden; kies uit: wel, niet',
    ]);
    expect(lines(run(evidence({ kind: 'pilot', status: 'wel' })))).toEqual([
      'evidence.csv:2 [ev-gm1900-test] status: moet leeg zijn bij kind pilot; alleen sociaal-raadslieden telt als wel of niet',
    ]);
    expect(lines(run(evidence({ kind: 'Pilot', status: '' })))[0]).toMatch(
      /kind: "Pilot" is geen toegestane waarde \(bedoelt u "pilot"\?.*kies uit: sociaal-raadslieden, plan, pilot, clientondersteuning, vrijwilligers-spreekuur, wetswinkel, contactpersoon, ander-aanbod/,
    );
    expect(lines(run(evidence({ source_date: '', source_date_how: 'url' })))).toEqual([
      'evidence.csv:2 [ev-gm1900-test] source_date_how: ingevuld, maar source_date is leeg; vul de datum in of maak source_date_how leeg',
    ]);
    expect(lines(run(evidence({ basis: '' })))).toEqual([
      expect.stringMatching(/basis \(grond\) is verplicht maar leeg/) as unknown,
    ]);
  });

  it('checks documents: a title, a real date, no duplicates, and every cited document listed', () => {
    const result = run(evidence({ source: '002_b.txt' }), {
      file: 'documents.csv',
      text: 'file,title,publisher,date\n001_a.txt,,VNG,2025\n003_c.txt,Brief,VNG,maart 2025\n004_d.txt,Brief,VNG,\n004_d.txt,Brief,VNG,\n',
    });
    expect(lines(result)).toEqual([
      'documents.csv:2 [001_a.txt] title (titel) is verplicht maar leeg (voorbeeld: Evaluatie besteding POK-middelen 2025)',
      expect.stringMatching(
        /^documents\.csv:3 \[003_c\.txt\] date: "maart 2025" is geen datum in een bekende vorm/,
      ) as unknown,
      'documents.csv:5 [004_d.txt] file: "004_d.txt" komt twee keer voor (eerst op documents.csv:4)',
      'evidence.csv:2 [ev-gm1900-test] source: "002_b.txt" is geen webadres en staat niet in documents.csv; voeg het document toe (file, title, publisher, date)',
    ]);
  });

  it('refuses a file that is not in the package', () => {
    expect(lines(run({ file: 'locations-bibliotheek.csv', text: 'id\nx\n' }))).toEqual([
      'locations-bibliotheek.csv:1 [] geen bestand uit data/datapackage.json; het wordt niet gelezen',
    ]);
  });
});
