// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/shared/intake/csv';
import { writeCsv } from '../src/shared/intake/csv-write';
import { CURATED_FILES } from '../src/shared/intake/datapackage';
import { curatedReference, formatProblem, readCurated } from './lib/curated';
import { CURATED_DIR } from './lib/paths';
import { readReference } from './lib/reference';
import { shapesFromTopology } from './lib/shapes';

/**
 * The bad-input cases of the intake issue, run through the real pipeline edge (file listing,
 * bytes, decoding, checks) on a copy of the committed data with the real reference sources.
 * Each case was found losing data or passing silently before; each must now fail loudly or be
 * read exactly.
 */
const SOURCES = process.env.SJK_SOURCES ?? '/work/shared/data';
const haveSources = fs.existsSync(SOURCES);
if (!haveSources) console.warn(`intake-pipeline.test: skipped, no reference sources at ${SOURCES}`);

const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the curated files, to break one at a time. */
function copyOfData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-intake-'));
  tmpDirs.push(dir);
  for (const { file } of CURATED_FILES)
    fs.copyFileSync(path.join(CURATED_DIR, file), path.join(dir, file));
  return dir;
}

const TODAY = '2026-11-30';

describe.skipIf(!haveSources)('intake pipeline on the committed data', () => {
  const reference = haveSources ? readReference(SOURCES) : undefined;
  const ref = reference
    ? curatedReference(
        reference.gemeenten,
        reference.postcodes,
        shapesFromTopology(reference.gemeenteTopology, 'gemeente_2026'),
      )
    : undefined;
  const check = (dir: string) => {
    if (!ref) throw new Error('no reference');
    return readCurated(dir, ref, { today: TODAY });
  };
  const baseline = haveSources ? check(CURATED_DIR) : undefined;
  const problems = (dir: string) => check(dir).problems.map(formatProblem);
  const edit = (dir: string, file: string, change: (rows: Record<string, string>[]) => void) => {
    const table = parseCsv(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    const rows = table.rows.map((r) => r.record);
    change(rows);
    fs.writeFileSync(path.join(dir, file), writeCsv(table.header, rows));
  };

  it('reads the committed data without problems', () => {
    expect(baseline?.problems).toEqual([]);
    expect(baseline?.records.evidence.length).toBeGreaterThan(30);
  });

  it('reads every file saved as Windows-1252 with semicolons and CRLF exactly like the UTF-8 original', () => {
    const dir = copyOfData();
    for (const { file } of CURATED_FILES) {
      const table = parseCsv(fs.readFileSync(path.join(dir, file), 'utf8'), file);
      const text = stringify([table.header, ...table.rows.map((r) => r.cells)], {
        delimiter: ';',
        record_delimiter: '\r\n',
      });
      // Every character in the data is in Windows-1252 (Latin-1 range plus those below).
      const bytes = Uint8Array.from({ length: text.length }, (_, i) => {
        const code = text.charCodeAt(i);
        const high: Record<number, number> = {
          0x2019: 0x92,
          0x2013: 0x96,
          0x2014: 0x97,
          0x201c: 0x93,
          0x201d: 0x94,
          0x20ac: 0x80,
          0x2018: 0x91,
          0x2026: 0x85,
        };
        const byte = code < 0x100 ? code : high[code];
        if (byte === undefined) throw new Error(`${file}: ${text[i] ?? ''} is not in Windows-1252`);
        return byte;
      });
      fs.writeFileSync(path.join(dir, file), bytes);
    }
    const result = check(dir);
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual(baseline?.records);
    expect(JSON.stringify(result.records)).toContain('Súdwest-Fryslân');
  });

  it('fails naming evidence.csv when it is deleted, renamed, a folder or only a header', () => {
    const deleted = copyOfData();
    fs.rmSync(path.join(deleted, 'evidence.csv'));
    expect(problems(deleted)).toEqual([
      expect.stringMatching(
        /^evidence\.csv:1 \[-\] evidence\.csv ontbreekt; het hoort bij de vaste set/,
      ) as unknown,
    ]);

    const renamed = copyOfData();
    fs.renameSync(path.join(renamed, 'evidence.csv'), path.join(renamed, 'evidence.CSV'));
    expect(problems(renamed)).toEqual([
      'evidence.csv:1 [-] evidence.csv ontbreekt; er staat wel "evidence.CSV": hernoem het naar evidence.csv (hoofdletters tellen)',
    ]);

    const folder = copyOfData();
    fs.rmSync(path.join(folder, 'evidence.csv'));
    fs.mkdirSync(path.join(folder, 'evidence.csv'));
    expect(problems(folder)).toEqual([
      expect.stringMatching(/evidence\.csv is een map, geen bestand/) as unknown,
    ]);

    const headerOnly = copyOfData();
    const header =
      fs.readFileSync(path.join(headerOnly, 'evidence.csv'), 'utf8').split('\n')[0] ?? '';
    fs.writeFileSync(path.join(headerOnly, 'evidence.csv'), `${header}\n`);
    expect(problems(headerOnly)).toEqual([
      expect.stringMatching(
        /^evidence\.csv:1 \[-\] het bestand heeft alleen een kopregel en geen rijen/,
      ) as unknown,
    ]);
  });

  it("refuses a 'niet' for Nijmegen dated 2099", () => {
    const dir = copyOfData();
    edit(dir, 'evidence.csv', (rows) => {
      rows.push({
        ...(rows[0] ?? {}),
        id: 'ev-gm0268-niet-2099',
        gemeente_code: 'GM0268',
        status: 'niet',
        source_date: '2099-01-01',
        checked_on: '2026-11-22',
      });
    });
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /^evidence\.csv:\d+ \[ev-gm0268-niet-2099\] source_date: 2099-01-01 ligt in de toekomst/,
      ) as unknown,
    ]);
  });

  it('refuses Groningen coordinates on a Loon op Zand row, and coordinates with precision plaats', () => {
    const dir = copyOfData();
    edit(dir, 'locations-ido.csv', (rows) => {
      const kaatsheuvel = rows.find((r) => r.id === 'ido-bibliotheek-kaatsheuvel');
      const loon = rows.find((r) => r.id === 'ido-bibliotheek-loon-op-zand');
      if (!kaatsheuvel || !loon) throw new Error('fixture rows missing');
      Object.assign(kaatsheuvel, { lat: '53.2191', lon: '6.5668', precision: 'exact' });
      Object.assign(loon, { lat: '51.6281', lon: '5.0771' });
    });
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /\[ido-bibliotheek-kaatsheuvel\] lat\/lon: lat\/lon \(53\.2191, 6\.5668\) ligt niet in Loon op Zand \(GM0809\) maar in Groningen \(GM0014\)/,
      ) as unknown,
      expect.stringMatching(
        /\[ido-bibliotheek-loon-op-zand\] lat\/lon: ingevuld, maar precision is "plaats"; een opgegeven positie wordt nooit vervangen/,
      ) as unknown,
    ]);
  });

  it('keeps geocoded positions traceable to data/geocode-cache.csv', () => {
    const dir = copyOfData();
    const kaatsheuvel = { id: 'ido-bibliotheek-kaatsheuvel', lat: '51.658124', lon: '5.045219' };
    edit(dir, 'locations-ido.csv', (rows) => {
      const row = rows.find((r) => r.id === kaatsheuvel.id);
      if (!row) throw new Error('fixture row missing');
      Object.assign(row, {
        ...kaatsheuvel,
        precision: 'exact',
        bag_id: '0809200000012345',
        street: 'Horst',
        house_number: '31',
      });
    });
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /\[ido-bibliotheek-kaatsheuvel\] bag_id: 0809200000012345 staat niet in data\/geocode-cache\.csv/,
      ) as unknown,
    ]);
    const cache = (lat: string) =>
      `query,gemeente_code,checked_on,status,bag_id,lat,lon,address\n"Horst 31, Kaatsheuvel",GM0809,2026-11-30,exact,0809200000012345,${lat},5.045219,"Horst 31, 5171GB Kaatsheuvel"\n`;
    fs.writeFileSync(path.join(dir, 'geocode-cache.csv'), cache('51.658124'));
    expect(problems(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'geocode-cache.csv'), cache('51.7'));
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /bag_id: 0809200000012345 hoort bij precision exact op 51\.7, 5\.045219/,
      ) as unknown,
    ]);
  });

  it('names a stray CSV beside the curated files', () => {
    const dir = copyOfData();
    fs.copyFileSync(
      path.join(dir, 'locations-ido.csv'),
      path.join(dir, 'locations-bibliotheek.csv'),
    );
    expect(problems(dir)).toEqual([
      expect.stringMatching(/^locations-bibliotheek\.csv:1 \[-\] .*wordt niet gelezen/) as unknown,
    ]);
  });
});
