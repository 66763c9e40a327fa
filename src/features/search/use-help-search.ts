import { useMemo } from 'react';
import type { CoreDataset, PostcodeTable } from '../../shared/model/schema';
import type { SearchOutcome } from './components/search-box';
import type { HitOption } from './hit-options';
import { useSearchIndex } from './use-search-index';

/** The postcode table as the search sees it: there, or on its way. */
export interface PostcodesForSearch {
  data: PostcodeTable | undefined;
  /** Asked for and not there yet (and not failed): a postcode would find nothing meanwhile. */
  pending: boolean;
}

/** What the search field of "Hulp zoeken" needs: a pure search, and whether to say "Even laden…". */
export interface HelpSearch {
  /** Options that carry their hit; pure, so the field may call it while it renders. */
  search: ((query: string) => SearchOutcome<HitOption>) | undefined;
  loading: boolean;
}

/**
 * The search of "Hulp zoeken" over places, gemeenten, needs and, once the postcode table is
 * there, postcodes and woonplaatsen. The index is built once the user shows intent to search
 * (`wanted`: the field got focus), and again when the postcode table arrives.
 */
export function useHelpSearch(
  dataset: CoreDataset,
  postcodes: PostcodesForSearch,
  wanted: boolean,
): HelpSearch {
  const sources = useMemo(
    () => ({
      locations: dataset.locations,
      services: dataset.services,
      gemeenten: dataset.gemeenten,
      // The woonplaatsen are worked out from the postcode table where they are needed.
      ...(postcodes.data ? { postcodes: postcodes.data } : {}),
    }),
    [dataset, postcodes.data],
  );
  const index = useSearchIndex(sources, wanted);
  const { search: searchIndex } = index;
  const search = useMemo(
    () =>
      searchIndex ? (query: string): SearchOutcome<HitOption> => searchIndex(query, 8) : undefined,
    [searchIndex],
  );
  // Until the postcode table is in the index, a postcode would find nothing: say "Even laden…".
  return { search, loading: !index.current || (wanted && postcodes.pending) };
}
