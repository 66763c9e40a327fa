import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import * as z from 'zod/mini';
import { joinDataset } from '../../src/shared/model/dataset-split';
import { DatasetMismatchError } from '../../src/shared/model/dataset-version';
import {
  coreDatasetSchema,
  datasetDetailsSchema,
  datasetSchema,
  gemeenteCodeSchema,
  placeListSchema,
  postcodeTableSchema,
  type Dataset,
  type PostcodeTable,
} from '../../src/shared/model/schema';
import { reachFileSchema, toReachData, type ReachData } from '../../src/shared/model/reach';
import { codeNumber } from './build';
import { GEMEENTE_COUNT, PROVINCE_COUNT } from './reference';
import { PROVINCE_CODE } from '../../src/shared/model/ids';

/**
 * Checks the files in public/data as the app will receive them. The app validates them too, but
 * finding a broken file here, before it is committed, is cheaper than a blank map in production.
 */

const positionSchema = z.array(z.number()).check(z.minLength(2));
const ringSchema = z.array(positionSchema).check(z.minLength(4));
const areaFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.number().check(z.int(), z.positive()),
  properties: z.object({ code: z.string(), name: z.string().check(z.minLength(1)) }),
  geometry: z.union([
    z.object({
      type: z.literal('Polygon'),
      coordinates: z.array(ringSchema).check(z.minLength(1)),
    }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(ringSchema).check(z.minLength(1))).check(z.minLength(1)),
    }),
  ]),
});
const areaCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(areaFeatureSchema),
});

const landSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(z.object({ type: z.literal('Feature'), geometry: areaFeatureSchema.shape.geometry }))
    .check(z.minLength(1)),
});
const woonplaatsenSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.literal('Point'), coordinates: positionSchema }),
      properties: z.object({
        name: z.string().check(z.minLength(1)),
        size: z.number().check(z.int(), z.positive()),
        main: z.union([z.literal(0), z.literal(1)]),
      }),
    }),
  ),
});

/** What was found in public/data: parsed files where valid, and failures. */
export interface CommittedCheck {
  dataset?: Dataset;
  postcodes?: PostcodeTable;
  /** The gemeente boundaries, for checking positions when the reference sources are absent. */
  gemeenteAreas?: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
  reach?: ReachData;
  failures: string[];
}

