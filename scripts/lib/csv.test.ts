// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads a header and rows with line numbers', () => {
    const table = parseCsv('id,name\na,Alpha\nb,Beta\n', 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows.map((r) => [r.line, r.record.id, r.record.name])).toEqual([
      [2, 'a', 'Alpha'],
      [3, 'b', 'Beta'],
    ]);
  });

  it('handles quoted cells, escaped quotes, commas and newlines inside quotes', () => {
    const table = parseCsv('id,note\n1,"a, ""b""\nc"\n2,plain\n', 'x.csv');
    expect(table.rows[0]?.record.note).toBe('a, "b"\nc');
    expect(table.rows[1]?.line).toBe(4);
  });

  it('strips a BOM and accepts CRLF and a missing final newline', () => {
    const table = parseCsv('\uFEFFid,name\r\n1,One\r\n2,Two', 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows.map((r) => r.record.name)).toEqual(['One', 'Two']);
  });

  it('keeps empty cells and skips rows that are entirely empty', () => {
    const table = parseCsv('a,b,c\n1,,3\n,,\n\n', 'x.csv');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.cells).toEqual(['1', '', '3']);
  });

  it('fails loudly on a ragged row, naming file and line', () => {
    expect(() => parseCsv('a,b\n1,2\n1,2,3\n', 'ragged.csv')).toThrow(
      /ragged\.csv:3: row has 3 cells, the header has 2/,
    );
    try {
      parseCsv('a,b\n1\n', 'short.csv');
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).line).toBe(2);
    }
  });

  it('rejects an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('a\n"open\n', 'q.csv')).toThrow(
      /q\.csv:2: a quoted cell is never closed/,
    );
    expect(() => parseCsv('a\n"x"y\n', 'q.csv')).toThrow(/after a closing quote/);
  });

  it('rejects an empty file and duplicate header names', () => {
    expect(() => parseCsv('', 'e.csv')).toThrow(/empty/);
    expect(() => parseCsv('a,a\n', 'd.csv')).toThrow(/twice/);
  });
});
