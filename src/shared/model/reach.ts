import * as z from 'zod/mini';
import { distanceKm, type LonLat } from './geo';
import { PLACE_KINDS, type PlaceKind } from './schema';

/**
 * Reach: how far people live from help of each kind. For every postcode area (PC4) with its
 * inwoners, the straight-line distance from its centroid to the nearest place of each kind that
 * serves it: for sociaal raadslieden, the nearest office of a service whose area names the PC4's
 * gemeente (who funds them decides who may go); for IDO's and Het Juridisch Loket, the nearest
 * one (anyone may go). Inwoners are then counted per distance band. The build does this once
 * (4,000 postcode areas × every place) and writes reach.json, so a phone only reads the sums.
 * It counts only the places the map knows: a missing office makes people look farther away.
 */

/** Upper bounds of the distance bands in km: 0–5, 5–10, 10–20 and 20 km or more. */
export const REACH_BAND_LIMITS_KM = [5, 10, 20] as const;

/** The bands, nearest first; `geen` = no place of this kind known that serves the area. */
export const REACH_BANDS = ['0-5', '5-10', '10-20', '20+', 'geen'] as const;
export type ReachBand = (typeof REACH_BANDS)[number];

/** The band a distance falls in; a distance on a limit goes to the farther band (5 km → 5–10). */
export function reachBand(km: number | undefined): ReachBand {
  if (km === undefined) return 'geen';
  if (km < 5) return '0-5';
  if (km < 10) return '5-10';
  if (km < 20) return '10-20';
  return '20+';
}

/** A postcode area: its centroid, its gemeente and how many people live there. */
export interface ReachOrigin {
  lon: number;
  lat: number;
  gemeenteCode: string;
  inwoners: number;
}

/** A place on the map, as reach needs it. */
export interface ReachPlace {
  kind: PlaceKind;
  lon: number;
  lat: number;
  serviceId?: string;
}

/** A sociaal raadslieden service and the gemeenten that fund it. */
export interface ReachService {
  id: string;
  serviceArea: readonly string[];
}

/** Distance in km to the nearest place of each kind that serves the origin; undefined: none known. */
export type NearestByKind = Record<PlaceKind, number | undefined>;

/**
 * The nearest place of each kind for every origin. Sociaal raadslieden count only when their
 * service's area names the origin's gemeente; an office of a neighbour's service, however close,
 * does not serve these inwoners.
 */
export function nearestPlaces(
  origins: readonly ReachOrigin[],
  places: readonly ReachPlace[],
  services: readonly ReachService[],
): NearestByKind[] {
  const servicesOf = new Map<string, Set<string>>();
  for (const service of services) {
    for (const code of service.serviceArea) {
      const set = servicesOf.get(code) ?? new Set<string>();
      set.add(service.id);
      servicesOf.set(code, set);
    }
  }
  const byKind = (kind: PlaceKind) => places.filter((p) => p.kind === kind);
  const ido = byKind('ido');
  const loket = byKind('juridisch-loket');
  const offices = byKind('sociaal-raadslieden').filter((p) => p.serviceId !== undefined);
  const nearest = (from: LonLat, candidates: readonly ReachPlace[]) => {
    let best: number | undefined;
    for (const place of candidates) {
      const km = distanceKm(from, [place.lon, place.lat]);
      if (best === undefined || km < best) best = km;
    }
    return best;
  };
  return origins.map((origin) => {
    const from: LonLat = [origin.lon, origin.lat];
    const serving = servicesOf.get(origin.gemeenteCode);
    const own = serving ? offices.filter((p) => serving.has(p.serviceId ?? '')) : [];
    return {
      'sociaal-raadslieden': nearest(from, own),
      ido: nearest(from, ido),
      'juridisch-loket': nearest(from, loket),
    };
  });
}

/** Inwoners per band (in REACH_BANDS order) and the distance within which half of them live. */
export interface KindReach {
  /** Inwoners per band, in REACH_BANDS order. */
  bands: number[];
  /**
   * Half of the inwoners live within this many km (one decimal) of a known place; absent when
   * half or more have no known place of this kind, or nobody lives in the area.
   */
  medianKm?: number;
}

/** Reach in one area (a gemeente, a province or the country). */
export interface AreaReach {
  inwoners: number;
  kinds: Record<PlaceKind, KindReach>;
}

/**
 * Sums inwoners per band for one area and finds its median distance (weighted by inwoners). The
 * origins and `nearest` are index-aligned.
 */
