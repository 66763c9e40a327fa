// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_MODES,
  CLAIM_BASES,
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  PLACE_KINDS,
  PRECISIONS,
  SOURCE_DATE_HOWS,
} from '../model/schema';
import { parseCsv } from './csv';
import { columnNames, CURATED_FILES, loadCuratedFiles } from './datapackage';
import { fileSetProblems, type FolderEntry } from './file-set';

const DATA = path.resolve(import.meta.dirname, '../../../data');

function field(file: string, name: string) {
  const spec = CURATED_FILES.find((f) => f.file === file);
  return spec?.schema.fields.find((f) => f.name === name);
}

describe('data/datapackage.json', () => {
  it('names the six curated files, locations first', () => {
    expect(CURATED_FILES.map((f) => f.file)).toEqual([
      'locations-sociaal-raadslieden.csv',
      'locations-ido.csv',
      'locations-juridisch-loket.csv',
      'services.csv',
      'evidence.csv',
      'documents.csv',
    ]);
    for (const spec of CURATED_FILES.filter((f) => f.records === 'locations')) {
      expect(spec.file).toBe(`locations-${spec.kind ?? ''}.csv`);
    }
  });

  it('has the same fixed value sets as the data model the app validates with', () => {
    expect(field('locations-ido.csv', 'kind')?.constraints?.enum).toEqual([...PLACE_KINDS]);
    expect(field('locations-ido.csv', 'precision')?.constraints?.enum).toEqual([...PRECISIONS]);
    expect(field('locations-ido.csv', 'access')?.sjk?.items).toEqual([...ACCESS_MODES]);
    expect(field('evidence.csv', 'status')?.constraints?.enum).toEqual([...EVIDENCE_STATUSES]);
    expect(field('evidence.csv', 'kind')?.constraints?.enum).toEqual([...EVIDENCE_KINDS]);
    expect(field('evidence.csv', 'basis')?.constraints?.enum).toEqual([...CLAIM_BASES]);
    expect(field('services.csv', 'basis')?.constraints?.enum).toEqual([...CLAIM_BASES]);
    for (const file of ['locations-ido.csv', 'services.csv', 'evidence.csv']) {
      expect(field(file, 'source_date_how')?.constraints?.enum).toEqual([...SOURCE_DATE_HOWS]);
    }
  });

  it('matches the header of every committed CSV, column for column', () => {
    for (const spec of CURATED_FILES) {
      const table = parseCsv(fs.readFileSync(path.join(DATA, spec.file), 'utf8'), spec.file);
      expect(table.header, spec.file).toEqual(columnNames(spec));
    }
  });

  it('refuses a package that names a schema file it does not have', () => {
    expect(() =>
      loadCuratedFiles(
        {
          name: 'x',
          resources: [
            {
              name: 'evidence',
              path: 'evidence.csv',
              title: 't',
              description: 'd',
              schema: 'schemas/nope.json',
              sjk: { role: 'curated', records: 'evidence' },
            },
          ],
        },
        {},
      ),
    ).toThrow(/unknown schema file schemas\/nope\.json/);
  });
});

describe('fileSetProblems', () => {
  const all: FolderEntry[] = CURATED_FILES.map((f) => ({ name: f.file, isDirectory: false }));
  const without = (name: string) => all.filter((e) => e.name !== name);

  it('accepts the complete set beside the README, the package and the geocode cache', () => {
    expect(
      fileSetProblems([
        ...all,
        { name: 'README.md', isDirectory: false },
        { name: 'datapackage.json', isDirectory: false },
        { name: 'geocode-cache.csv', isDirectory: false },
        { name: 'templates', isDirectory: true },
      ]),
    ).toEqual([]);
  });

  it('names a deleted evidence.csv', () => {
    expect(fileSetProblems(without('evidence.csv'))).toEqual([
      {
        file: 'evidence.csv',
        reason: expect.stringMatching(/evidence\.csv ontbreekt; .*datapackage\.json/) as unknown,
      },
    ]);
  });

  it('names evidence.csv renamed to evidence.CSV and says how to fix it', () => {
    expect(
      fileSetProblems([...without('evidence.csv'), { name: 'evidence.CSV', isDirectory: false }]),
    ).toEqual([
      {
        file: 'evidence.csv',
        reason:
          'evidence.csv ontbreekt; er staat wel "evidence.CSV": hernoem het naar evidence.csv (hoofdletters tellen)',
      },
    ]);
  });

  it('names a folder where a file should be', () => {
    expect(
      fileSetProblems([...without('services.csv'), { name: 'services.csv', isDirectory: true }]),
    ).toEqual([
      {
        file: 'services.csv',
        reason: expect.stringMatching(/is een map, geen bestand/) as unknown,
      },
    ]);
  });

  it('names a stray CSV that would not be read', () => {
    expect(
      fileSetProblems([...all, { name: 'locations-bibliotheek.csv', isDirectory: false }]),
    ).toEqual([
      {
        file: 'locations-bibliotheek.csv',
        reason: expect.stringMatching(
          /geen bestand uit data\/datapackage\.json en wordt niet gelezen/,
        ) as unknown,
      },
    ]);
  });
});
