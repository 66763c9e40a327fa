// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { columnNames, CURATED_FILES } from '../../src/shared/intake/datapackage';
import { columnTables, templates, withColumnTables } from './data-docs';
import { CURATED_DIR } from './paths';
import { columnLetter } from './xlsx';

/** data/README.md and data/templates/ follow from data/datapackage.json (npm run data:docs). */
describe('what follows from data/datapackage.json', () => {
  it('data/README.md has the column tables of the package', async () => {
    const readmePath = path.join(CURATED_DIR, 'README.md');
    const readme = fs.readFileSync(readmePath, 'utf8');
    const expected = await prettier.format(withColumnTables(readme), {
      ...(await prettier.resolveConfig(readmePath)),
      filepath: readmePath,
    });
    expect(readme, 'run npm run data:docs').toBe(expected);
    for (const spec of CURATED_FILES) {
      for (const name of columnNames(spec)) expect(columnTables()).toContain(`| ${name} |`);
    }
  });

  it('data/templates/ holds a CSV and an .xlsx per curated file, as generated', () => {
    for (const [file, content] of templates()) {
      const onDisk = fs.readFileSync(path.join(CURATED_DIR, 'templates', file));
      expect(onDisk.equals(Buffer.from(content)), `${file}: run npm run data:docs`).toBe(true);
    }
    expect([...templates().keys()]).toHaveLength(CURATED_FILES.length * 2);
  });

  it('gives each .xlsx template the columns, text format and Dutch help', () => {
    for (const spec of CURATED_FILES) {
      const zip = unzipSync(templates().get(spec.file.replace(/\.csv$/, '.xlsx')) as Uint8Array);
      const sheet = strFromU8(zip['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
      const help = strFromU8(zip['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
      const workbook = strFromU8(zip['xl/workbook.xml'] ?? new Uint8Array());
      expect(workbook).toMatch(/name="Gegevens".*name="Uitleg"/);
      columnNames(spec).forEach((name, i) => {
        expect(sheet).toContain(
          `<c r="${columnLetter(i)}1" t="inlineStr" s="1"><is><t xml:space="preserve">${name}</t>`,
        );
      });
      expect(help).toContain('Opslaan als &gt; CSV UTF-8');
      expect(strFromU8(zip['xl/styles.xml'] ?? new Uint8Array())).toContain('numFmtId="49"');
    }
    expect(
      strFromU8(
        unzipSync(templates().get('evidence.xlsx') as Uint8Array)['xl/worksheets/sheet2.xml'] ??
          new Uint8Array(),
      ),
    ).toContain('Verplicht bij soort sociaal-raadslieden');
  });

  it('writes the same bytes on every run', () => {
    const a = templates();
    const b = templates();
    for (const [file, content] of a)
      expect(Buffer.from(content).equals(Buffer.from(b.get(file) ?? ''))).toBe(true);
  });

  it('numbers columns the way spreadsheets do', () => {
    expect([0, 25, 26, 27].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
