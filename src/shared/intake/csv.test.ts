// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';
import { writeCsv } from './csv-write';

function error(text: string, file = 'x.csv'): CsvError {
  try {
    parseCsv(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(CsvError);
    return e as CsvError;
  }
  throw new Error('expected a CsvError');
}

describe('parseCsv', () => {
  it('reads a header and rows with line numbers', () => {
    const table = parseCsv('id,name\na,Alpha\nb,Beta\n', 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.delimiter).toBe(',');
    expect(table.rows.map((r) => [r.line, r.record.id, r.record.name])).toEqual([
      [2, 'a', 'Alpha'],
      [3, 'b', 'Beta'],
    ]);
  });

  it('reads semicolon files (Dutch Excel) with quotes, commas and line breaks in cells', () => {
    const table = parseCsv(
      'id;note;lat\r\n1;"a; ""b"", c\nd";51,6\r\n2;plain, with comma;52\r\n',
      'x.csv',
    );
    expect(table.delimiter).toBe(';');
    expect(table.rows.map((r) => [r.line, r.record.note, r.record.lat])).toEqual([
      [2, 'a; "b", c\nd', '51,6'],
      [4, 'plain, with comma', '52'],
    ]);
  });

  it('follows an Excel "sep=" first line and keeps line numbers true to the file', () => {
    const table = parseCsv('sep=;\nid;name\n1;x\n', 'x.csv');
    expect(table.rows[0]).toMatchObject({ line: 3, record: { id: '1', name: 'x' } });
  });

  it('strips a BOM and accepts CRLF and a missing final newline', () => {
    const table = parseCsv('\uFEFFid,name\r\n1,One\r\n2,Two', 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows.map((r) => r.record.name)).toEqual(['One', 'Two']);
  });

  it('skips rows that are entirely empty and ignores empty trailing columns', () => {
    const table = parseCsv('a;b;c;;\n1;;3;;\n;;;;\n\n4;5;6\n', 'x.csv');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('fails on a ragged row, naming file and line, and suggests the cause', () => {
    const e = error('a,b\n1,2\n1,2,3\n', 'ragged.csv');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(
      /^ragged\.csv:3: deze regel heeft 3 cellen, de kopregel 2; staat er een komma/,
    );
    expect(error('a;b\n1\n').message).toMatch(/puntkomma/);
  });

  it('rejects broken quoting in Dutch, with the line', () => {
    expect(error('a\n"open\n').reason).toMatch(/wordt gesloten/);
    const e = error('a\nx\n"x"y\n');
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/na een sluitend aanhalingsteken/);
  });

  it('names tab-separated text as the cause', () => {
    expect(error('id\tname\n1\tx\n').reason).toMatch(/gescheiden door tabs.*CSV UTF-8/);
  });

  it('rejects an empty header, an unnamed column and duplicate names', () => {
    expect(error('\n1,2\n').reason).toMatch(/kolomnamen/);
    expect(error('a,,b\n').reason).toMatch(/kolom 2 van de kopregel heeft geen naam/);
    expect(error('a,a\n').reason).toMatch(/noemt kolom "a" twee keer/);
  });

  it('writes back exactly what it read (comma, LF, quotes only where needed)', () => {
    const text = 'id,note\n1,"a, ""b"""\n2,plain\n3,"two\nlines"\n';
    const table = parseCsv(text, 'x.csv');
    expect(
      writeCsv(
        table.header,
        table.rows.map((r) => r.record),
      ),
    ).toBe(text);
  });
});
