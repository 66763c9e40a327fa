import { PATTERN_INK } from '../../shared/ui/coverage-style';
import type { KindShape } from '../../shared/ui/kind-style';
import { MARKER_EDGE } from '../../shared/ui/tokens';

/** Raw RGBA image as MapLibre's `addImage` accepts it; drawn by code so no image files or glyphs are needed. */
export interface RawImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Signed distance (in pixels, negative inside) from a point to the shape centred in a box of `size`. */
function shapeDistance(shape: KindShape, x: number, y: number, size: number): number {
  const c = size / 2;
  const r = size / 2 - 1;
  const dx = Math.abs(x - c);
  const dy = Math.abs(y - c);
  if (shape === 'circle') return Math.hypot(dx, dy) - r;
  if (shape === 'square') return Math.max(dx, dy) - r * 0.82;
  return (dx + dy) / Math.SQRT2 - r * 0.78;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A place marker: the kind's shape filled with its colour and a white edge (MARKER_EDGE), anti-aliased.
 * `size` is in device pixels (drawn at pixelRatio 2 for sharp markers on phones).
 */
export function drawMarker(shape: KindShape, colour: string, size = 48): RawImage {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexToRgb(colour);
  const [er, eg, eb] = hexToRgb(MARKER_EDGE);
  const border = size / 10;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = shapeDistance(shape, x + 0.5, y + 0.5, size);
      const alpha = Math.min(1, Math.max(0, 0.5 - d));
      const inner = Math.min(1, Math.max(0, 0.5 - (d + border)));
      const i = (y * size + x) * 4;
      data[i] = Math.round(er * (1 - inner) + r * inner);
      data[i + 1] = Math.round(eg * (1 - inner) + g * inner);
      data[i + 2] = Math.round(eb * (1 - inner) + b * inner);
      data[i + 3] = Math.round(255 * alpha);
    }
  }
  return { width: size, height: size, data };
}

/**
 * One repeating tile of diagonal hatching for gemeenten with status `niet`, so that status does
 * not rely on colour (the PNG legend draws its own swatch: export-png.ts).
 */
export function drawHatchTile(size = 16, colour: string = PATTERN_INK.hatch): RawImage {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexToRgb(colour);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % (size / 2) < 1.5;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = onLine ? 200 : 0;
    }
  }
  return { width: size, height: size, data };
}

/**
 * One repeating tile of sparse dots for claims that are verouderd (source older than three years
 * or undated), laid over the status colour so age shows without colour, also in greyscale and
 * print.
 */
export function drawDotsTile(size = 12, colour: string = PATTERN_INK.dots): RawImage {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexToRgb(colour);
  const centres = [
    [size / 4, size / 4],
    [(3 * size) / 4, (3 * size) / 4],
  ] as const;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.min(...centres.map(([cx, cy]) => Math.hypot(x + 0.5 - cx, y + 0.5 - cy)));
      const alpha = Math.min(1, Math.max(0, 1.6 - d));
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(220 * alpha);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A highlight ring drawn behind a place marker: white disc with a dark border (thicker for the
 * selected place than for a hovered one). `size` in device pixels at pixelRatio 2; shown at the
 * markers' icon-size, so its offset matches theirs.
 */
export function drawRing(border: number, size = 80): RawImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = shapeDistance('circle', x + 0.5, y + 0.5, size);
      const alpha = Math.min(1, Math.max(0, 0.5 - d));
      const white = Math.min(1, Math.max(0, 0.5 - (d + border)));
      const i = (y * size + x) * 4;
      const value = Math.round(255 * white);
      data[i] = value;
      data[i + 1] = value;
      data[i + 2] = value;
      data[i + 3] = Math.round(255 * alpha);
    }
  }
  return { width: size, height: size, data };
}
