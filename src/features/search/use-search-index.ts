import { useEffect, useMemo, useState } from 'react';
import type { HitOption } from './hit-options';
import type { SearchIndex, SearchSources } from './model/search-index';
import type * as SearchModel from './search-module';

type SearchModule = typeof SearchModel;

/** The search module (with Fuse) is fetched on first use, so it never delays the first view. */
let modulePromise: Promise<SearchModule> | undefined;
function loadSearchModule(): Promise<SearchModule> {
  modulePromise ??= import('./search-module');
  return modulePromise;
}

/** The search function of the index built last, and whether that index has the current sources. */
export interface SearchIndexState {
  /** The suggestions for a query, as options that carry their hit; pure. */
  search: ((query: string, limit: number) => { options: HitOption[]; sure: boolean }) | undefined;
  /** False while the index is (re)built, e.g. when the postcode table has just arrived. */
  current: boolean;
}

/**
 * Builds the search index once the user shows intent to search (`enabled`), and rebuilds when the
 * sources change (e.g. when the postcode table arrives). Until the first build there is no search
 * function; `current` says whether the last build used the sources passed now.
 */
export function useSearchIndex(sources: SearchSources, enabled: boolean): SearchIndexState {
  const [ready, setReady] = useState<
    { module: SearchModule; index: SearchIndex; sources: SearchSources } | undefined
  >();
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void loadSearchModule().then((module) => {
      if (!cancelled) setReady({ module, index: module.buildSearchIndex(sources), sources });
    });
    return () => {
      cancelled = true;
    };
  }, [sources, enabled]);
  const search = useMemo(
    () =>
      ready
        ? (query: string, limit: number) => {
            const { hits, sure } = ready.module.searchQuery(ready.index, query, { limit });
            return { options: ready.module.toOptions(hits), sure };
          }
        : undefined,
    [ready],
  );
  return { search, current: ready?.sources === sources };
}
