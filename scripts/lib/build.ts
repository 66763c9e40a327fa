import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { computeCoverage, coverageState, coverageTotals } from '../../src/shared/model/coverage';
import { hsdsJson, toHsds } from '../../src/shared/model/hsds';
import {
  readPublished,
  splitDataset,
  type PublishedFile,
} from '../../src/shared/model/dataset-split';
import type { Dataset } from '../../src/shared/model/schema';
import { buildNeighbourLand, buildWoonplaatsLabels, readNaturalEarth } from './basemap';
import { coveragePictureSvg, pictureText } from './coverage-picture';
import { simplifyTopology, topologyToGeoJson } from './boundaries';
import { curatedReference, readCurated, type CuratedResult } from './curated';
import { buildReach } from './reach';
import { byCodePoint, readReference, type ReferenceData } from './reference';
import { shapesFromTopology } from './shapes';
import { readContacts } from './gemeente-contacts';

/**
 * The build itself, separate from the command line so check-data and the tests can run it.
 * Output depends only on the inputs (no clock, sorted arrays, fixed key order), so a rebuild
 * that changes nothing produces byte-identical files and `data:check` can compare them.
 */

/**
 * Douglas-Peucker tolerance in quantised topology units (about 0.001°, 70–110 m). Half a unit
 * removes only points that are near-collinear at the source's own precision.
 */
export const SIMPLIFY_TOLERANCE = 0.5;

/** The files written to public/data, in the order they are reported. */
export const OUTPUT_FILES = [
  'dataset.json',
  'places.json',
  'details.json',
  'gemeenten.geojson',
  'provincies.geojson',
  'postcodes.json',
  'land.geojson',
  'woonplaatsen.geojson',
  'dekking.svg',
  'reach.json',
  'hsds.json',
] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

export interface BuildResult {
  files: Record<OutputFile, string>;
  curated: CuratedResult;
  reference: ReferenceData;
}

