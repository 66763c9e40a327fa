/**
 * The data at scale: what the first view costs when the map knows 1,000 or 10,000 fully
 * described places instead of today's hundred. For each count, a copy of the build gets the real
 * data plus that many SYNTHETIC places (bench-data.ts), split as the build splits it, and the
 * load bench measures the start view on the throttled phone. The copy lives in a temporary
 * folder and is removed afterwards; nothing synthetic reaches public/data or dist.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { splitDataset } from '../../src/shared/model/dataset-split';
import { woonplaatsCentroids } from '../../src/shared/model/geo';
import { postcodeTableSchema } from '../../src/shared/model/schema';
import { BUDGETS } from '../lib/budgets';
import { describeSynthetic, readPublishedDataset, syntheticLocations } from './bench-data';
import { formatLoadBench, runLoadBench } from './load-bench';

/** The counts measured when `--scale` is not given: the two horizons. */
export const DEFAULT_SCALE = [1000, 10000] as const;

const gzipKib = (text: string) => (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);

/**
 * A copy of `distDir` whose data files hold the real places plus synthetic ones up to `total`
 * places. Precompressed copies of the rewritten files are removed, so the bench host
 * compresses the new ones itself.
 */
function scaledBuild(distDir: string, total: number): { dir: string; sizes: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sjk-scale-${String(total)}-`));
  fs.cpSync(distDir, dir, { recursive: true });
  const dataDir = path.join(dir, 'data');
  const real = readPublishedDataset(dataDir);
  const postcodes = postcodeTableSchema.parse(
    JSON.parse(fs.readFileSync(path.join(dataDir, 'postcodes.json'), 'utf8')),
  );
  const extra = Math.max(0, total - real.locations.length);
  const synthetic = syntheticLocations(
    extra,
    real.gemeenten,
    woonplaatsCentroids(postcodes),
    postcodes,
  ).map(describeSynthetic);
  const { core, places, details } = splitDataset({
    ...real,
    locations: [...real.locations, ...synthetic],
  });
  const files = {
    'dataset.json': `${JSON.stringify(core)}\n`,
    'places.json': `${JSON.stringify(places)}\n`,
    'details.json': `${JSON.stringify(details)}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(dataDir, name), text);
    for (const suffix of ['.br', '.gz'])
      fs.rmSync(path.join(dataDir, name + suffix), { force: true });
  }
  const budget = (kib: number) => (kib / 1024).toFixed(0);
  const sizes =
    `${String(real.locations.length + extra)} places (${String(extra)} SYNTHETIC): ` +
    `dataset.json ${gzipKib(files['dataset.json'])} KiB gzip (first view, budget ${budget(BUDGETS.firstViewData)}), ` +
    `places.json ${gzipKib(files['places.json'])} KiB gzip (once the first view stands, budget ${budget(BUDGETS.placeList)}), ` +
    `details.json ${gzipKib(files['details.json'])} KiB gzip (after the first view)`;
  return { dir, sizes };
}

/** Runs the start view on the phone profile for each count; returns printable lines. */
export async function runScaleBench(
  distDir: string,
  counts: readonly number[],
  runs: number,
  rttMs?: number,
): Promise<string[]> {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    return [`no build in ${distDir}: run npm run build first`];
  }
  const lines: string[] = [];
  for (const total of counts) {
    const { dir, sizes } = scaledBuild(distDir, total);
    try {
      lines.push(sizes);
      const result = await runLoadBench(dir, {
        runs,
        views: ['start'],
        profiles: ['phone'],
        ...(rttMs === undefined ? {} : { rttMs }),
      });
      lines.push(...formatLoadBench(result));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}
