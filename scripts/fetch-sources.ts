/**
 * `npm run data:fetch [-- --out DIR] [--year 2026] [--table 86247NED] [--sources DIR]`: downloads
 * the reference data from PDOK and CBS into a folder (default .tmp/sources) in the layout the build
 * reads, so `npm run data:build -- --sources DIR` can use it directly. The PC4 table is copied
 * from --sources. Needs network access; the build itself works offline.
 */
import { fetchAllSources } from './lib/fetch-sources';
import { argValue, resolveOutDir, resolveSourcesDir } from './lib/paths';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const outDir = resolveOutDir(argv, '.tmp/sources');
  const year = Number(argValue(argv, '--year') ?? 2026);
  if (!Number.isInteger(year)) throw new Error('--year must be a year, e.g. 2026');
  const table = argValue(argv, '--table');
  console.log(`downloading into ${outDir} ...`);
  // The PC4 table has no open API: it is carried over from the current sources folder.
  const pc4From = resolveSourcesDir(argv);
  const report = await fetchAllSources(outDir, { year, pc4From, ...(table ? { table } : {}) });
  for (const [name, count] of Object.entries(report.counts))
    console.log(`  ${name}: ${count} records`);
  for (const file of report.files) console.log(`  wrote ${file}`);
  if (report.counts.pc4 === undefined)
    console.warn(
      `  no PC4 table in ${pc4From}: copy derived-pc4-gemeente-2026/ into ${outDir} before building`,
    );
  console.log(`check it, then: npm run data:build -- --sources ${outDir}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`data:fetch failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
