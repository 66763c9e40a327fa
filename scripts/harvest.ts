/**
 * `npm run data:harvest [-- --gemeente GM0809] [--no-geocode] [--today YYYY-MM-DD]`: online
 * only. Gathers candidate facts into data/review/*.csv for `npm run data:review`; it never
 * writes to the curated files. Pages already in the dataset, already queued or rejected before
 * are not proposed again. Prints what it saw and why anything was left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dutchToday } from '../src/shared/intake/dates';
import {
  cacheKey,
  GEOCODE_CACHE_FILE,
  parseGeocodeCache,
  writeGeocodeCache,
  type GeocodeEntry,
} from './lib/online/geocode';
import { harvestSamenwerkendeCatalogi, HARVESTER } from './lib/online/harvest-sc';
import { argValue, CURATED_DIR, REPO_ROOT, resolveSourcesDir } from './lib/paths';
import { referenceForTools } from './lib/reference-for-tools';
import { mergeCandidates, REVIEW_DIR, writeQueue } from './lib/review/queue';
import { curatedFacts, loadQueues, loadRejected } from './lib/review/review';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dataDir = path.resolve(REPO_ROOT, argValue(argv, '--data') ?? CURATED_DIR);
  const today = argValue(argv, '--today') ?? dutchToday(new Date());
  const { gemeenten, from } = referenceForTools(resolveSourcesDir(argv));
  const only = argValue(argv, '--gemeente');
  const authority = only ? gemeenten.find((g) => g.code === only)?.name : undefined;
  if (only && !authority) throw new Error(`--gemeente ${only} is geen gemeente van 2026`);
  console.log(
    `gemeenten uit ${from}; zoeken in Samenwerkende Catalogi${authority ? ` (alleen ${authority})` : ''} ...`,
  );

  const harvest = await harvestSamenwerkendeCatalogi(gemeenten, {
    today,
    ...(authority ? { authority } : {}),
    geocode: !argv.includes('--no-geocode'),
  });
  const c = harvest.counts;
  console.log(`${harvest.total} resultaten in ${harvest.requests.length} verzoek(en):`);
  console.log(
    `  ${c.records} gelezen, ${c.skippedWithoutTitleOrUrl} zonder titel of URL overgeslagen`,
  );
  console.log(
    `  ${c.notAGemeente} niet van een gemeente, ${c.noTermInText} zonder zoekterm in titel of samenvatting`,
  );
  console.log(
    `  kandidaten: ${c.evidence} bewijs, ${c.locations} locatie(s); ${c.addressesNotExact} adres(sen) niet exact in de BAG`,
  );

  const queueFile = `${HARVESTER}.csv`;
  const existing = loadQueues({ dataDir }).find((q) => q.file === queueFile)?.candidates ?? [];
  const merged = mergeCandidates(
    existing,
    harvest.candidates,
    loadRejected({ dataDir }),
    curatedFacts(dataDir),
  );
  const r = merged.report;
  console.log(
    `wachtrij: ${r.added.length} nieuw, ${r.alreadyQueued} stond er al, ${r.rejectedBefore} eerder afgewezen, ${r.alreadyInDataset} al in de dataset`,
  );
  fs.mkdirSync(path.join(dataDir, REVIEW_DIR), { recursive: true });
  fs.writeFileSync(path.join(dataDir, REVIEW_DIR, queueFile), writeQueue(merged.queue));
  console.log(
    `geschreven: data/${REVIEW_DIR}/${queueFile} (${merged.queue.length} kandidaten); verder met npm run data:review`,
  );
  if (harvest.geocoded.length > 0) {
    const cachePath = path.join(dataDir, GEOCODE_CACHE_FILE);
    const cache = fs.existsSync(cachePath)
      ? parseGeocodeCache(fs.readFileSync(cachePath, 'utf8'))
      : new Map<string, GeocodeEntry>();
    for (const entry of harvest.geocoded)
      cache.set(cacheKey(entry.query, entry.gemeenteCode), entry);
    fs.writeFileSync(cachePath, writeGeocodeCache(cache.values()));
    console.log(
      `geschreven: data/${GEOCODE_CACHE_FILE} (${harvest.geocoded.length} adres(sen) van kandidaten)`,
    );
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`data:harvest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
