import { createContext, useContext } from 'react';
import type { ReachLoad } from './types';

/**
 * reach.json as the app passed it to CoverageBesideMap, for the parts deep inside Dekking and the
 * factsheet that show reach figures (section, profile, province sheet). Outside a provider the
 * figures simply say they are loading.
 */
export const ReachContext = createContext<ReachLoad>({
  data: undefined,
  isError: false,
  refetch: () => Promise.reject(new Error('no reach.json outside Dekking')),
});

export function useReach(): ReachLoad {
  return useContext(ReachContext);
}
