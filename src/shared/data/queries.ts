import { queryOptions, skipToken } from '@tanstack/react-query';
import * as z from 'zod/mini';
import {
  coreDatasetSchema,
  datasetDetailsSchema,
  placeListSchema,
  postcodeTableSchema,
  type CoreDataset,
  type Dataset,
  type PlaceList,
} from '../model/schema';
import { DatasetMismatchError } from '../model/dataset-version';
import { DataError, dataUrl, fetchJson } from './fetch-json';

/** The dataset never changes while the page is open: a new version comes with a reload. */
const FOREVER = Number.POSITIVE_INFINITY;

/**
 * Gemeenten, services and coverage evidence: everything the first view needs, and nothing more
 * (place summaries are in places.json; opening hours, notes and sources in details.json).
 */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchJson(dataUrl('dataset.json'), coreDatasetSchema, signal),
  staleTime: FOREVER,
});

/**
 * places.json, requested once the first view stands (usePlaces, in the page that dataset.json
 * lets render): at 10,000 places it is 20 times dataset.json, and sharing the wire with the first
 * view's script and data would hold up the search field. Its version is checked against
 * dataset.json (usePlaces).
 */
export const placesQuery = queryOptions({
  queryKey: ['places'],
  queryFn: ({ signal }) => fetchJson(dataUrl('places.json'), placeListSchema, signal),
  staleTime: FOREVER,
});

/**
 * The whole dataset: details.json joined to the first-view file and the place list, for a
 * place's details, the answer, Dekking and the exports. The join loads with the query, not with
 * the first view. A file from another build fails like a broken file (retry, or reload).
 */
export function fullDatasetQuery(core: CoreDataset, list: PlaceList | undefined) {
  return queryOptions({
    queryKey: ['dataset', 'full', core.version],
    // Without the place list there is nothing to join yet: the query waits (skipToken).
    queryFn: !list
      ? skipToken
      : async ({ signal }): Promise<Dataset> => {
          const { joinDataset } = await import('../model/dataset-split');
          const url = dataUrl('details.json');
          const details = await fetchJson(url, datasetDetailsSchema, signal);
          try {
            return joinDataset(core, list, details);
          } catch (error) {
            if (error instanceof DatasetMismatchError) {
              throw new DataError('invalid', dataUrl(error.file), error.message);
            }
            throw error;
          }
        },
    staleTime: FOREVER,
  });
}

/** The PC4 table, loaded only when someone searches by postcode or place. */
export const postcodesQuery = queryOptions({
  queryKey: ['postcodes'],
  queryFn: ({ signal }) => fetchJson(dataUrl('postcodes.json'), postcodeTableSchema, signal),
  staleTime: FOREVER,
});

/**
 * reach.json (inwoners by distance to the nearest known help), for Dekking and the factsheet. Its
 * schema loads with the query, not with the first view.
 */
export const reachQuery = queryOptions({
  queryKey: ['reach'],
  queryFn: async ({ signal }) => {
    const { reachFileSchema, toReachData } = await import('../model/reach');
    return toReachData(await fetchJson(dataUrl('reach.json'), reachFileSchema, signal));
  },
  staleTime: FOREVER,
});

/**
 * A boundary file as the map and the GeoJSON download need it. Checked only as far as they rely
 * on it (a FeatureCollection of features); MapLibre reads the geometry itself.
 */
const featureCollectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  // Loose: every other member (the feature `id` that hover and selection rely on) is kept as is.
  features: z.array(
    z.looseObject({ type: z.literal('Feature'), geometry: z.unknown(), properties: z.unknown() }),
  ),
});
export type BoundaryCollection = GeoJSON.FeatureCollection;

/** The boundary files of the map: gemeenten (with coverage status) and provincies. */
export type BoundaryFile = 'gemeenten' | 'provincies';

/** One boundary file, fetched with a time-out like every data file. */
export async function fetchBoundaries(
  file: BoundaryFile,
  signal?: AbortSignal,
): Promise<BoundaryCollection> {
  const checked = await fetchJson(dataUrl(`${file}.geojson`), featureCollectionSchema, signal);
  // The schema checked what we rely on; the geometry is MapLibre's to read.
  return checked as unknown as BoundaryCollection;
}

/** One boundary file for the map, kept for the whole visit. */
export function boundariesQuery(file: BoundaryFile) {
  return queryOptions({
    queryKey: ['boundaries', file],
    queryFn: ({ signal }) => fetchBoundaries(file, signal),
    staleTime: FOREVER,
  });
}
