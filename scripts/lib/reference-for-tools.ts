import fs from 'node:fs';
import { curatedReference, type CuratedReference } from './curated';
import { checkCommitted } from './committed';
import { PUBLIC_DATA_DIR } from './paths';
import { readReference } from './reference';
import { shapesFromGeoJson, shapesFromTopology } from './shapes';

/**
 * The reference the data tools (harvest, geocode, review) check against: the mirrored sources
 * when they are there, else the gemeenten, postcodes and boundaries already in public/data, so
 * a maintainer can review on a machine without the mirrors.
 */
export function referenceForTools(sourcesDir: string): {
  ref: CuratedReference;
  gemeenten: { code: string; name: string }[];
  from: string;
} {
  if (fs.existsSync(sourcesDir)) {
    const reference = readReference(sourcesDir);
    return {
      ref: curatedReference(
        reference.gemeenten,
        reference.postcodes,
        shapesFromTopology(reference.gemeenteTopology, 'gemeente_2026'),
      ),
      gemeenten: reference.gemeenten,
      from: sourcesDir,
    };
  }
  const committed = checkCommitted(PUBLIC_DATA_DIR);
  if (!committed.dataset || !committed.postcodes || !committed.gemeenteAreas) {
    throw new Error(
      `no reference data: ${sourcesDir} does not exist and public/data is not valid (${committed.failures.slice(0, 3).join('; ')})`,
    );
  }
  return {
    ref: curatedReference(
      committed.dataset.gemeenten,
      committed.postcodes,
      shapesFromGeoJson(committed.gemeenteAreas),
    ),
    gemeenten: committed.dataset.gemeenten,
    from: PUBLIC_DATA_DIR,
  };
}
