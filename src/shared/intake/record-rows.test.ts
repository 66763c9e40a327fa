// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { writeCsv } from './csv-write';
import { curate, curatedReference } from './curate';
import { columnNames, curatedFileSpec } from './datapackage';
import { evidenceRow, serviceRow } from './record-rows';

const REF = curatedReference(
  [
    { code: 'GM0363', name: 'Amsterdam', label: [4.9, 52.37] },
    { code: 'GM0796', name: "'s-Hertogenbosch", label: [5.3, 51.7] },
  ],
  { gemeenten: [], places: [], pc4: [], lat: [], lon: [], gemeente: [], place: [] },
  [],
);

function roundTrip(file: 'evidence.csv' | 'services.csv', rows: Record<string, string>[]) {
  const spec = curatedFileSpec(file);
  if (!spec) throw new Error(file);
  const text = writeCsv(columnNames(spec), rows);
  const result = curate([{ file, text }], REF, { today: '2026-11-30' });
  expect(result.problems).toEqual([]);
  return { text, result, header: columnNames(spec) };
}

describe('record rows', () => {
  it('writes evidence back as the same evidence.csv row the build reads', () => {
    const { text, result, header } = roundTrip('evidence.csv', [
      {
        id: 'ev-gm0363-test',
        gemeente_code: 'GM0363',
        kind: 'sociaal-raadslieden',
        status: 'wel',
        basis: 'vermeld',
        note: 'Tekst met, een komma',
        public_note: 'Voor de kaart',
        source: 'https://example.org/a',
        source_title: 'Titel',
        source_date: '2024-03',
        source_date_how: 'url',
        checked_on: '2026-11-22',
      },
    ]);
    const again = writeCsv(header, result.records.evidence.map(evidenceRow));
    expect(again).toBe(text);
    expect(parseCsv(again, 'evidence.csv').rows[0]?.record.source_date).toBe('2024-03');
  });

  it('writes a service area back as a ;-list', () => {
    const { text, result, header } = roundTrip('services.csv', [
      {
        id: 'srl-test',
        name: 'Sociaal raadslieden test',
        provider: 'Welzijn test',
        service_area: 'GM0363;GM0796',
        phone: '',
        email: '',
        website: 'https://example.org/',
        note: 'Intern',
        public_note: '',
        basis: 'afgeleid',
        source: 'https://example.org/b',
        source_title: '',
        source_date: '',
        source_date_how: '',
        checked_on: '2026-11-22',
      },
    ]);
    expect(writeCsv(header, result.records.services.map(serviceRow))).toBe(text);
  });
});
