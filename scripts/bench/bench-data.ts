/**
 * Data for `npm run bench`: the real dataset and PC4 table (public/data, else the reference
 * sources), plus synthetic place records that stand in for the thousands of records the curated
 * data will hold one day. Synthetic records live only in memory here and are never written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { woonplaatsCentroids, round5, type WoonplaatsCentroid } from '../../src/shared/model/geo';
import { readPublished } from '../../src/shared/model/dataset-split';
import {
  postcodeTableSchema,
  type Dataset,
  type Gemeente,
  type HelpLocation,
  type PlaceKind,
  type PostcodeTable,
  type Service,
} from '../../src/shared/model/schema';
import { PUBLIC_DATA_DIR, resolveSourcesDir } from '../lib/paths';
import { readReference } from '../lib/reference';

/** What the bench searches over. */
export interface BenchData {
  /** Where the real data came from, for the printout. */
  origin: string;
  gemeenten: Gemeente[];
  locations: HelpLocation[];
  services: Service[];
  postcodes: PostcodeTable;
  woonplaatsen: WoonplaatsCentroid[];
}

/**
 * Real data: public/data when built, else (or with `--from-sources`) the reference CSVs in the
 * sources folder, which hold no curated places.
 */
export function loadRealData(argv: readonly string[]): Omit<BenchData, 'woonplaatsen'> {
  const datasetFile = path.join(PUBLIC_DATA_DIR, 'dataset.json');
  const postcodesFile = path.join(PUBLIC_DATA_DIR, 'postcodes.json');
  const built = fs.existsSync(datasetFile) && fs.existsSync(postcodesFile);
  if (built && !argv.includes('--from-sources')) {
    const dataset = readPublishedDataset(PUBLIC_DATA_DIR);
    const postcodes = postcodeTableSchema.parse(JSON.parse(fs.readFileSync(postcodesFile, 'utf8')));
    return { origin: 'public/data', ...pick(dataset), postcodes };
  }
  const sourcesDir = resolveSourcesDir(argv);
  const reference = readReference(sourcesDir);
  return {
    origin: sourcesDir,
    gemeenten: reference.gemeenten,
    locations: [],
    services: [],
    postcodes: reference.postcodes,
  };
}

function pick(dataset: { gemeenten: Gemeente[]; locations: HelpLocation[]; services: Service[] }) {
  return { gemeenten: dataset.gemeenten, locations: dataset.locations, services: dataset.services };
}

