// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { PLACE_KINDS } from '../../src/shared/model/schema';
import { formattedTokenSheets } from './tokens-css';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('design tokens', () => {
  it('the tokens CSS files are what the TypeScript tokens say (run `npm run tokens` when this fails)', async () => {
    for (const [file, css] of await formattedTokenSheets()) {
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8'), file).toBe(css);
    }
  });

  it('no other stylesheet repeats a token colour by hand', async () => {
    const generated = await formattedTokenSheets();
    const hex = /#[0-9a-f]{6}\b/gi;
    const tokenColours = new Set(
      generated.flatMap(([, css]) => [...css.matchAll(hex)].map((m) => m[0].toLowerCase())),
    );
    const sheets = fs
      .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .map((file) => path.join('src', file))
      .filter((file) => file.endsWith('.css') && !generated.some(([g]) => g === file));
    expect(sheets.length).toBeGreaterThan(5);
    for (const file of sheets) {
      const repeated = [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(hex)]
        .map((m) => m[0].toLowerCase())
        .filter((colour) => tokenColours.has(colour));
      expect(repeated, file).toEqual([]);
    }
  });

  it.each(PLACE_KINDS)('the list icon of %s has the colour of its map marker', (kind) => {
    const css = fs.readFileSync(path.join(ROOT, 'src/app/styles.css'), 'utf8');
    const rule = new RegExp(`\\.kind-icon--${kind} path \\{\\s*fill: var\\(--kind-${kind}\\);`);
    expect(css).toMatch(rule);
  });

  it('every custom property a stylesheet reads is defined, by the tokens or by a stylesheet', () => {
    const sheets = fs
      .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => fs.readFileSync(path.join(ROOT, 'src', file), 'utf8'));
    const defined = new Set(
      sheets.flatMap((css) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    const used = new Set(
      sheets.flatMap((css) => [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1])),
    );
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
