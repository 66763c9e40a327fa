import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
  COVERAGE_STATES,
  type CoverageState,
  type CoverageTotals,
} from '../../src/shared/model/coverage';
import { nl } from '../../src/features/coverage/strings';
import { formatDate } from '../../src/shared/model/dates';
import { COVERAGE_STYLE, PATTERN_INK } from '../../src/shared/ui/coverage-style';

/**
 * The Dekking choropleth as a static SVG, made at build time: the app shows it the moment the
 * Dekking view opens, long before MapLibre and WebGL are ready on a slow phone, and the
 * interactive map takes over once it is drawn. Same colours and patterns as the map, with the
 * legend, the counts and the date it shows, so it can also stand on its own.
 *
 * No <style> element and no inline style attributes (a strict CSP would block them): only
 * presentation attributes. Coordinates in whole tenths of a pixel, so the file is small and the
 * same on every build.
 */

type Areas = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

export interface CoveragePictureInput {
  gemeenten: Areas;
  provincies: Areas;
  /** The state per gemeente code, on the data date. */
  states: ReadonlyMap<string, CoverageState>;
  totals: CoverageTotals;
  text: {
    title: string;
    /** e.g. "Stand op 22 november 2026" */
    date: string;
    state: Record<CoverageState, string>;
    /** "Onbekend is niet hetzelfde als geen." */
    caveat: string;
    gemeenten: (count: number) => string;
  };
}

/** The picture's words: the app's own titles and state names, the date it shows, the caveat. */
export function pictureText(dataDate: string): CoveragePictureInput['text'] {
  return {
    title: nl.coverageView.title,
    date: `Stand op ${formatDate(dataDate)}`,
    state: nl.freshness.state,
    caveat: 'Onbekend: geen bron gevonden; dat is niet hetzelfde als geen.',
    gemeenten: (count) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'}`,
  };
}

/** Width of the map part in SVG units; the height follows from the country's shape. */
const MAP_WIDTH = 560;
const PAD = 12;
const LEGEND_LINE = 22;
/** Points closer than this to the previous one (in SVG units) are left out. */
const MIN_STEP = 1.5;
const FONT = 'DejaVu Sans, Noto Sans, Arial, sans-serif';
const SEA = '#dce9f2';
const OUTLINE = '#6b7280';
const PROVINCE = '#1f2937';
const TEXT = '#1a1a1a';

