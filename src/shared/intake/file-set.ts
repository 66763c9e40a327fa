import { CURATED_FILES } from './datapackage';

/**
 * The curated files are a fixed set (data/datapackage.json). A file that is missing, renamed
 * (evidence.CSV, Evidence.csv), replaced by a folder, or joined by a stray CSV must stop the
 * build with its name: before, a renamed evidence.csv quietly dropped all evidence rows.
 */

/** An entry of the data folder, as the edge (Node or a browser file picker) saw it. */
export interface FolderEntry {
  name: string;
  isDirectory: boolean;
}

/** A problem with the set of files; `file` is the expected or the stray name. */
export interface FileSetProblem {
  file: string;
  reason: string;
}

/**
 * Files in the data folder that are not curated files but belong there: the geocoder's cache and
 * the gemeenten' contacts generated from the government's register (npm run data:contacts).
 */
export const OTHER_DATA_FILES: readonly string[] = ['geocode-cache.csv', 'gemeente-contacts.csv'];

/** Checks that every curated file is there as a file, and that no other CSV is lying beside them. */
export function fileSetProblems(entries: readonly FolderEntry[]): FileSetProblem[] {
  const problems: FileSetProblem[] = [];
  const byName = new Map(entries.map((e) => [e.name, e]));
  const expected = new Set(CURATED_FILES.map((f) => f.file));
  for (const { file } of CURATED_FILES) {
    const entry = byName.get(file);
    if (entry?.isDirectory) {
      problems.push({
        file,
        reason: `${file} is een map, geen bestand; zet het CSV-bestand zelf op deze plek`,
      });
      continue;
    }
    if (entry) continue;
    const lookalike = entries.find((e) => e.name.toLowerCase() === file.toLowerCase());
    problems.push({
      file,
      reason: lookalike
        ? `${file} ontbreekt; er staat wel "${lookalike.name}": hernoem het naar ${file} (hoofdletters tellen)`
        : `${file} ontbreekt; het hoort bij de vaste set bestanden in data/datapackage.json`,
    });
  }
  for (const entry of entries) {
    if (entry.isDirectory || !/\.csv$/i.test(entry.name)) continue;
    if (expected.has(entry.name) || OTHER_DATA_FILES.includes(entry.name)) continue;
    if ([...expected].some((f) => f.toLowerCase() === entry.name.toLowerCase())) continue;
    problems.push({
      file: entry.name,
      reason: `${entry.name} is geen bestand uit data/datapackage.json en wordt niet gelezen; voeg de rijen toe aan een van de vaste bestanden (${[...expected].join(', ')}) of verwijder het`,
    });
  }
  return problems;
}
