// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  buildGlyphFiles,
  decodeGlyphPbf,
  GLYPH_BORDER,
  glyphCodePoints,
  rangeName,
  type SdfGlyph,
} from './glyphs';

/** The value MapLibre's SDF shader takes as the outline (0.75 of 255). */
const EDGE = 191;

function glyphOf(files: Map<string, Uint8Array>, stack: string, ch: string): SdfGlyph {
  const file = files.get(`glyphs/${stack}/0-255.pbf`);
  if (!file) throw new Error(`no file for ${stack}`);
  const glyph = decodeGlyphPbf(file).glyphs.find((g) => g.id === ch.codePointAt(0));
  if (!glyph) throw new Error(`no glyph ${ch}`);
  return glyph;
}

function pixel(glyph: SdfGlyph, col: number, row: number): number {
  return glyph.bitmap?.[row * (glyph.width + 2 * GLYPH_BORDER) + col] ?? -1;
}

describe('map glyphs', () => {
  const files = buildGlyphFiles(["'s-Gravenhage", 'Súdwest-Fryslân', 'Noardeast-Fryslân']);

  it('render ASCII and the accented letters the names use, and nothing else', () => {
    const points = glyphCodePoints(['Súdwest-Fryslân']);
    expect(points).toContain('ú'.codePointAt(0));
    expect(points).toContain('â'.codePointAt(0));
    expect(points).toContain('7'.codePointAt(0));
    expect(points).not.toContain('é'.codePointAt(0));
    expect(rangeName(0xe2)).toBe('0-255');
    expect(rangeName(0x141)).toBe('256-511');
  });

  it('write one 0-255 range per font, named as the map asks for it, with the licence', () => {
    expect([...files.keys()].sort()).toEqual([
      'glyphs/LICENSE-OFL.txt',
      'glyphs/NotoSans-Bold/0-255.pbf',
      'glyphs/NotoSans-Regular/0-255.pbf',
    ]);
    const decoded = decodeGlyphPbf(files.get('glyphs/NotoSans-Bold/0-255.pbf') ?? new Uint8Array());
    expect(decoded).toMatchObject({ stack: 'NotoSans-Bold', range: '0-255' });
    expect(new TextDecoder().decode(files.get('glyphs/LICENSE-OFL.txt'))).toContain(
      'SIL Open Font License',
    );
  });

  it('draw a letter as a signed distance field: inside above the edge, outside below it', () => {
    const l = glyphOf(files, 'NotoSans-Regular', 'l');
    expect(l.bitmap).toHaveLength((l.width + 6) * (l.height + 6));
    // The stem of an "l" runs down the middle of its box; the corners are far outside.
    const middle = Math.floor((l.width + 6) / 2);
    expect(pixel(l, middle, Math.floor((l.height + 6) / 2))).toBeGreaterThan(EDGE);
    expect(pixel(l, 0, 0)).toBeLessThan(EDGE);
    expect(pixel(l, l.width + 5, l.height + 5)).toBeLessThan(EDGE);
  });

  it('measure like fontnik: caps reach above x-height, descenders below the baseline, space has no bitmap', () => {
    const cap = glyphOf(files, 'NotoSans-Regular', 'H');
    const x = glyphOf(files, 'NotoSans-Regular', 'x');
    const g = glyphOf(files, 'NotoSans-Regular', 'g');
    const space = glyphOf(files, 'NotoSans-Regular', ' ');
    expect(cap.top).toBeGreaterThan(x.top);
    expect(g.top - g.height).toBeLessThan(x.top - x.height);
    expect(space.bitmap).toBeUndefined();
    expect(space.advance).toBeGreaterThan(0);
    expect(glyphOf(files, 'NotoSans-Bold', 'H').width).toBeGreaterThanOrEqual(cap.width);
  });

  it('are the same bytes on every build', () => {
    const again = buildGlyphFiles(["'s-Gravenhage", 'Súdwest-Fryslân', 'Noardeast-Fryslân']);
    for (const [name, bytes] of files) expect(again.get(name)).toEqual(bytes);
  });

  it('fail with the label when a character is not in the font', () => {
    expect(() => buildGlyphFiles(['Gemeente ✓'])).toThrow(/no glyph for "✓".*Gemeente ✓/);
  });
});
