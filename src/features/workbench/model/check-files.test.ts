// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { checkFiles, type LoadedFile } from './check-files';

const TODAY = '2026-11-30';
const dataset = createCoverageDataset();
const reference = { gemeenten: dataset.gemeenten };
const SHEET = readFileSync(
  new URL('../../../../tests/fixtures/workbench/statuslijst-50-cp1252.csv', import.meta.url),
);

const text = (name: string, body: string): LoadedFile => ({
  name,
  bytes: new TextEncoder().encode(body),
});

describe('checking a status sheet', () => {
  const result = checkFiles(
    [{ name: 'leden.csv', bytes: new Uint8Array(SHEET) }],
    reference,
    TODAY,
  );
  const [file] = result.files;

  it('reads Windows-1252 with semicolons and accounts for every row', () => {
    expect(file).toMatchObject({
      kind: 'statuslijst',
      encoding: 'windows-1252',
      delimiter: ';',
      rowsIn: 50,
      accepted: 42,
      refused: 6,
      waiting: 2,
    });
    expect(file?.notes.join(' ')).toContain('Windows-1252');
    const swf = result.claims.find((c) => c.line === 43);
    expect(swf?.evidence.gemeenteCode).toBe('GM1900');
    expect(swf?.confirm).toBeUndefined();
  });

  it('names line, column, what is wrong and what to do, by the sheet’s own headers', () => {
    const at = (line: number) => result.problems.filter((p) => p.line === line);
    expect(at(45)).toHaveLength(1);
    expect(at(45)[0]).toMatchObject({
      column: 'Gemeente',
      what: '"Atlantis" is geen gemeente van 2026',
    });
    expect(at(46)[0]).toMatchObject({ column: 'Status', todo: 'kies uit: wel, niet' });
    expect(at(47)[0]?.column).toBe('Datum');
    expect(at(47)[0]?.what).toContain('die dag bestaat niet');
    expect(at(48)[0]).toMatchObject({
      column: 'Bron-URL',
      todo: 'vul de cel in (voorbeeld: 001_98a1aa1e92742892.txt)',
    });
    expect(at(49)[0]?.what).toContain('ligt in de toekomst');
    expect(at(51)[0]).toMatchObject({
      column: 'Gemeente',
      what: '"Bergen" past bij meer dan één gemeente: Bergen (NH.) (GM0373), Bergen (L.) (GM0893)',
    });
    expect(new Set(result.problems.map((p) => p.line))).toEqual(new Set([45, 46, 47, 48, 49, 51]));
  });

  it('asks before it takes an alias or a misspelling', () => {
    const waiting = result.claims.filter((c) => c.confirm);
    expect(waiting.map((c) => [c.line, c.confirm?.typed, c.confirm?.code, c.confirm?.how])).toEqual(
      [
        [42, 'Den Bosch', 'GM0796', 'alias'],
        [44, 'Amsterdm', 'GM0363', 'spelling'],
      ],
    );
  });

  it('keeps the source date as the sheet gives it and the day of loading as checked_on', () => {
    const row3 = result.claims.find((c) => c.line === 3)?.evidence;
    expect(row3?.provenance).toMatchObject({
      sourceDate: '2024-05-12',
      sourceDateHow: 'vermeld',
      checkedOn: TODAY,
    });
    expect(row3?.publicNote).toBe('Aanbieder: Welzijn Voorbeeld 1.');
    const undated = result.claims.find((c) => c.line === 6)?.evidence;
    expect(undated?.provenance.sourceDate).toBeUndefined();
  });
});

describe('checking the project’s own files', () => {
  it('checks evidence.csv with the build’s rules, also under another name', () => {
    const body = [
      'id,gemeente_code,kind,status,basis,note,public_note,source,source_title,source_date,source_date_how,checked_on',
      'ev-a,GM0363,sociaal-raadslieden,wel,vermeld,,,https://example.org/a,,2025,vermeld,2026-11-01',
      'ev-b,GM9999,sociaal-raadslieden,Wel,vermeld,,,https://example.org/b,,2025,vermeld,2026-11-01',
    ].join('\n');
    const result = checkFiles([text('mijn bewijs.csv', body)], reference, TODAY);
    expect(result.files[0]).toMatchObject({
      kind: 'projectbestand',
      projectFile: 'evidence.csv',
      accepted: 1,
      refused: 1,
    });
    expect(result.records.evidence.map((e) => e.id)).toEqual(['ev-a']);
    const columns = result.problems.filter((p) => p.line === 3).map((p) => p.column);
    expect(columns).toEqual(expect.arrayContaining(['gemeente_code', 'status']));
    expect(result.problems.find((p) => p.column === 'status')?.what).toContain('bedoelt u "wel"');
  });

  it('refuses a file it cannot place, and a broken one, as a whole with a way forward', () => {
    const result = checkFiles(
      [text('iets.csv', 'naam,adres\nA,B\n'), text('kapot.csv', 'gemeente;status\n"Utrecht;wel\n')],
      reference,
      TODAY,
    );
    expect(result.files.map((f) => [f.kind, f.refused])).toEqual([
      ['onbekend', 1],
      ['onbekend', 0],
    ]);
    expect(result.problems[0]?.todo).toContain('sjabloon');
    expect(result.problems[1]?.what).toContain('aanhalingsteken');
  });
});

describe('speed', () => {
  it('checks a sheet of 10,000 rows in a few seconds', () => {
    const names = dataset.gemeenten.map((g) => g.name);
    const lines = ['gemeente,status,aanbieder,bron,datum'];
    for (let i = 0; i < 10_000; i += 1) {
      lines.push(
        `"${names[i % names.length] ?? ''}",${i % 2 ? 'wel' : 'niet'},Org ${i},https://example.org/${i},2025-0${(i % 9) + 1}`,
      );
    }
    const result = checkFiles([text('groot.csv', lines.join('\n'))], reference, TODAY);
    expect(result.problems.slice(0, 3)).toEqual([]);
    expect(result.files[0]?.rowsIn).toBe(10_000);
    expect(result.files[0]?.refused).toBe(0);
    console.info(`10,000 sheet rows checked in ${result.ms} ms`);
    expect(result.ms).toBeLessThan(10_000);
  });
});
