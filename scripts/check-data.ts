/**
 * `npm run data:check [-- --sources DIR]`: validates the curated CSV files and the committed
 * public/data files, reports coverage (with conflicts), and, when the reference sources are
 * available, rebuilds into a temporary folder to prove public/data is up to date.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  computeCoverage,
  COVERAGE_STATES,
  coverageTotals,
  statusTotal,
} from '../src/shared/model/coverage';
import { REACH_BANDS, REACH_KINDS } from '../src/shared/model/reach';
import { COVERAGE_STATUSES } from '../src/shared/model/schema';
import { buildData, labelTexts, OUTPUT_FILES, writeOutputs } from './lib/build';
import { buildGlyphFiles } from './lib/glyphs';
import { checkCommitted } from './lib/committed';
import { curatedReference, formatProblem, readCurated, type CuratedReference } from './lib/curated';
import { datasetReport, formatDatasetReport } from './lib/dataset-report';
import { CURATED_DIR, PUBLIC_DATA_DIR, PUBLIC_DIR, resolveSourcesDir } from './lib/paths';
import { readReference } from './lib/reference';
import { shapesFromGeoJson, shapesFromTopology } from './lib/shapes';

function main(): number {
  const failures: string[] = [];
  const sourcesDir = resolveSourcesDir(process.argv.slice(2));
  const haveSources = fs.existsSync(sourcesDir);

  const committed = checkCommitted(PUBLIC_DATA_DIR);
  failures.push(...committed.failures);
  console.log(
    `public/data: ${committed.failures.length === 0 ? 'valid' : `${committed.failures.length} failure(s)`}`,
  );

  // Curated rows are checked against the reference sources when present, else against the
  // gemeenten and postcodes already in public/data.
  let ref: CuratedReference | undefined;
  if (haveSources) {
    const reference = readReference(sourcesDir);
    ref = curatedReference(
      reference.gemeenten,
      reference.postcodes,
      shapesFromTopology(reference.gemeenteTopology, 'gemeente_2026'),
    );
  } else if (committed.dataset && committed.postcodes && committed.gemeenteAreas) {
    ref = curatedReference(
      committed.dataset.gemeenten,
      committed.postcodes,
      shapesFromGeoJson(committed.gemeenteAreas),
    );
  }
  if (!ref) {
    failures.push('cannot check the curated data: no sources folder and no valid public/data');
    return report(failures);
  }

  const curated = readCurated(CURATED_DIR, ref);
  for (const c of curated.counts) console.log(`${c.file}: ${c.rowsIn} rows, ${c.recordsOut} valid`);
  for (const w of curated.warnings) console.warn(`warning: ${formatProblem(w)}`);
  failures.push(...curated.problems.map(formatProblem));
  // Ages are measured on the data date (the newest checked_on), so the report does not change
  // with the day it is run; the browser measures on today.
  const { locations, services, evidence } = curated.records;
  const dataDate = [...locations, ...services, ...evidence]
    .map((r) => r.provenance.checkedOn)
    .sort()
    .at(-1);
  const today = dataDate ?? new Date().toISOString().slice(0, 10);
  console.log(`\ndataset (ages on the data date ${today}):`);
  for (const line of formatDatasetReport(datasetReport(curated.records, today))) console.log(line);

  if (committed.dataset) {
    const gemeenten = committed.dataset.gemeenten;
    const names = new Map(gemeenten.map((g) => [g.code, g.name]));
    const coverage = computeCoverage(gemeenten, services, evidence, today);
    const totals = coverageTotals(gemeenten, coverage.byCode);
    const line = (label: string, g: number, i: number) =>
      `  ${label.padEnd(15)} ${String(g).padStart(4)} gemeenten ${String(i).padStart(10)} inwoners`;
    console.log('\ncoverage (sociaal raadslieden) by status and age:');
    for (const s of COVERAGE_STATES) console.log(line(s, totals.gemeenten[s], totals.inwoners[s]));
    console.log('  by status:');
    for (const s of COVERAGE_STATUSES)
      console.log(line(s, statusTotal(totals.gemeenten, s), statusTotal(totals.inwoners, s)));
    const decisive = [...coverage.byCode.values()].flatMap((c) => c.claims.slice(0, 1));
    console.log(
      `  deciding claims: ${decisive.filter((c) => !c.provenance.sourceDate).length} undated, ${decisive.filter((c) => c.basis === 'afgeleid').length} inferred, ${[...coverage.byCode.values()].filter((c) => c.age === 'verouderd').length} verouderd`,
    );
    for (const c of coverage.conflicts) {
      const [winner] = c.claims;
      console.log(
        `  conflict ${c.code} ${names.get(c.code) ?? ''}: ${winner?.status ?? '?'} wins (${winner?.recordId ?? '?'})`,
      );
      for (const claim of c.claims) {
        console.log(
          `    ${claim.status} ${claim.provenance.sourceDate ?? 'undated'} ${claim.from} ${claim.recordId}`,
        );
      }
    }
    for (const u of coverage.unknownAreaCodes) {
      failures.push(
        `services.csv [${u.serviceId}] service area names unknown gemeente code ${u.code}`,
      );
    }
  }

  failures.push(...checkGlyphs());

  if (committed.reach) {
    const { reach } = committed;
    console.log(
      `\nreach (straight line from ${reach.postcodeAreas} PC4 centroids, ${reach.postcodeAreasWithoutInwoners} without inwoners; counts only known places):`,
    );
    for (const kind of REACH_KINDS) {
      const k = reach.nederland.kinds[kind];
      const cells = REACH_BANDS.map((band, i) => `${band} ${String(k.bands[i] ?? 0).padStart(9)}`);
      console.log(
        `  ${kind.padEnd(20)} ${String(reach.places[kind]).padStart(4)} places  ${cells.join('  ')}  median ${k.medianKm ?? '-'} km`,
      );
    }
  }

  if (!haveSources) {
    console.log(`\nsources folder ${sourcesDir} not found: skipping the rebuild comparison`);
    return report(failures);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-data-check-'));
  try {
    const rebuilt = buildData(sourcesDir, CURATED_DIR);
    if (rebuilt.curated.problems.length === 0) {
      writeOutputs(rebuilt.files, tmp);
      for (const name of OUTPUT_FILES) {
        const committedFile = path.join(PUBLIC_DATA_DIR, name);
        const fresh = fs.readFileSync(path.join(tmp, name));
        if (!fs.existsSync(committedFile) || !fresh.equals(fs.readFileSync(committedFile))) {
          failures.push(`public/data/${name} is out of date: run npm run data:build`);
        }
      }
      console.log('\nrebuild comparison done');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return report(failures);
}

/**
 * The map's glyphs must match the label texts in public/data: rebuilt from the committed names
 * and compared byte for byte (needs no sources folder, only the font in node_modules).
 */
function checkGlyphs(): string[] {
  const read = (name: string) => fs.readFileSync(path.join(PUBLIC_DATA_DIR, name), 'utf8');
  let fresh: Map<string, Uint8Array>;
  try {
    fresh = buildGlyphFiles(labelTexts(read('dataset.json'), read('woonplaatsen.geojson')));
  } catch (error) {
    return [`glyphs: ${error instanceof Error ? error.message : String(error)}`];
  }
  const failures: string[] = [];
  for (const [name, bytes] of fresh) {
    const file = path.join(PUBLIC_DIR, name);
    if (!fs.existsSync(file) || !Buffer.from(bytes).equals(fs.readFileSync(file)))
      failures.push(`public/${name} is out of date: run npm run data:build`);
  }
  console.log(
    `\nglyphs: ${failures.length === 0 ? `${fresh.size} files up to date` : 'out of date'}`,
  );
  return failures;
}

function report(failures: string[]): number {
  if (failures.length === 0) {
    console.log('\ndata:check passed');
    return 0;
  }
  console.error(`\ndata:check failed (${failures.length}):`);
  for (const f of failures) console.error(`  ${f}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