/** JSON as written: no spacing, trailing newline. */
function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** The number in a CBS code (GM0363 → 363, PV27 → 27), used as the MapLibre feature id. */
export function codeNumber(code: string): number {
  const n = Number(code.replace(/^[A-Z]+/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`cannot take a feature id from code ${code}`);
  return n;
}

function stringProp(props: Record<string, unknown>, key: string): string {
  const value = props[key];
  if (typeof value !== 'string' || value === '') throw new Error(`boundary feature has no ${key}`);
  return value;
}

/**
 * A record as published: without the curators' internal notes (`access_note`, `note`), which
 * hold research remarks, old numbers and leads. The app shows only the public note, and what
 * is not published cannot be shown by mistake.
 */
export function withoutInternalNotes<T extends { note?: string; accessNote?: string }>(
  record: T,
): Omit<T, 'note' | 'accessNote'> {
  const published: Partial<T> = { ...record };
  delete published.note;
  delete published.accessNote;
  return published as Omit<T, 'note' | 'accessNote'>;
}

/** Builds all outputs in memory from a sources folder and the curated folder. */
export function buildData(sourcesDir: string, curatedDir: string): BuildResult {
  const reference = readReference(sourcesDir);
  const curated = readCurated(
    curatedDir,
    curatedReference(
      reference.gemeenten,
      reference.postcodes,
      shapesFromTopology(reference.gemeenteTopology, 'gemeente_2026'),
    ),
  );

  const contacts = readContacts(curatedDir, new Set(reference.gemeenten.map((g) => g.code)));
  curated.counts.push(contacts.counts);
  curated.problems.push(...contacts.problems);

  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => byCodePoint(a.id, b.id));
  const { locations, services, evidence } = curated.records;
  const dates = [...locations, ...services, ...evidence]
    .map((r) => r.provenance.checkedOn)
    .sort(byCodePoint);
  const body: Omit<Dataset, 'version'> = {
    checkedUntil: dates[dates.length - 1] ?? reference.sourceDate,
    populationNote: reference.populationNote,
    gemeenten: reference.gemeenten.map((g) => ({
      code: g.code,
      name: g.name,
      provinceCode: g.provinceCode,
      provinceName: g.provinceName,
      population: g.population,
      label: g.label,
      ...(contacts.contacts.has(g.code) ? { contact: contacts.contacts.get(g.code) } : {}),
    })),
    locations: byId(locations).map(withoutInternalNotes),
    services: byId(services).map(withoutInternalNotes),
    evidence: byId(evidence).map(withoutInternalNotes),
    documents: curated.records.documents,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  const dataset: Dataset = { version, ...body };

  const names = new Map(reference.gemeenten.map((g) => [g.code, g.name]));
  const gemeenten = topologyToGeoJson(
    simplifyTopology(reference.gemeenteTopology, SIMPLIFY_TOLERANCE),
    'gemeente_2026',
    (props) => {
      const code = stringProp(props, 'statcode');
      return { id: codeNumber(code), code, name: names.get(code) ?? stringProp(props, 'statnaam') };
    },
  );
  const provincies = topologyToGeoJson(
    simplifyTopology(reference.provincieTopology, SIMPLIFY_TOLERANCE),
    'provincie_2026',
    (props) => {
      const code = stringProp(props, 'statcode');
      return { id: codeNumber(code), code, name: stringProp(props, 'statnaam') };
    },
  );

  // The static Dekking picture shows the states on the data date (the app ages them on today's
  // date once its interactive map takes over); the picture says which date it shows.
  const coverage = computeCoverage(
    dataset.gemeenten,
    dataset.services,
    dataset.evidence,
    dataset.checkedUntil,
  );
  const picture = coveragePictureSvg({
    gemeenten,
    provincies,
    states: new Map([...coverage.byCode].map(([code, entry]) => [code, coverageState(entry)])),
    totals: coverageTotals(dataset.gemeenten, coverage.byCode),
    text: pictureText(dataset.checkedUntil),
  });

  // What the first view needs, and the rest: the app joins them (src/shared/model/dataset-split).
  const { core, places, details } = splitDataset(dataset);
  return {
    files: {
      'dataset.json': toJson(core),
      'places.json': toJson(places),
      'details.json': toJson(details),
      'gemeenten.geojson': toJson(gemeenten),
      'provincies.geojson': toJson(provincies),
      'postcodes.json': toJson(reference.postcodes),
      'land.geojson': toJson(buildNeighbourLand(readNaturalEarth())),
      'woonplaatsen.geojson': toJson(
        buildWoonplaatsLabels(reference.postcodes, reference.gemeenten),
      ),
      'dekking.svg': picture,
      'reach.json': toJson(
        buildReach(
          dataset,
          reference.postcodes,
          reference.postcodeInwoners,
          reference.postcodesWithoutInwoners,
        ),
      ),
      // Open Referral HSDS 3.0 (issue 14 item 6), aged on the data date like the picture.
      'hsds.json': hsdsJson(toHsds(dataset, { today: dataset.checkedUntil })),
    },
    curated,
    reference,
  };
}

/** The whole dataset as the app sees it: dataset.json, places.json and details.json joined. */
export function builtDataset(files: Pick<Record<OutputFile, string>, PublishedFile>): Dataset {
  return readPublished((file) => JSON.parse(files[file]));
}

/** The texts the map draws as labels (gemeente and woonplaats names): the glyphs it needs. */
export function labelTexts(datasetJson: string, woonplaatsenJson: string): string[] {
  const dataset = JSON.parse(datasetJson) as { gemeenten: { name: string }[] };
  const woonplaatsen = JSON.parse(woonplaatsenJson) as {
    features: { properties: { name: string } }[];
  };
  return [
    ...dataset.gemeenten.map((g) => g.name),
    ...woonplaatsen.features.map((f) => f.properties.name),
  ];
}

/**
 * Writes the glyph files under `publicDir` (keys are paths like `glyphs/NotoSans-Bold/0-255.pbf`),
 * after removing the old glyphs folder, so a range no longer needed does not linger.
 */
export function writeGlyphs(files: ReadonlyMap<string, Uint8Array>, publicDir: string): void {
  fs.rmSync(path.join(publicDir, 'glyphs'), { recursive: true, force: true });
  for (const [name, bytes] of files) {
    const target = path.join(publicDir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
}

/** Writes the built files into `outDir` (created when missing). */
export function writeOutputs(files: Record<OutputFile, string>, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of OUTPUT_FILES) fs.writeFileSync(path.join(outDir, name), files[name]);
}

/** Raw and gzip size in bytes, to keep an eye on what the browser downloads. */
export function sizes(content: string | Uint8Array): { raw: number; gzip: number } {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** Bytes as "123.4 KB". */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
