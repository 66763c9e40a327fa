import { useMemo } from 'react';
import type { CoverageResult } from '../../shared/model/coverage';
import type { Dataset, Gemeente, PostcodeTable } from '../../shared/model/schema';
import type { NearbyOrigin } from '../../shared/model/url-state';
import type { AnswerFocus } from './model/answer-focus';
import type { NearbyResult } from './model/nearby';
import type { ResolvedOrigin } from './model/resolve-origin';
import { useAnswerModel } from './use-answer-model';

/** The answer to "Hulp bij u in de buurt", as far as it can be worked out yet. */
export interface Nearby {
  /** Where the answer starts, or why it cannot; undefined while the model loads or nothing is asked. */
  resolved: ResolvedOrigin | undefined;
  /** The help near that start; undefined until the details (`detailed`) are there. */
  result: NearbyResult | undefined;
  /** What the map should fit and mark for this answer; undefined without an answer. */
  focus: AnswerFocus | undefined;
  /** An answer is asked for, but the code that works it out is still loading. */
  modelPending: boolean;
}

/**
 * Works out "Hulp bij u in de buurt" for `near` (a postcode, woonplaats, gemeente or position).
 * The code for it loads once `wanted` (the search field got focus, or an answer is asked for),
 * so the answer does not wait for it after Enter.
 */
export function useNearby({
  near,
  gemeenten,
  postcodes,
  detailed,
  coverage,
  wanted,
}: {
  near: NearbyOrigin | undefined;
  gemeenten: readonly Gemeente[];
  postcodes: PostcodeTable | undefined;
  /** The whole dataset (opening hours, contacts, sources), once loaded. */
  detailed: Dataset | undefined;
  coverage: CoverageResult;
  wanted: boolean;
}): Nearby {
  const model = useAnswerModel(wanted || near !== undefined);
  const resolved = useMemo(
    () => (near && model ? model.resolveOrigin(near, gemeenten, postcodes) : undefined),
    [model, near, gemeenten, postcodes],
  );
  const result = useMemo(
    () =>
      resolved?.ok && detailed && model
        ? model.findNearby(detailed, coverage, resolved.point, resolved.gemeenteCode)
        : undefined,
    [model, resolved, detailed, coverage],
  );
  const focus = useMemo(
    () => (result && model ? model.answerFocus(result, near, resolved) : undefined),
    [model, result, near, resolved],
  );
  return { resolved, result, focus, modelPending: near !== undefined && !model };
}
