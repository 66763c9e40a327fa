import { computeCoverage } from '../../../shared/model/coverage';
import { datasetSchema } from '../../../shared/model/schema';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { buildCoverageRows } from './table-rows';

function setup() {
  const dataset = createCoverageDataset();
  const coverage = computeCoverage(
    dataset.gemeenten,
    dataset.services,
    dataset.evidence,
    dataset.checkedUntil,
  );
  const rows = buildCoverageRows(dataset, coverage);
  const row = (code: string) => {
    const found = rows.find((r) => r.code === code);
    if (!found) throw new Error(`no row ${code}`);
    return found;
  };
  return { dataset, rows, row };
}

describe('buildCoverageRows', () => {
  it('the fixture is a valid dataset with 342 gemeenten', () => {
    const { dataset, rows } = setup();
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(rows).toHaveLength(342);
  });

  it('a gemeente served by a service whose office is elsewhere is wel, with the provider', () => {
    const { dataset, row } = setup();
    const office = dataset.locations.find((l) => l.serviceId === 'srl-utrecht');
    expect(office?.gemeenteCode).not.toBe('GM0307');
    expect(row('GM0307')).toMatchObject({
      status: 'wel',
      providers: ['Stichting Raad Utrecht'],
      state: 'wel-actueel',
      sourceTitle: 'example.org',
      sourceUrl: 'https://example.org/srl-utrecht',
      sourceDate: '2024-05-01',
      sourceDateHow: 'vermeld',
      checkedOn: '2026-11-22',
    });
  });

  it('a gemeente without evidence is onbekend, with no source', () => {
    const { row } = setup();
    const rotterdam = row('GM0599');
    expect(rotterdam.status).toBe('onbekend');
    expect(rotterdam.sourceTitle).toBeUndefined();
    expect(rotterdam.age).toBeUndefined();
    expect(rotterdam.providers).toEqual([]);
  });

  it('takes the newest claim as source and marks a conflict', () => {
    const { row } = setup();
    expect(row('GM0344')).toMatchObject({
      status: 'wel',
      conflict: true,
      sourceDate: '2024-05-01',
    });
    expect(row('GM0074')).toMatchObject({ status: 'niet', conflict: false });
  });

  it('names a background document by its title, never by its file name', () => {
    const { row } = setup();
    expect(row('GM0363').sourceTitle).toBe('Raadsnotitie sociaal raadslieden Amsterdam');
    expect(row('GM0363').sourceUrl).toBeUndefined();
  });

  it('shows an outdated status as verouderd, and never counts a pilot as wel', () => {
    const { row } = setup();
    expect(row('GM0074')).toMatchObject({
      state: 'niet-verouderd',
      age: 'verouderd',
      sourceDate: '2020-09-22',
    });
  });
});
