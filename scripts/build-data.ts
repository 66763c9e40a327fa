/**
 * `npm run data:build [-- --sources DIR] [--out DIR]`: builds public/data/ from the reference
 * sources and the curated CSV files. Exits non-zero, listing every problem, when any curated row
 * or reference file is wrong; a row is never dropped without saying so.
 */
import path from 'node:path';
import {
  buildData,
  kb,
  labelTexts,
  OUTPUT_FILES,
  sizes,
  writeGlyphs,
  writeOutputs,
} from './lib/build';
import { buildGlyphFiles } from './lib/glyphs';
import { formatProblem } from './lib/curated';
import {
  CURATED_DIR,
  PUBLIC_DATA_DIR,
  REPO_ROOT,
  resolveOutDir,
  resolveSourcesDir,
} from './lib/paths';

function main(): number {
  const argv = process.argv.slice(2);
  const sourcesDir = resolveSourcesDir(argv);
  const outDir = resolveOutDir(argv, PUBLIC_DATA_DIR);
  console.log(`sources: ${sourcesDir}`);

  const result = buildData(sourcesDir, CURATED_DIR);
  const { curated, reference } = result;
  console.log(
    `reference: ${reference.gemeenten.length} gemeenten, ${reference.postcodes.pc4.length} PC4 postcodes`,
  );
  for (const c of curated.counts)
    console.log(`${c.file}: ${c.rowsIn} rows in, ${c.recordsOut} records out`);
  for (const w of curated.warnings) console.warn(`warning: ${formatProblem(w)}`);
  if (curated.problems.length > 0) {
    console.error(
      `\n${curated.problems.length} problem(s) in the curated data; nothing was written:`,
    );
    for (const p of curated.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }

  writeOutputs(result.files, outDir);
  const { locations, services, evidence } = curated.records;
  console.log(
    `\nwrote ${path.relative(REPO_ROOT, outDir) || outDir}/ (${locations.length} locations, ${services.length} services, ${evidence.length} evidence)`,
  );
  for (const name of OUTPUT_FILES) {
    const s = sizes(result.files[name]);
    console.log(
      `  ${name.padEnd(20)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`,
    );
  }

  // Glyphs sit beside the data folder (public/glyphs/ beside public/data/), as the app asks for them.
  const glyphs = buildGlyphFiles(
    labelTexts(result.files['dataset.json'], result.files['woonplaatsen.geojson']),
  );
  const publicDir = path.dirname(outDir);
  writeGlyphs(glyphs, publicDir);
  console.log(`wrote ${path.relative(REPO_ROOT, publicDir) || publicDir}/glyphs/`);
  for (const [name, bytes] of glyphs) {
    const s = sizes(bytes);
    console.log(
      `  ${name.padEnd(36)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`,
    );
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
