import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { checkPlaceList, DatasetMismatchError } from '../model/dataset-version';
import type { CoreDataset, PlaceList, PlaceSummary } from '../model/schema';
import { DataError, dataUrl } from './fetch-json';
import { placesQuery } from './queries';

/**
 * The place summaries as the page sees them: there (from the same build as dataset.json), on
 * their way, or failed with a reason and a retry. Until they are there the page works for
 * postcodes, woonplaatsen and gemeenten; the list and the map's places say they are loading.
 */
export interface PlacesState {
  places: readonly PlaceSummary[] | undefined;
  list: PlaceList | undefined;
  error: Error | undefined;
  retry: () => void;
}

/**
 * places.json checked against dataset.json. Its request starts when the page first renders,
 * after the first view's script and dataset.json are in.
 */
export function usePlaces(core: CoreDataset): PlacesState {
  const query = useQuery(placesQuery);
  const { data, error: fetchError, refetch } = query;
  const checked = useMemo(() => {
    if (!data) return undefined;
    try {
      return { list: data, places: checkPlaceList(core, data) };
    } catch (error) {
      if (!(error instanceof DatasetMismatchError)) throw error;
      return { error: new DataError('invalid', dataUrl(error.file), error.message) };
    }
  }, [core, data]);
  return {
    places: checked?.places,
    list: checked?.places ? checked.list : undefined,
    error: fetchError ?? checked?.error,
    retry: () => {
      void refetch();
    },
  };
}
