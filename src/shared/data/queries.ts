import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import {
  coreDatasetSchema,
  datasetDetailsSchema,
  postcodeTableSchema,
  type CoreDataset,
  type Dataset,
} from '../model/schema';
import { DataError, dataUrl, fetchJson } from './fetch-json';

/** The dataset never changes while the page is open: a new version comes with a reload. */
const FOREVER = Number.POSITIVE_INFINITY;

/**
 * Gemeenten, place summaries, services and coverage evidence: everything the first view needs,
 * and nothing more (opening hours, notes and sources are in details.json).
 */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchJson(dataUrl('dataset.json'), coreDatasetSchema, signal),
  staleTime: FOREVER,
});

/**
 * The whole dataset: details.json joined to the first-view file, for a place's details, the
 * answer, Dekking and the exports. The join loads with the query, not with the first view. A details file from another build fails like a broken file (retry, or reload).
 */
export function fullDatasetQuery(core: CoreDataset) {
  return queryOptions({
    queryKey: ['dataset', 'full', core.version],
    queryFn: async ({ signal }): Promise<Dataset> => {
      const { joinDataset, DatasetMismatchError } = await import('../model/dataset-split');
      const url = dataUrl('details.json');
      const details = await fetchJson(url, datasetDetailsSchema, signal);
      try {
        return joinDataset(core, details);
      } catch (error) {
        if (error instanceof DatasetMismatchError)
          throw new DataError('invalid', url, error.message);
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
