/**
 * `npm run data:geocode [-- --offline] [--refresh] [--dry-run] [--today YYYY-MM-DD]`: gives
 * locations with a street address an exact position and BAG id from PDOK Locatieserver.
 * Answers are kept in data/geocode-cache.csv (query, date, result), so `--offline` applies the
 * committed cache without a network and the build itself never geocodes. `--refresh` asks PDOK
 * again for every address; `--dry-run` writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../src/shared/intake/csv';
import { writeCsv } from '../src/shared/intake/csv-write';
import { dutchToday } from '../src/shared/intake/dates';
import { decodeCsvBytes } from '../src/shared/intake/decode';
import { CURATED_FILES } from '../src/shared/intake/datapackage';
import { readCuratedInputs } from './lib/curated';
import {
  GEOCODE_CACHE_FILE,
  geocodeLocations,
  parseGeocodeCache,
  writeGeocodeCache,
  type EditableTable,
  type GeocodeEntry,
} from './lib/online/geocode';
import { argValue, CURATED_DIR, REPO_ROOT } from './lib/paths';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dataDir = path.resolve(REPO_ROOT, argValue(argv, '--data') ?? CURATED_DIR);
  const online = !argv.includes('--offline');
  const dryRun = argv.includes('--dry-run');
  const today = argValue(argv, '--today') ?? dutchToday(new Date());

  const locationFiles = new Set(
    CURATED_FILES.filter((f) => f.records === 'locations').map((f) => f.file),
  );
  const { inputs, problems } = readCuratedInputs(dataDir);
  for (const p of problems) console.error(`${p.file}: ${p.reason}`);
  const tables: EditableTable[] = [];
  const rewritten: string[] = [];
  for (const input of inputs.filter((i) => locationFiles.has(i.file))) {
    const decoded = decodeCsvBytes(input.bytes ?? new Uint8Array());
    const table = parseCsv(decoded.text, input.file);
    if (decoded.encoding !== 'utf-8' || table.delimiter !== ',') rewritten.push(input.file);
    tables.push({
      file: input.file,
      header: table.header,
      rows: table.rows.map((r) => ({ ...r.record })),
      lines: table.rows.map((r) => r.line),
    });
  }

  const cachePath = path.join(dataDir, GEOCODE_CACHE_FILE);
  const cache = fs.existsSync(cachePath)
    ? parseGeocodeCache(fs.readFileSync(cachePath, 'utf8'))
    : new Map<string, GeocodeEntry>();
  const run = await geocodeLocations(tables, cache, {
    today,
    online,
    refresh: argv.includes('--refresh'),
  });

  const byStatus = new Map<string, number>();
  for (const o of run.outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
  console.log(
    `${run.outcomes.length} adres(sen) bekeken, ${run.requests} vraag/vragen aan PDOK${online ? '' : ' (offline: alleen de cache)'}:`,
  );
  for (const [status, n] of [...byStatus].sort()) console.log(`  ${status}: ${n}`);
  for (const o of run.outcomes.filter((x) => !x.applied)) {
    console.log(
      `  ${o.file}:${o.line} [${o.id}] ${o.status}: ${o.query}${o.address ? ` (PDOK: ${o.address})` : ''}`,
    );
  }
  if (dryRun) {
    console.log('--dry-run: niets geschreven');
    return 0;
  }
  fs.writeFileSync(cachePath, writeGeocodeCache(cache.values()));
  for (const table of tables.filter((t) => run.changedFiles.includes(t.file))) {
    fs.writeFileSync(path.join(dataDir, table.file), writeCsv(table.header, table.rows));
    const note = rewritten.includes(table.file)
      ? ' (opnieuw opgeslagen als CSV UTF-8 met komma’s)'
      : '';
    console.log(`geschreven: data/${table.file}${note}`);
  }
  console.log(
    `geschreven: data/${GEOCODE_CACHE_FILE} (${cache.size} adressen); draai npm run data:build en npm run data:check`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`data:geocode: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
