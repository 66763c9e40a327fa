import { computeCoverage } from '../../../shared/model/coverage';
import type { Dataset } from '../../../shared/model/schema';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { coverageCsv, CSV_HEADER, csvCell } from './export-csv';
import { buildCoverageRows, type CoverageRow } from './table-rows';

function rows(dataset: Dataset = createCoverageDataset()): CoverageRow[] {
  return buildCoverageRows(
    dataset,
    computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, dataset.checkedUntil),
  );
}

function lines(csv: string): string[] {
  return csv.split('\r\n').slice(0, -1);
}

describe('coverageCsv', () => {
  it('has a header with the source and its age, and 342 rows, CRLF line ends', () => {
    const csv = coverageCsv(rows());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines(csv)).toHaveLength(343);
    expect(lines(csv)[0]).toBe(
      'code;naam;provincie;status;leeftijd;inwoners;aanbieder;bron;bron_url;bron_datum;bron_datum_hoe;afgeleid;gecontroleerd op',
    );
  });

  it('gives each status its age, source title, source date and how that date was found', () => {
    const all = lines(coverageCsv(rows()));
    expect(all).toContain(
      'GM0307;Amersfoort;Utrecht;wel;actueel;157470;Stichting Raad Utrecht;example.org;https://example.org/srl-utrecht;2024-05-01;vermeld;nee;2026-11-22',
    );
    // A month-only date stays a month; the title is the page's, the date came from its URL.
    expect(all).toContain(
      'GM0014;Groningen;Groningen;wel;actueel;233265;;Gemeenteraad geeft geld voor sociale raadslieden;https://www.oogtv.nl/2025/01/sociale-raadslieden/;2025-01;url;nee;2026-11-22',
    );
    // A 2020 source is more than three years old on 2026-11-22; the pilot does not count.
    expect(all).toContain(
      'GM0074;Heerenveen;Fryslân;niet;verouderd;50655;;sociaalwerknederland.nl;https://www.sociaalwerknederland.nl/hulp-om-de-hoek;2020-09-22;;nee;2026-11-22',
    );
    expect(all).toContain('GM0599;Rotterdam;Zuid-Holland;onbekend;;651565;;;;;;;');
  });

  it('names a background document by its title, never by its file name', () => {
    const csv = coverageCsv(rows());
    expect(lines(csv)).toContain(
      'GM0363;Amsterdam;Noord-Holland;wel;actueel;892960;;Raadsnotitie sociaal raadslieden Amsterdam;;2024-03-15;;nee;2026-11-22',
    );
    expect(csv).not.toContain('raadsnotitie-amsterdam-2024.pdf');
  });

  it('an undated wel claim is verouderd, with an empty date found "onbekend", and says when inferred', () => {
    const dataset = createCoverageDataset();
    dataset.evidence.push({
      id: 'ev-gm0599-zonder-datum',
      gemeenteCode: 'GM0599',
      kind: 'sociaal-raadslieden',
      status: 'wel',
      basis: 'afgeleid',
      provenance: {
        source: 'https://example.org/rotterdam',
        sourceTitle: 'Hulp bij geldzaken',
        checkedOn: '2026-11-22',
      },
    });
    expect(lines(coverageCsv(rows(dataset)))).toContain(
      'GM0599;Rotterdam;Zuid-Holland;wel;verouderd;651565;;Hulp bij geldzaken;https://example.org/rotterdam;;onbekend;ja;2026-11-22',
    );
  });

  it('keeps names that start with an apostrophe as they are', () => {
    expect(coverageCsv(rows())).toContain("GM0518;'s-Gravenhage;Zuid-Holland;");
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
    expect(csv).toContain(";'=cmd|calc;");
  });
});

/**
 * Splits CSV text into records and fields as Dutch Excel does on a double-click: the list
 * separator is a semicolon, quotes protect separators and line breaks inside a cell.
 */
function readAsDutchExcel(text: string): string[][] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    const record = records[records.length - 1] ?? [];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      field = '';
      records.push([]);
      i += 1;
    } else field += ch;
  }
  return records.filter((r) => r.length > 0);
}

describe('the CSV in Dutch Excel', () => {
  it('opens in columns: every row has the 13 cells of the header, also with a semicolon in a cell', () => {
    const [first, ...rest] = rows();
    if (!first) throw new Error('no rows');
    const csv = coverageCsv([{ ...first, providers: ['Stichting A', 'Stichting B'] }, ...rest]);
    const records = readAsDutchExcel(csv);
    expect(records).toHaveLength(343);
    for (const record of records) expect(record).toHaveLength(CSV_HEADER.length);
    expect(records[0]).toEqual([...CSV_HEADER]);
    expect(records[1]?.[6]).toBe('Stichting A; Stichting B');
  });
});
