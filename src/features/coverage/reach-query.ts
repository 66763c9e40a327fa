import { queryOptions } from '@tanstack/react-query';
import { dataUrl, fetchJson } from '../../shared/data/fetch-json';
import { reachFileSchema, toReachData } from '../../shared/model/reach';

/**
 * reach.json (inwoners by distance to the nearest known help), loaded only when Dekking or a
 * factsheet shows it: the first view never pays for it.
 */
export const reachQuery = queryOptions({
  queryKey: ['reach'],
  queryFn: async ({ signal }) =>
    toReachData(await fetchJson(dataUrl('reach.json'), reachFileSchema, signal)),
  staleTime: Number.POSITIVE_INFINITY,
});