function readJson(file: string, failures: string[]): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function issues(
  file: string,
  error: { issues: readonly { path: PropertyKey[]; message: string }[] },
): string[] {
  return error.issues
    .slice(0, 20)
    .map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`);
}

function checkAreas(
  file: string,
  expected: number,
  codePattern: RegExp,
  failures: string[],
  keep?: (areas: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>) => void,
): string[] {
  const json = readJson(file, failures);
  if (json === undefined) return [];
  const parsed = areaCollectionSchema.safeParse(json);
  if (!parsed.success) {
    failures.push(...issues(file, parsed.error));
    return [];
  }
  keep?.(parsed.data);
  const features = parsed.data.features;
  if (features.length !== expected)
    failures.push(`${file}: ${features.length} features, expected ${expected}`);
  const ids = new Set<number>();
  for (const f of features) {
    const { code } = f.properties;
    if (!codePattern.test(code)) failures.push(`${file}: feature ${f.id}: bad code ${code}`);
    else if (codeNumber(code) !== f.id)
      failures.push(`${file}: ${code} has id ${f.id}, expected ${codeNumber(code)}`);
    if (ids.has(f.id)) failures.push(`${file}: id ${f.id} appears twice`);
    ids.add(f.id);
  }
  return features.map((f) => f.properties.code);
}

/** Validates dataset.json with places.json, details.json, postcodes.json, reach.json and the two GeoJSON files in `dir`. */
export function checkCommitted(dir: string): CommittedCheck {
  const failures: string[] = [];
  const result: CommittedCheck = { failures };

  // The app loads dataset.json and places.json first and details.json later; checked as the app
  // joins them.
  const files = {
    core: path.join(dir, 'dataset.json'),
    places: path.join(dir, 'places.json'),
    details: path.join(dir, 'details.json'),
  };
  const datasetJson = readJson(files.core, failures);
  const placesJson = readJson(files.places, failures);
  const detailsJson = readJson(files.details, failures);
  if (datasetJson !== undefined && placesJson !== undefined && detailsJson !== undefined) {
    const core = coreDatasetSchema.safeParse(datasetJson);
    const places = placeListSchema.safeParse(placesJson);
    const details = datasetDetailsSchema.safeParse(detailsJson);
    if (!core.success) failures.push(...issues(files.core, core.error));
    if (!places.success) failures.push(...issues(files.places, places.error));
    if (!details.success) failures.push(...issues(files.details, details.error));
    if (core.success && places.success && details.success) {
      try {
        const parsed = datasetSchema.safeParse(joinDataset(core.data, places.data, details.data));
        if (parsed.success) result.dataset = parsed.data;
        else failures.push(...issues(`${files.core} + places.json + details.json`, parsed.error));
      } catch (error) {
        const file =
          error instanceof DatasetMismatchError ? path.join(dir, error.file) : files.details;
        failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  if (result.dataset && result.dataset.gemeenten.length !== GEMEENTE_COUNT) {
    failures.push(
      `${files.core}: ${result.dataset.gemeenten.length} gemeenten, expected ${GEMEENTE_COUNT}`,
    );
  }

  const postcodeFile = path.join(dir, 'postcodes.json');
  const postcodeJson = readJson(postcodeFile, failures);
  if (postcodeJson !== undefined) {
    const parsed = postcodeTableSchema.safeParse(postcodeJson);
    if (!parsed.success) failures.push(...issues(postcodeFile, parsed.error));
    else {
      const t = parsed.data;
      const n = t.pc4.length;
      const lengths = [t.lat.length, t.lon.length, t.gemeente.length, t.place.length];
      if (lengths.some((l) => l !== n)) failures.push(`${postcodeFile}: columns differ in length`);
      if (t.gemeente.some((g) => g >= t.gemeenten.length))
        failures.push(`${postcodeFile}: gemeente index out of range`);
      if (t.place.some((p) => p >= t.places.length))
        failures.push(`${postcodeFile}: place index out of range`);
      result.postcodes = t;
    }
  }

  const gemeenteCodes = checkAreas(
    path.join(dir, 'gemeenten.geojson'),
    GEMEENTE_COUNT,
    /^GM\d{4}$/,
    failures,
    (areas) => {
      result.gemeenteAreas = areas;
    },
  );
  checkAreas(path.join(dir, 'provincies.geojson'), PROVINCE_COUNT, PROVINCE_CODE, failures);
  for (const [name, schema] of [
    ['land.geojson', landSchema],
    ['woonplaatsen.geojson', woonplaatsenSchema],
  ] as const) {
    const file = path.join(dir, name);
    const json = readJson(file, failures);
    if (json === undefined) continue;
    const parsed = schema.safeParse(json);
    if (!parsed.success) failures.push(...issues(file, parsed.error));
  }
  if (result.dataset && gemeenteCodes.length > 0) {
    const inDataset = new Set(result.dataset.gemeenten.map((g) => g.code));
    const missing = gemeenteCodes.filter(
      (c) => !inDataset.has(c) || !gemeenteCodeSchema.safeParse(c).success,
    );
    if (missing.length > 0)
      failures.push(`gemeenten.geojson: codes not in dataset.json: ${missing.join(', ')}`);
  }

  const reachFile = path.join(dir, 'reach.json');
  const reachJson = readJson(reachFile, failures);
  if (reachJson !== undefined) {
    const parsed = reachFileSchema.safeParse(reachJson);
    if (!parsed.success) failures.push(...issues(reachFile, parsed.error));
    else result.reach = toReachData(parsed.data);
  }
  if (result.reach && result.dataset) {
    if (result.reach.datasetVersion !== result.dataset.version)
      failures.push(
        `${reachFile}: made from dataset ${result.reach.datasetVersion}, not ${result.dataset.version}`,
      );
    // Reach counts the PC4 inwoners of 1-1-2021; dataset.json may carry a newer CBS count, so
    // only the gemeenten are compared, not their inwoners.
    const inReach = new Set(Object.keys(result.reach.gemeenten));
    const missing = result.dataset.gemeenten.filter((g) => !inReach.has(g.code));
    if (missing.length > 0)
      failures.push(`${reachFile}: gemeenten missing: ${missing.map((g) => g.code).join(', ')}`);
  }
  return result;
}
