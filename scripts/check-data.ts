/**
 * `npm run data:check [-- --sources DIR]`: validates the curated CSV files and the committed
 * public/data files, reports coverage (with conflicts), and, when the reference sources are
 * available, rebuilds into a temporary folder to prove public/data is up to date.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeCoverage, coverageTotals, claimDate } from '../src/shared/model/coverage';
import type { CoverageStatus } from '../src/shared/model/schema';
import { buildData, OUTPUT_FILES, writeOutputs } from './lib/build';
import { checkCommitted } from './lib/committed';
import { curatedReference, formatProblem, readCurated, type CuratedReference } from './lib/curated';
import { datasetReport, formatDatasetReport } from './lib/dataset-report';
import { CURATED_DIR, PUBLIC_DATA_DIR, resolveSourcesDir } from './lib/paths';
import { readReference } from './lib/reference';

const STATUSES: CoverageStatus[] = ['wel', 'niet', 'onbekend'];

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
    ref = curatedReference(reference.gemeenten, reference.postcodes);
  } else if (committed.dataset && committed.postcodes) {
    ref = curatedReference(committed.dataset.gemeenten, committed.postcodes);
  }
  if (!ref) {
    failures.push('cannot check the curated data: no sources folder and no valid public/data');
    return report(failures);
  }

  const curated = readCurated(CURATED_DIR, ref);
  for (const c of curated.counts) console.log(`${c.file}: ${c.rowsIn} rows, ${c.recordsOut} valid`);
  for (const w of curated.warnings) console.warn(`warning: ${formatProblem(w)}`);
  failures.push(...curated.problems.map(formatProblem));
  console.log('\ndataset:');
  for (const line of formatDatasetReport(datasetReport(curated.records, new Date())))
    console.log(line);

  if (committed.dataset) {
    const gemeenten = committed.dataset.gemeenten;
    const names = new Map(gemeenten.map((g) => [g.code, g.name]));
    const coverage = computeCoverage(gemeenten, curated.records.services, curated.records.evidence);
    const totals = coverageTotals(gemeenten, coverage.byCode);
    console.log('\ncoverage (sociaal raadslieden):');
    for (const s of STATUSES) {
      console.log(
        `  ${s.padEnd(9)} ${String(totals.gemeenten[s]).padStart(4)} gemeenten ${String(totals.inwoners[s]).padStart(10)} inwoners`,
      );
    }
    for (const c of coverage.conflicts) {
      const [winner] = c.claims;
      console.log(
        `  conflict ${c.code} ${names.get(c.code) ?? ''}: ${winner?.status ?? '?'} wins (${winner?.recordId ?? '?'})`,
      );
      for (const claim of c.claims) {
        console.log(
          `    ${claim.status} ${claimDate(claim.provenance)} ${claim.from} ${claim.recordId}`,
        );
      }
    }
    for (const u of coverage.unknownAreaCodes) {
      failures.push(
        `services.csv [${u.serviceId}] service area names unknown gemeente code ${u.code}`,
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
