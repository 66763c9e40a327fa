import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CoreDataset, PlaceList } from '../model/schema';
import { holdInstall } from '../sw/install-timing';
import { fullDatasetQuery } from './queries';

/** Runs `then` when the browser is idle after the first view (or after 1 s without the API). */
function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(then, { timeout: 3000 });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(then, 1000);
  return () => {
    clearTimeout(id);
  };
}

/**
 * The whole dataset (details.json joined to dataset.json and the place list), fetched when
 * `wanted` (a place or an answer is shown, Dekking is open) or else once the first view has
 * settled, so opening a place rarely waits; it waits for the place list in any case. The offline
 * worker's install waits for it and then finds it in the HTTP cache instead of downloading it a
 * second time.
 */
export function useFullDataset(core: CoreDataset, list: PlaceList | undefined, wanted: boolean) {
  const [settled, setSettled] = useState(false);
  useEffect(
    () =>
      whenIdle(() => {
        setSettled(true);
      }),
    [],
  );
  const query = useQuery({ ...fullDatasetQuery(core, list), enabled: wanted || settled });
  const done = query.isSuccess || query.isError;
  useEffect(() => (done ? undefined : holdInstall()), [done]);
  return query;
}
