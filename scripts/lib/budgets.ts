import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One size limit: what it covers, the files it measured, and the gzip bytes allowed. */
export interface BudgetResult {
  name: string;
  files: string[];
  gzipBytes: number;
  limitBytes: number;
  ok: boolean;
  note?: string;
}

const KIB = 1024;

/** Size budgets from the quality-gates issue; residents on slow phones pay for every byte. */
export const BUDGETS = {
  firstViewJs: 100 * KIB,
  css: 15 * KIB,
  /**
   * dataset.json: what the first view needs (gemeenten, services, coverage evidence). It grows
   * with the evidence, not with the places.
   */
  firstViewData: 120 * KIB,
  /**
   * places.json: each place's summary for the list, the map and the search, requested once the
   * first view stands. About 31 bytes gzip a place, so
   * this holds some 4,000 places.
   */
  placeList: 120 * KIB,
  /** details.json: loaded after the first view or when a place is opened. */
  placeDetails: 200 * KIB,
  boundaries: 150 * KIB,
  /** The embeddable finder on partner pages: one page, no map; no more than the app's first view. */
  embedJs: 100 * KIB,
} as const;

export function gzipSize(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The assets index.html loads before anything else: its module script, preloads and styles. */
export function firstViewAssets(
  distDir: string,
  page = 'index.html',
): { js: string[]; css: string[] } {
  const html = fs.readFileSync(path.join(distDir, page), 'utf8');
  const refs = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1] ?? '').filter(Boolean);
  const js = [
    ...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const local = (ref: string) => path.join(distDir, ref.replace(/^\//, ''));
  return { js: [...new Set(js)].map(local), css: [...new Set(css)].map(local) };
}

function measure(name: string, files: string[], limitBytes: number, note?: string): BudgetResult {
  const gzipBytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  return {
    name,
    files,
    gzipBytes,
    limitBytes,
    ok: files.length > 0 && gzipBytes <= limitBytes,
    ...(note ? { note } : {}),
  };
}

/**
 * Checks the built app in `distDir` against the budgets. MapLibre must not be in the first view:
 * the check fails when any first-view script contains MapLibre's code.
 */
export function checkBudgets(distDir: string): BudgetResult[] {
  const { js, css } = firstViewAssets(distDir);
  const firstView = measure('first-view JavaScript', js, BUDGETS.firstViewJs);
  const hasMaplibre = js.some((file) => fs.readFileSync(file, 'utf8').includes('maplibregl-map'));
  const results: BudgetResult[] = [
    hasMaplibre ? { ...firstView, ok: false, note: 'maplibre-gl is in the first view' } : firstView,
    measure('first-view CSS', css, BUDGETS.css),
    measure(
      'first-view data (dataset.json)',
      [path.join(distDir, 'data/dataset.json')],
      BUDGETS.firstViewData,
    ),
    measure(
      'place list (places.json)',
      [path.join(distDir, 'data/places.json')],
      BUDGETS.placeList,
    ),
    measure(
      'place details (details.json)',
      [path.join(distDir, 'data/details.json')],
      BUDGETS.placeDetails,
    ),
    measure(
      'gemeente boundaries',
      [path.join(distDir, 'data/gemeenten.geojson')],
      BUDGETS.boundaries,
    ),
  ];
  if (fs.existsSync(path.join(distDir, 'embed.html'))) {
    results.push(
      measure('embed JavaScript', firstViewAssets(distDir, 'embed.html').js, BUDGETS.embedJs),
    );
  }
  return results;
}

export function formatKib(bytes: number): string {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}
