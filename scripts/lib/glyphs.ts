import fs from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { PbfReader, PbfWriter } from 'pbf';

/**
 * Map label glyphs, made at build time from an open font so the map needs no glyph server: SDF
 * (signed distance field) bitmaps in MapLibre's glyph PBF format, served from our own origin and
 * cached by the service worker like any other file. Only the characters the labels use (Dutch
 * names, digits, the usual punctuation), so one 0-255 range per font is all the map requests.
 *
 * The format and metrics follow Mapbox's fontnik / sdf-glyph-foundry, which MapLibre's text
 * shaping is calibrated against: glyphs rendered at 24 px with a 3 px border, distance radius 8 and
 * cutoff 0.25 (the outline sits at value 191), `top` measured from the font's ascender.
 */

/** The size MapLibre's shaping assumes for glyph PBFs (ONE_EM). */
const EM_PX = 24;
/** Border around every bitmap, in pixels (MapLibre's GLYPH_PBF_BORDER). */
export const GLYPH_BORDER = 3;
const SDF_RADIUS = 8;
const SDF_CUTOFF = 0.25;
/** Segments per curve when flattening outlines: finer than a pixel at 24 px. */
const CURVE_STEPS = 8;

/** The fonts the map uses: font stack name (as in `text-font`) and the npm file it comes from. */
export const GLYPH_FONTS = [
  {
    stack: 'NotoSans-Regular',
    file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  },
  { stack: 'NotoSans-Bold', file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff' },
] as const;

/** The font licence travels with the glyphs (SIL OFL 1.1 asks for that). */
export const FONT_LICENCE_FILE = '@fontsource/noto-sans/LICENSE';

/**
 * The characters to render: printable ASCII (digits for cluster counts, punctuation) and every
 * other character that occurs in the label texts. Rendering only these keeps the files small
 * (about 100 glyphs instead of all of Latin-1).
 */
export function glyphCodePoints(texts: readonly string[]): number[] {
  const points = new Set<number>();
  for (let c = 0x20; c <= 0x7e; c += 1) points.add(c);
  for (const text of texts) for (const ch of text) points.add(ch.codePointAt(0) ?? 0x20);
  return [...points].sort((a, b) => a - b);
}

/** MapLibre asks for glyphs in blocks of 256 code points, named like `0-255`. */
export function rangeName(codePoint: number): string {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}`;
}

/** One glyph as the PBF holds it. */
export interface SdfGlyph {
  id: number;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
  /** (width + 6) × (height + 6) bytes, row by row from the top; absent for empty glyphs (space). */
  bitmap?: Uint8Array;
}

type Point = [number, number];

/** The outline as closed polygons in pixels (y up, baseline at 0), curves flattened. */
function outlineRings(commands: opentype.PathCommand[], scale: number): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let cursor: Point = [0, 0];
  const push = (x: number, y: number) => {
    cursor = [x * scale, y * scale];
    ring.push(cursor);
  };
  for (const c of commands) {
    if (c.type === 'M') {
      if (ring.length > 1) rings.push(ring);
      ring = [];
      push(c.x, c.y);
    } else if (c.type === 'L') {
      push(c.x, c.y);
    } else if (c.type === 'Q') {
      const [x0, y0] = [cursor[0] / scale, cursor[1] / scale];
      for (let i = 1; i <= CURVE_STEPS; i += 1) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        push(
          u * u * x0 + 2 * u * t * c.x1 + t * t * c.x,
          u * u * y0 + 2 * u * t * c.y1 + t * t * c.y,
        );
      }
    } else if (c.type === 'C') {
      const [x0, y0] = [cursor[0] / scale, cursor[1] / scale];
      for (let i = 1; i <= CURVE_STEPS; i += 1) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        push(
          u * u * u * x0 + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
          u * u * u * y0 + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
        );
      }
    } else if (ring.length > 1) {
      rings.push(ring);
      ring = [];
    }
  }
  if (ring.length > 1) rings.push(ring);
  return rings;
}

/** Distance from p to the segment a-b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Non-zero winding number test, as TrueType and CFF outlines are filled. */
function inside(p: Point, rings: Point[][]): boolean {
  let winding = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 1) {
      const a = ring[i] as Point;
      const b = ring[(i + 1) % ring.length] as Point;
      if (a[1] <= p[1]) {
        if (b[1] > p[1] && (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) > 0)
          winding += 1;
      } else if (
        b[1] <= p[1] &&
        (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1]) < 0
      ) {
        winding -= 1;
      }
    }
  }
  return winding !== 0;
}

/**
 * Renders one glyph: the exact distance from each pixel centre to the flattened outline (no
 * rasterising, so no anti-aliasing artefacts), negative inside, mapped to 0–255.
 */
export function renderGlyph(font: opentype.Font, codePoint: number): SdfGlyph | undefined {
  const glyph = font.charToGlyph(String.fromCodePoint(codePoint));
  if (glyph.index === 0) return undefined;
  const scale = EM_PX / font.unitsPerEm;
  const ascender = Math.ceil(font.ascender * scale);
  const advance = Math.round((glyph.advanceWidth ?? 0) * scale);
  const rings = outlineRings(glyph.path.commands, scale);
  const points = rings.flat();
  if (points.length === 0)
    return { id: codePoint, width: 0, height: 0, left: 0, top: -ascender, advance };

  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const xMin = Math.floor(Math.min(...xs));
  const xMax = Math.ceil(Math.max(...xs));
  const yMin = Math.floor(Math.min(...ys));
  const yMax = Math.ceil(Math.max(...ys));
  const width = xMax - xMin;
  const height = yMax - yMin;
  const w = width + 2 * GLYPH_BORDER;
  const h = height + 2 * GLYPH_BORDER;
  const bitmap = new Uint8Array(w * h);
  for (let row = 0; row < h; row += 1) {
    for (let col = 0; col < w; col += 1) {
      const p: Point = [xMin - GLYPH_BORDER + col + 0.5, yMax + GLYPH_BORDER - row - 0.5];
      let d = Infinity;
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i += 1) {
          const a = ring[i] as Point;
          const b = ring[(i + 1) % ring.length] as Point;
          // A segment whose box is farther away than the best so far cannot be nearer.
          const bx = Math.max(Math.min(a[0], b[0]) - p[0], p[0] - Math.max(a[0], b[0]), 0);
          const by = Math.max(Math.min(a[1], b[1]) - p[1], p[1] - Math.max(a[1], b[1]), 0);
          if (bx >= d || by >= d) continue;
          d = Math.min(d, segmentDistance(p, a, b));
        }
      }
      const signed = inside(p, rings) ? -d : d;
      const n = Math.max(0, Math.min(1, (signed + SDF_CUTOFF * SDF_RADIUS) / SDF_RADIUS));
      bitmap[row * w + col] = Math.round(255 * (1 - n));
    }
  }
  return { id: codePoint, width, height, left: xMin, top: yMax - ascender, advance, bitmap };
}

/** Encodes one range of one font stack as MapLibre's glyphs.proto message. */
export function encodeGlyphPbf(
  stack: string,
  range: string,
  glyphs: readonly SdfGlyph[],
): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: unknown, out: PbfWriter) => {
      out.writeStringField(1, stack);
      out.writeStringField(2, range);
      for (const g of glyphs) {
        out.writeMessage(
          3,
          (__: unknown, o: PbfWriter) => {
            o.writeVarintField(1, g.id);
            if (g.bitmap) o.writeBytesField(2, g.bitmap);
            o.writeVarintField(3, g.width);
            o.writeVarintField(4, g.height);
            o.writeSVarintField(5, g.left);
            o.writeSVarintField(6, g.top);
            o.writeVarintField(7, g.advance);
          },
          undefined,
        );
      }
    },
    undefined,
  );
  return pbf.finish();
}

/** Decodes a glyph PBF (for tests and checks): the stack's name, range and glyphs. */
export function decodeGlyphPbf(data: Uint8Array): {
  stack: string;
  range: string;
  glyphs: SdfGlyph[];
} {
  const pbf = new PbfReader(data);
  const result = { stack: '', range: '', glyphs: [] as SdfGlyph[] };
  pbf.readFields((tag, _, p) => {
    if (tag !== 1) return;
    p.readMessage((t, __, q) => {
      if (t === 1) result.stack = q.readString();
      else if (t === 2) result.range = q.readString();
      else if (t === 3) {
        const g: SdfGlyph = { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        q.readMessage((f, ___, r) => {
          if (f === 1) g.id = r.readVarint();
          else if (f === 2) g.bitmap = r.readBytes();
          else if (f === 3) g.width = r.readVarint();
          else if (f === 4) g.height = r.readVarint();
          else if (f === 5) g.left = r.readSVarint();
          else if (f === 6) g.top = r.readSVarint();
          else if (f === 7) g.advance = r.readVarint();
        }, undefined);
        result.glyphs.push(g);
      }
    }, undefined);
  }, undefined);
  return result;
}

function loadFont(file: string): opentype.Font {
  const path = createRequire(import.meta.url).resolve(file);
  const buffer = fs.readFileSync(path);
  return opentype.parse(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
  );
}

/**
 * All glyph files for the label texts, keyed by their path under public/
 * (`glyphs/NotoSans-Regular/0-255.pbf`), plus the font licence. Depends only on the texts and the
 * font files in node_modules, so the same data always gives the same bytes. Throws, naming the
 * text, when a character is not in the font: a label must never lose a letter unseen.
 */
export function buildGlyphFiles(texts: readonly string[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const codePoints = glyphCodePoints(texts);
  for (const { stack, file } of GLYPH_FONTS) {
    const font = loadFont(file);
    const byRange = new Map<string, SdfGlyph[]>();
    for (const c of codePoints) {
      const glyph = renderGlyph(font, c);
      if (!glyph) {
        const ch = String.fromCodePoint(c);
        const text = texts.find((t) => t.includes(ch)) ?? ch;
        throw new Error(`${file}: no glyph for "${ch}" (U+${c.toString(16)}) in label "${text}"`);
      }
      const range = rangeName(c);
      byRange.set(range, [...(byRange.get(range) ?? []), glyph]);
    }
    for (const [range, glyphs] of byRange)
      files.set(`glyphs/${stack}/${range}.pbf`, encodeGlyphPbf(stack, range, glyphs));
  }
  const licence = fs.readFileSync(createRequire(import.meta.url).resolve(FONT_LICENCE_FILE));
  files.set('glyphs/LICENSE-OFL.txt', new Uint8Array(licence));
  return files;
}
