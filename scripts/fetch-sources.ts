/**
 * `npm run data:fetch [-- --out DIR] [--year 2026] [--table 86247NED]`: downloads the reference
 * data from PDOK and CBS into a folder (default .tmp/sources), for review and refresh. Needs
 * network access; the build itself works offline from the mirrored sources.
 */
import { fetchAllSources } from './lib/fetch-sources';
import { argValue, resolveOutDir } from './lib/paths';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const outDir = resolveOutDir(argv, '.tmp/sources');
  const year = Number(argValue(argv, '--year') ?? 2026);
  if (!Number.isInteger(year)) throw new Error('--year must be a year, e.g. 2026');
  const table = argValue(argv, '--table');
  console.log(`downloading into ${outDir} ...`);
  const report = await fetchAllSources(outDir, { year, ...(table ? { table } : {}) });
  for (const [name, count] of Object.entries(report.counts))
    console.log(`  ${name}: ${count} records`);
  for (const file of report.files) console.log(`  wrote ${file}`);
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
