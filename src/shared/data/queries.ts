import { queryOptions } from '@tanstack/react-query';
import { datasetSchema, postcodeTableSchema } from '../model/schema';
import { dataUrl, fetchJson } from './fetch-json';

/** The dataset never changes while the page is open: a new version comes with a reload. */
const FOREVER = Number.POSITIVE_INFINITY;

/** Gemeenten, places, services and coverage evidence: everything the first view needs. */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchJson(dataUrl('dataset.json'), datasetSchema, signal),
  staleTime: FOREVER,
});

/** The PC4 table, loaded only when someone searches by postcode or place. */
export const postcodesQuery = queryOptions({
  queryKey: ['postcodes'],
  queryFn: ({ signal }) => fetchJson(dataUrl('postcodes.json'), postcodeTableSchema, signal),
  staleTime: FOREVER,
});
