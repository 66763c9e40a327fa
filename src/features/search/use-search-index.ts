import { useEffect, useMemo, useState } from 'react';
import type * as SearchModel from './model/search-index';
import type { SearchHit, SearchIndex, SearchSources } from './model/search-index';

type SearchModule = typeof SearchModel;

/** The search module (with Fuse) is fetched on first use, so it never delays the first view. */
let modulePromise: Promise<SearchModule> | undefined;
function loadSearchModule(): Promise<SearchModule> {
  modulePromise ??= import('./model/search-index');
  return modulePromise;
}

/**
 * Builds the search index once the user shows intent to search (`enabled`), and rebuilds when the
 * sources change (e.g. when the postcode table arrives). Returns a search function, or undefined
 * while loading.
 */
export function useSearchIndex(
  sources: SearchSources,
  enabled: boolean,
): ((query: string, limit: number) => SearchHit[]) | undefined {
  const [ready, setReady] = useState<{ module: SearchModule; index: SearchIndex } | undefined>();
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void loadSearchModule().then((module) => {
      if (!cancelled) setReady({ module, index: module.buildSearchIndex(sources) });
    });
    return () => {
      cancelled = true;
    };
  }, [sources, enabled]);
  return useMemo(
    () =>
      ready
        ? (query: string, limit: number) => ready.module.search(ready.index, query, { limit })
        : undefined,
    [ready],
  );
}
