import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { computeCoverage } from '../../shared/model/coverage';
import type { Dataset } from '../../shared/model/schema';
import { DEFAULT_STATE, type UrlState } from '../../shared/model/url-state';
import { CoverageSide, CoverageTable } from './coverage-view';

export interface HarnessProps {
  dataset: Dataset;
  initial?: Partial<UrlState>;
  onUpdate?: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
  onHighlight?: (code: string | undefined) => void;
  /** The day ages are measured on; the data date unless a test sets it. */
  today?: string;
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
  };
  // Reach figures load reach.json through the query cache, as in the app (msw serves the file).
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <CoverageSide {...props} />
      <CoverageTable {...props} />
    </QueryClientProvider>
  );
}
