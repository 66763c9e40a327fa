import type { UseQueryResult } from '@tanstack/react-query';
import type { CoverageResult } from '../../shared/model/coverage';
import type { ReachBand, ReachData } from '../../shared/model/reach';
import type { PlaceKind } from '../../shared/model/schema';
import type { Dataset } from '../../shared/model/schema';
import type { UrlState } from '../../shared/model/url-state';

/** What the app passes to both halves of the Dekking view (the side column and the table). */
export interface CoverageViewProps {
  dataset: Dataset;
  /** computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence), computed once by the app. */
  coverage: CoverageResult;
  /** state.gemeente = the open profile; state.province and state.status = the filters. */
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
  /** Hover or focus on a table row highlights that gemeente on the map; undefined clears it. */
  onHighlightGemeente: (code: string | undefined) => void;
  /**
   * reach.json as the app loads it (see ReachLoad). Loaded by the app, not here: react-query in
   * this lazy chunk made the bundler split React out of the first view's chunk (+0.9 KiB).
   */
  reach: ReachLoad;
  /** Which distance the map shows instead of the status (undefined: the status). */
  reachLayer: PlaceKind | undefined;
  /** Switches the map to a distance layer (with its band per gemeente) or back to the status. */
  onReachLayer: (kind: PlaceKind | undefined, layer: ReachLayer | undefined) => void;
}

/** The map's distance layer: the band per gemeente, and what hover says about each. */
export interface ReachLayer {
  bands: ReadonlyMap<string, ReachBand>;
  /** Per gemeente code, e.g. "Afstand tot een IDO: de helft woont binnen 5 tot 10 km". */
  describe: ReadonlyMap<string, string>;
}

/** reach.json while it loads (the app's query): the file once there, or whether it failed, and a retry. */
export type ReachLoad = Pick<UseQueryResult<ReachData>, 'data' | 'isError' | 'refetch'>;

/** Id of the name button of a gemeente in the table, so focus can return to it from the profile. */
export function gemeenteButtonId(code: string): string {
  return `dekking-gemeente-${code}`;
}
