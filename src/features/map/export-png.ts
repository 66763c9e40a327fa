import { PATTERN_INK } from '../../shared/ui/coverage-style';
import { COLOUR } from '../../shared/ui/tokens';

/** What goes around the map in an exported image, so it can stand on its own in a report. */
export interface MapExportInfo {
  title: string;
  legend: { colour: string; hatched?: boolean; dotted?: boolean; label: string }[];
  /** Source and date lines, printed under the map. */
  lines: string[];
}

const MARGIN = 24;
const LINE = 22;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/**
 * Draws the map image with a title, the legend (swatch, hatch and words) and the source lines
 * into one PNG. Canvas 2D text only: nothing from the data is parsed as HTML.
 */
export async function composeMapPng(
  mapCanvas: HTMLCanvasElement,
  info: MapExportInfo,
): Promise<Blob> {
  const width = mapCanvas.width + MARGIN * 2;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.font = `14px ${FONT}`;
  const lines = info.lines.flatMap((line) => wrap(ctx, line, width - MARGIN * 2));
  // Legend labels (state, what it means, gemeenten and inwoners) wrap beside their swatch.
  ctx.font = `16px ${FONT}`;
  const legendLines = info.legend.map((item) => wrap(ctx, item.label, width - MARGIN * 2 - 28));
  const legendHeight = legendLines.reduce((sum, l) => sum + l.length, 0) * LINE + LINE;
  canvas.width = width;
  canvas.height =
    MARGIN + 36 + mapCanvas.height + MARGIN + legendHeight + lines.length * LINE + MARGIN;

  ctx.fillStyle = COLOUR.bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = COLOUR.text;
  ctx.font = `bold 24px ${FONT}`;
  ctx.fillText(info.title, MARGIN, MARGIN + 24);
  const mapTop = MARGIN + 36;
  ctx.drawImage(mapCanvas, MARGIN, mapTop);
  ctx.strokeStyle = COLOUR.border;
  ctx.strokeRect(MARGIN, mapTop, mapCanvas.width, mapCanvas.height);

  let y = mapTop + mapCanvas.height + MARGIN;
  ctx.font = `16px ${FONT}`;
  info.legend.forEach((item, index) => {
    ctx.fillStyle = item.colour;
    ctx.fillRect(MARGIN, y, 18, 18);
    if (item.hatched) drawHatchSwatch(ctx, MARGIN, y, 18);
    if (item.dotted) drawDotsSwatch(ctx, MARGIN, y, 18);
    ctx.strokeStyle = COLOUR.text;
    ctx.strokeRect(MARGIN, y, 18, 18);
    ctx.fillStyle = COLOUR.text;
    for (const line of legendLines[index] ?? []) {
      ctx.fillText(line, MARGIN + 28, y + 15);
      y += LINE;
    }
  });
  y += LINE / 2;
  ctx.font = `14px ${FONT}`;
  ctx.fillStyle = COLOUR.muted;
  for (const line of lines) {
    ctx.fillText(line, MARGIN, y + 14);
    y += LINE;
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('PNG could not be made'));
    }, 'image/png');
  });
}

/** Breaks text into lines that fit `maxWidth` with the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The legend's hatch swatch for status `niet`, drawn with canvas lines like the map's tile. */
function drawHatchSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  ctx.strokeStyle = PATTERN_INK.hatch;
  ctx.lineWidth = 2;
  for (let d = -size; d < size; d += 6) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + size);
    ctx.lineTo(x + d + size, y);
    ctx.stroke();
  }
  ctx.restore();
}

/** The dots of an outdated claim, as on the map. */
function drawDotsSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number): void {
  ctx.save();
  ctx.fillStyle = PATTERN_INK.dots;
  for (const [dx, dy] of [
    [0.25, 0.25],
    [0.75, 0.75],
    [0.75, 0.25],
    [0.25, 0.75],
  ] as const) {
    ctx.beginPath();
    ctx.arc(x + dx * size, y + dy * size, 1.6, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}
