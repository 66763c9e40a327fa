import { computeCoverage } from '../../../shared/model/coverage';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { coverageCsv, csvCell } from './export-csv';
import { buildCoverageRows, type CoverageRow } from './table-rows';

function rows(): CoverageRow[] {
  const dataset = createCoverageDataset();
  return buildCoverageRows(
    dataset,
    computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence),
  );
}

describe('coverageCsv', () => {
  it('has a header and 342 rows, CRLF line ends', () => {
    const csv = coverageCsv(rows());
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(343);
    expect(lines[0]).toBe('code,naam,provincie,status,inwoners,aanbieder,bron,gecontroleerd op');
    expect(lines).toContain(
      'GM0307,Amersfoort,Utrecht,wel,157470,Stichting Raad Utrecht,https://example.org/srl-utrecht,2026-11-22',
    );
    expect(lines).toContain('GM0599,Rotterdam,Zuid-Holland,onbekend,651565,,,');
  });

  it('keeps names that start with an apostrophe as they are', () => {
    expect(coverageCsv(rows())).toContain("GM0518,'s-Gravenhage,Zuid-Holland,");
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('zeg "hallo"')).toBe('"zeg ""hallo"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(1234)).toBe('1234');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31 20')).toBe("'+31 20");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('defuses a formula in a provider name in the export', () => {
    const [first, ...rest] = rows();
    if (!first) throw new Error('no rows');
    const csv = coverageCsv([{ ...first, providers: ['=cmd|calc'] }, ...rest]);
    expect(csv).toContain(",'=cmd|calc,");
  });
});
