import { useMemo } from 'react';
import type { CoreDataset, PlaceSummary, PostcodeTable } from '../../shared/model/schema';
import type { SearchOutcome } from './components/search-box';
import type { HitOption } from './hit-options';
import { useSearchIndex } from './use-search-index';

/** The postcode table as the search sees it: there, or on its way. */
export interface PostcodesForSearch {
  data: PostcodeTable | undefined;
  /** Asked for and not there yet (and not failed): a postcode would find nothing meanwhile. */
  pending: boolean;
}

/** The place summaries as the search sees them: there, or on their way (places.json). */
export interface PlacesForSearch {
  places: readonly PlaceSummary[] | undefined;
  /** Not there yet (and not failed): a place's name would find nothing meanwhile. */
  pending: boolean;
}

/** What the search field of "Hulp zoeken" needs: a pure search, and whether to say "Even laden…". */
export interface HelpSearch {
  /** Options that carry their hit; pure, so the field may call it while it renders. */
  search: ((query: string) => SearchOutcome<HitOption>) | undefined;
  loading: boolean;
}

/**
 * The search of "Hulp zoeken" over gemeenten, needs and, once their files are there, places,
 * postcodes and woonplaatsen. The index is built once the user shows intent to search
 * (`wanted`: the field got focus), and again when the place list or the postcode table arrives.
 */
export function useHelpSearch(
  dataset: CoreDataset,
  places: PlacesForSearch,
  postcodes: PostcodesForSearch,
  wanted: boolean,
): HelpSearch {
  const sources = useMemo(
    () => ({
      locations: places.places ?? [],
      services: dataset.services,
      gemeenten: dataset.gemeenten,
      // The woonplaatsen are worked out from the postcode table where they are needed.
      ...(postcodes.data ? { postcodes: postcodes.data } : {}),
    }),
    [dataset, places.places, postcodes.data],
  );
  const index = useSearchIndex(sources, wanted);
  const { search: searchIndex } = index;
  /**
   * The index lacks something that is on its way (the places) or has just arrived (it is being
   * rebuilt): what the last index finds shows meanwhile, so suggestions do not blink away when
   * the places arrive while someone types; Enter and "nothing found" wait for the rest.
   */
  const incomplete = places.pending || !index.current;
  const search = useMemo(
    () =>
      searchIndex
        ? (query: string): SearchOutcome<HitOption> => ({ ...searchIndex(query, 8), incomplete })
        : undefined,
    [searchIndex, incomplete],
  );
  // Until the postcode table is in the index, a postcode would find nothing: say "Even laden…".
  return { search, loading: wanted && postcodes.pending };
}
