import { useState, type JSX } from 'react';
import committedReach from '../../../public/data/reach.json';
import { computeCoverage } from '../../shared/model/coverage';
import { reachFileSchema, toReachData } from '../../shared/model/reach';
import type { Dataset } from '../../shared/model/schema';
import { DEFAULT_STATE, type UrlState } from '../../shared/model/url-state';
import { CoverageBesideMap, CoverageTable } from './coverage-view';
import type { ReachLoad } from './types';

/** The committed reach.json, as the app would load it. */
const COMMITTED_REACH: ReachLoad = {
  data: toReachData(reachFileSchema.parse(committedReach)),
  isError: false,
  refetch: () => Promise.reject(new Error('the test harness has the file already')),
};

export interface HarnessProps {
  dataset: Dataset;
  initial?: Partial<UrlState>;
  onUpdate?: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
  onHighlight?: (code: string | undefined) => void;
  /** The day ages are measured on; the data date unless a test sets it. */
  today?: string;
  /** reach.json as loaded; the committed file unless a test sets it (e.g. still loading). */
  reach?: ReachLoad;
}

/**
 * Both halves of the Dekking view with URL state kept in memory, the way the app wires them, so
 * component tests can follow a filter or a profile from one half to the other. Test-only.
 */
export function CoverageHarness({
  dataset,
  initial,
  onUpdate,
  onHighlight,
  today,
  reach = COMMITTED_REACH,
}: HarnessProps): JSX.Element {
  const [state, setState] = useState<UrlState>({ ...DEFAULT_STATE, view: 'dekking', ...initial });
  const [coverage] = useState(() =>
    computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      today ?? dataset.checkedUntil,
    ),
  );
  const update = (patch: Partial<UrlState>, options?: { push?: boolean }) => {
    if (options) onUpdate?.(patch, options);
    else onUpdate?.(patch);
    setState((current) => {
      const merged: Record<string, unknown> = { ...current, ...patch };
      // Like the app's useUrlState: a key set to undefined is removed from the state.
      return Object.fromEntries(
        Object.entries(merged).filter(([, value]) => value !== undefined),
      ) as unknown as UrlState;
    });
  };
  const props = {
    dataset,
    coverage,
    state,
    update,
    onHighlightGemeente: onHighlight ?? (() => undefined),
    reach,
    reachLayer: undefined,
    onReachLayer: () => undefined,
  };
  return (
    <>
      <CoverageBesideMap {...props} />
      <CoverageTable {...props} />
    </>
  );
}