/** The dataset as the app sees it: the three published files from `dir`, joined. */
export function readPublishedDataset(dir: string): Dataset {
  return readPublished((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
}

/** Small seeded PRNG (mulberry32), so every run builds the same synthetic records. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: readonly PlaceKind[] = ['sociaal-raadslieden', 'ido', 'juridisch-loket'];
const SUFFIXES = [
  '',
  ' Centrum',
  ' Noord',
  ' Zuid',
  ' (wijkcentrum)',
  ' (buurthuis)',
  ' De Brug',
  ' Het Anker',
];
const NAMES: Readonly<Record<PlaceKind, readonly string[]>> = {
  'sociaal-raadslieden': [
    'Sociaal Raadslieden {p}',
    'Sociaal raadsliedenwerk {p}{s}',
    'Spreekuur sociaal raadslieden {p}{s}',
  ],
  ido: [
    'Informatiepunt Digitale Overheid Bibliotheek {p}',
    'IDO Bibliotheek {p}{s}',
    'Informatiepunt Digitale Overheid {p}{s}',
  ],
  'juridisch-loket': ['Het Juridisch Loket {p}', 'Spreekuur Het Juridisch Loket {p}{s}'],
};
const ORGANISATIONS: Readonly<Record<PlaceKind, string>> = {
  'sociaal-raadslieden': 'Stichting Welzijn {p}',
  ido: 'Bibliotheek {p}',
  'juridisch-loket': 'Het Juridisch Loket',
};

/**
 * `count` synthetic places, ids `synthetic-…`, provenance saying so. The 40 largest gemeenten
 * get one of each kind in their largest woonplaats (as real cities have), the rest are spread at
 * random over all woonplaatsen.
 */
export function syntheticLocations(
  count: number,
  gemeenten: readonly Gemeente[],
  woonplaatsen: readonly WoonplaatsCentroid[],
  postcodes: PostcodeTable,
): HelpLocation[] {
  const next = random(20261122);
  const choose = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('bench: nothing to choose from');
    return item;
  };
  const largest = largestWoonplaats(woonplaatsen, postcodes);
  const cities = [...gemeenten].sort((a, b) => b.population - a.population).slice(0, 40);
  const plan: { place: WoonplaatsCentroid; kind: PlaceKind; first: boolean }[] = [];
  for (const gemeente of cities) {
    const place = largest.get(gemeente.code);
    if (place) for (const kind of KINDS) plan.push({ place, kind, first: true });
  }
  while (plan.length < count)
    plan.push({ place: choose(woonplaatsen), kind: choose(KINDS), first: false });
  return plan.slice(0, count).map(({ place, kind, first }, i) => {
    const template = first ? (NAMES[kind][0] ?? '{p}') : choose(NAMES[kind]);
    const fill = (text: string) => text.replace('{p}', place.name).replace('{s}', choose(SUFFIXES));
    return {
      id: `synthetic-${String(i + 1).padStart(5, '0')}`,
      kind,
      name: fill(template),
      organisation: fill(ORGANISATIONS[kind]),
      address: { place: place.name },
      gemeenteCode: place.gemeenteCode,
      // Five decimals (about 1 m), as the build writes real positions: random digits beyond that
      // would weigh on the size figures as no real record does.
      lat: round5(place.lat + (next() - 0.5) * 0.01),
      lon: round5(place.lon + (next() - 0.5) * 0.01),
      precision: 'plaats',
      access: [],
      openingHours: {},
      provenance: {
        source: 'SYNTHETIC: generated in memory by scripts/bench.ts, not a real place',
        checkedOn: '2026-01-01',
      },
    };
  });
}

/** Per gemeente its woonplaats with the most PC4 areas: the town people mean by the gemeente. */
function largestWoonplaats(
  woonplaatsen: readonly WoonplaatsCentroid[],
  table: PostcodeTable,
): Map<string, WoonplaatsCentroid> {
  const counts = new Map<string, number>();
  table.pc4.forEach((_, i) => {
    const key = `${table.places[table.place[i] ?? -1] ?? ''}|${table.gemeenten[table.gemeente[i] ?? -1] ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const best = new Map<string, WoonplaatsCentroid>();
  for (const place of woonplaatsen) {
    const current = best.get(place.gemeenteCode);
    const size = (p: WoonplaatsCentroid) => counts.get(`${p.name}|${p.gemeenteCode}`) ?? 0;
    if (!current || size(place) > size(current)) best.set(place.gemeenteCode, place);
  }
  return best;
}

/** Real data plus `syntheticCount` synthetic places. */
export function loadBenchData(argv: readonly string[], syntheticCount: number): BenchData {
  const real = loadRealData(argv);
  const woonplaatsen = woonplaatsCentroids(real.postcodes);
  const synthetic = syntheticLocations(
    syntheticCount,
    real.gemeenten,
    woonplaatsen,
    real.postcodes,
  );
  return { ...real, locations: [...real.locations, ...synthetic], woonplaatsen };
}

const OPENING_TEXTS = [
  'Inloop op dinsdag 9.30–12.00, verder op afspraak.',
  'Maandag tot en met donderdag 9.00–17.00, alleen op afspraak.',
  'Spreekuur op woensdag 13.30–16.00 in de bibliotheek.',
];

/**
 * A synthetic place described as fully as a real one can be (street, postcode, access, hours,
 * phone, website, notes, a dated source): to measure what 1,000 or 10,000 complete records weigh.
 * Still marked SYNTHETIC in its source; never written into public/data.
 */
export function describeSynthetic(location: HelpLocation, index: number): HelpLocation {
  const n = index + 1;
  return {
    ...location,
    address: {
      street: `Voorbeeldstraat ${String(n % 97)}`,
      houseNumber: String((n % 180) + 1),
      postcode: `${String(1000 + (n % 8999))} AB`,
      place: location.address.place,
    },
    access: n % 3 === 0 ? ['afspraak'] : ['inloop', 'afspraak'],
    publicNote: `Neem uw brieven en een identiteitsbewijs mee. Gratis, ook zonder afspraak (${String(n)}).`,
    openingHours: {
      osm: n % 2 === 0 ? 'Tu 09:30-12:00' : 'Mo-Th 09:00-17:00',
      text: OPENING_TEXTS[n % OPENING_TEXTS.length] ?? '',
    },
    phone: `020-${String(1000000 + n).slice(-7)}`,
    website: `https://www.voorbeeld-${String(n % 400)}.nl/hulp/${location.id}`,
    whatToBring: 'Identiteitsbewijs, de brief waarover u een vraag hebt.',
    provenance: {
      source: `https://www.voorbeeld-${String(n % 400)}.nl/hulp/${location.id}`,
      sourceTitle: `SYNTHETIC: generated by scripts/bench, not a real place (${location.id})`,
      sourceDate: `202${String(n % 6)}-0${String((n % 9) + 1)}`,
      sourceDateHow: 'vermeld',
      checkedOn: '2026-11-30',
    },
  };
}