export function areaReach(
  origins: readonly ReachOrigin[],
  nearest: readonly NearestByKind[],
  indices: readonly number[],
): AreaReach {
  const inwoners = indices.reduce((sum, i) => sum + (origins[i]?.inwoners ?? 0), 0);
  const kind = (k: PlaceKind): KindReach => {
    const perBand = new Map<ReachBand, number>();
    const known: { km: number; n: number }[] = [];
    for (const i of indices) {
      const n = origins[i]?.inwoners ?? 0;
      const km = nearest[i]?.[k];
      const band = reachBand(km);
      perBand.set(band, (perBand.get(band) ?? 0) + n);
      if (km !== undefined) known.push({ km, n });
    }
    const result: KindReach = { bands: REACH_BANDS.map((band) => perBand.get(band) ?? 0) };
    const median = weightedMedian(known, inwoners);
    if (median !== undefined) result.medianKm = median;
    return result;
  };
  return {
    inwoners,
    kinds: {
      'sociaal-raadslieden': kind('sociaal-raadslieden'),
      ido: kind('ido'),
      'juridisch-loket': kind('juridisch-loket'),
    },
  };
}

/**
 * The distance within which half of `total` inwoners live, counting people without a known place
 * as infinitely far: undefined when those are half or more.
 */
function weightedMedian(known: { km: number; n: number }[], total: number): number | undefined {
  if (total <= 0) return undefined;
  const sorted = [...known].sort((a, b) => a.km - b.km);
  let sum = 0;
  for (const { km, n } of sorted) {
    sum += n;
    if (sum * 2 >= total) return Math.round(km * 10) / 10;
  }
  return undefined;
}

/** Inwoners at `band` or farther (e.g. "more than 10 km": from '10-20' on, plus `geen`). */
export function inwonersFrom(reach: KindReach, band: ReachBand): number {
  const from = REACH_BANDS.indexOf(band);
  return reach.bands.slice(from).reduce((sum, n) => sum + n, 0);
}

// The schema uses only the zod/mini parts the first view already loads (object, array, number,
// optional, refine): zod lives in the first-view chunk, so a new part (record, nullable) would
// add to it even though only Dekking reads reach.json.
const count = () => z.number().check(z.int(), z.nonnegative());

const kindReachSchema = z.object({
  bands: z.array(count()).check(
    z.refine((bands) => bands.length === REACH_BANDS.length, {
      message: `expected ${REACH_BANDS.length} bands`,
    }),
  ),
  medianKm: z.optional(z.number().check(z.nonnegative())),
});

const kindsSchema = z.object({
  'sociaal-raadslieden': kindReachSchema,
  ido: kindReachSchema,
  'juridisch-loket': kindReachSchema,
});

/** A province or gemeente with its reach, as listed in the file (sorted by code). */
const codedAreaSchema = z.object({ code: z.string(), inwoners: count(), kinds: kindsSchema });

/** reach.json: written by the data build, validated by the app when it loads it. */
export const reachFileSchema = z.object({
  /** The dataset.json version the places came from, so a stale file can be noticed. */
  datasetVersion: z.string(),
  bandLimitsKm: z.array(z.number()),
  /** How many places of each kind were counted (sociaal raadslieden: offices with a service). */
  places: z.object({ 'sociaal-raadslieden': count(), ido: count(), 'juridisch-loket': count() }),
  /** Postcode areas counted, and how many of them had no inwoners figure (counted as 0). */
  postcodeAreas: count(),
  postcodeAreasWithoutInwoners: count(),
  nederland: z.object({ inwoners: count(), kinds: kindsSchema }),
  provinces: z.array(codedAreaSchema),
  gemeenten: z.array(codedAreaSchema),
});
export type ReachFile = z.infer<typeof reachFileSchema>;

/** reach.json as the app uses it: provinces and gemeenten looked up by code. */
export interface ReachData extends Omit<ReachFile, 'provinces' | 'gemeenten'> {
  provinces: Readonly<Partial<Record<string, AreaReach>>>;
  gemeenten: Readonly<Partial<Record<string, AreaReach>>>;
}

/** Turns the listed areas into lookups by code. */
export function toReachData(file: ReachFile): ReachData {
  const byCode = (areas: ReachFile['gemeenten']) =>
    Object.fromEntries(areas.map(({ code, ...area }) => [code, area]));
  return { ...file, provinces: byCode(file.provinces), gemeenten: byCode(file.gemeenten) };
}

/** Every kind, in the order the app shows them. */
export const REACH_KINDS: readonly PlaceKind[] = PLACE_KINDS;
