/**
 * `npm run data:contacts -- --export FILE [--title TEXT] [--checked-on YYYY-MM-DD]`: turns the
 * government's register export of gemeenten (Gemeenten.csv from
 * https://organisaties.overheid.nl/export/Gemeenten.csv, CC0) into data/gemeente-contacts.csv:
 * each gemeente's general phone number and website with the register as source. Says which
 * gemeenten of the build's list the export lacks; writes nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contactsCsv, CONTACTS_FILE, readRegisterExport } from './lib/gemeente-contacts';
import { argValue, CURATED_DIR, REPO_ROOT, resolveSourcesDir } from './lib/paths';
import { readReference } from './lib/reference';

function main(): number {
  const argv = process.argv.slice(2);
  const exportFile = argValue(argv, '--export');
  if (!exportFile) {
    console.error(
      'usage: npm run data:contacts -- --export Gemeenten.csv [--title TEXT] [--checked-on YYYY-MM-DD]',
    );
    return 2;
  }
  const checkedOn = argValue(argv, '--checked-on') ?? new Date().toISOString().slice(0, 10);
  const sourceTitle = argValue(argv, '--title') ?? 'Organisaties overheid: export gemeenten';
  const reference = readReference(resolveSourcesDir(argv));
  const exported = readRegisterExport(
    fs.readFileSync(path.resolve(REPO_ROOT, exportFile), 'utf8'),
    path.basename(exportFile),
  );
  const codes = reference.gemeenten.map((g) => g.code);
  const { text, written, missing } = contactsCsv(exported, codes, { sourceTitle, checkedOn });
  fs.writeFileSync(path.join(CURATED_DIR, CONTACTS_FILE), text);
  console.log(`${path.basename(exportFile)}: ${exported.length} gemeenten in the export`);
  console.log(`data/${CONTACTS_FILE}: ${written} of ${codes.length} gemeenten written`);
  if (missing.length > 0)
    console.warn(`not in the export (or without phone and website): ${missing.join(', ')}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