/** Web Mercator's y for a latitude (radians out), as the interactive map draws it. */
function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Rounds to tenths and prints without a trailing ".0". */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function coveragePictureSvg(input: CoveragePictureInput): string {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const f of input.provincies.features)
    for (const polygon of polygonsOf(f.geometry))
      for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
  const scale = MAP_WIDTH / (((east - west) * Math.PI) / 180);
  const top = mercatorY(north);
  const mapHeight = (top - mercatorY(south)) * scale;
  const project = ([lon = 0, lat = 0]: Position): [number, number] => [
    PAD + ((lon - west) * Math.PI * scale) / 180,
    PAD + (top - mercatorY(lat)) * scale,
  ];

  /**
   * One path's `d` for all rings of a (multi)polygon: whole pixels, thinned to about a pixel and
   * a half, in relative steps (short numbers that compress well).
   */
  const pathData = (geometry: Polygon | MultiPolygon): string => {
    const parts: string[] = [];
    for (const polygon of polygonsOf(geometry))
      for (const ring of polygon) {
        const points: [number, number][] = [];
        for (const position of ring) {
          const [x, y] = project(position);
          const p: [number, number] = [Math.round(x), Math.round(y)];
          const last = points[points.length - 1];
          if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < MIN_STEP) continue;
          points.push(p);
        }
        const [first] = points;
        if (!first || points.length < 3) continue;
        const steps = points
          .slice(1)
          .map(([x, y], i) => {
            const [px, py] = points[i] ?? first;
            const dy = y - py;
            return `${x - px}${dy < 0 ? '' : ' '}${dy}`;
          })
          .join(' ');
        parts.push(`M${first[0]} ${first[1]}l${steps}z`);
      }
    return parts.join('');
  };

  const byState = new Map<CoverageState, string[]>(COVERAGE_STATES.map((s) => [s, []]));
  for (const f of input.gemeenten.features) {
    const state = input.states.get(f.properties.code) ?? 'onbekend';
    byState.get(state)?.push(pathData(f.geometry));
  }
  // The gemeente outlines are the fills' own stroke: each border drawn with its gemeente.
  const fills = COVERAGE_STATES.map(
    (state) =>
      `<path fill="${COVERAGE_STYLE[state].fill}" stroke="${OUTLINE}" stroke-width="0.4" d="${(byState.get(state) ?? []).join('')}"/>`,
  );
  const overlay = (pattern: 'hatch' | 'dots') =>
    `<g fill="url(#${pattern})"><path d="${COVERAGE_STATES.filter((s) =>
      pattern === 'hatch' ? COVERAGE_STYLE[s].hatched : COVERAGE_STYLE[s].dotted,
    )
      .flatMap((s) => byState.get(s) ?? [])
      .join('')}"/></g>`;
  const provinces = `<g fill="none" stroke="${PROVINCE}" stroke-width="1"><path d="${input.provincies.features
    .map((f) => pathData(f.geometry))
    .join('')}"/></g>`;

  const width = MAP_WIDTH + 2 * PAD;
  const legendTop = PAD + mapHeight + PAD;
  const legend: string[] = [
    `<text x="${PAD}" y="${n(legendTop + 16)}" font-size="16" font-weight="bold">${escapeXml(input.text.title)}</text>`,
  ];
  COVERAGE_STATES.forEach((state, i) => {
    const y = legendTop + 28 + i * LEGEND_LINE;
    const style = COVERAGE_STYLE[state];
    legend.push(
      `<rect x="${PAD}" y="${n(y)}" width="16" height="16" fill="${style.fill}" stroke="${TEXT}" stroke-width="0.6"/>`,
    );
    if (style.hatched)
      legend.push(`<rect x="${PAD}" y="${n(y)}" width="16" height="16" fill="url(#hatch)"/>`);
    if (style.dotted)
      legend.push(`<rect x="${PAD}" y="${n(y)}" width="16" height="16" fill="url(#dots)"/>`);
    legend.push(
      `<text x="${PAD + 24}" y="${n(y + 13)}" font-size="13">${escapeXml(
        `${input.text.state[state]}: ${input.text.gemeenten(input.totals.gemeenten[state])}`,
      )}</text>`,
    );
  });
  const notesTop = legendTop + 28 + COVERAGE_STATES.length * LEGEND_LINE + 14;
  legend.push(
    `<text x="${PAD}" y="${n(notesTop)}" font-size="12">${escapeXml(`${input.text.caveat} ${input.text.date}.`)}</text>`,
  );
  const height = notesTop + PAD;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="${FONT}" fill="${TEXT}">`,
    `<title>${escapeXml(`${input.text.title}. ${input.text.date}.`)}</title>`,
    '<defs>',
    `<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2.5" height="8" fill="${PATTERN_INK.hatch}" opacity="0.8"/></pattern>`,
    `<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="1.5" cy="1.5" r="1" fill="${PATTERN_INK.dots}" opacity="0.85"/><circle cx="4.5" cy="4.5" r="1" fill="${PATTERN_INK.dots}" opacity="0.85"/></pattern>`,
    '</defs>',
    `<rect width="${n(width)}" height="${n(PAD + mapHeight + PAD)}" fill="${SEA}"/>`,
    `<rect y="${n(PAD + mapHeight + PAD)}" width="${n(width)}" height="${n(height - PAD - mapHeight - PAD)}" fill="#ffffff"/>`,
    ...fills,
    overlay('hatch'),
    overlay('dots'),
    provinces,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
