// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { TOKENS_CSS_PATH } from '../../src/shared/ui/tokens-css';
import { formatTokensCss } from './tokens-css';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('design tokens', () => {
  it('src/shared/ui/tokens.css is what tokens.ts says (run `npm run tokens` when this fails)', async () => {
    const committed = fs.readFileSync(path.join(ROOT, TOKENS_CSS_PATH), 'utf8');
    expect(committed).toBe(await formatTokensCss());
  });

  it('no stylesheet repeats a token colour by hand', () => {
    const sheets = fs
      .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css') && path.join('src', file) !== TOKENS_CSS_PATH);
    const hex = /#[0-9a-f]{6}\b/gi;
    const tokenColours = new Set(
      [...fs.readFileSync(path.join(ROOT, TOKENS_CSS_PATH), 'utf8').matchAll(hex)].map((m) =>
        m[0].toLowerCase(),
      ),
    );
    for (const file of sheets) {
      const css = fs.readFileSync(path.join(ROOT, 'src', file), 'utf8');
      const repeated = [...css.matchAll(hex)]
        .map((m) => m[0].toLowerCase())
        .filter((c) => tokenColours.has(c));
      expect(repeated, file).toEqual([]);
    }
  });
});
