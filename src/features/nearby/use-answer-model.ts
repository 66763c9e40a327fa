import { useEffect, useState } from 'react';
import type * as AnswerModel from './model/answer-model';

/** The answer's model (resolving a place, finding what is near): loaded on first use only. */
let modelPromise: Promise<typeof AnswerModel> | undefined;

/**
 * The functions that work out an answer, once `wanted` (someone asked for help near a place);
 * undefined while they load. They are not part of the first view: most visits start with a
 * list, and the first view has no bytes to spare.
 */
export function useAnswerModel(wanted: boolean): typeof AnswerModel | undefined {
  const [model, setModel] = useState<typeof AnswerModel>();
  useEffect(() => {
    if (!wanted || model) return undefined;
    let cancelled = false;
    modelPromise ??= import('./model/answer-model');
    void modelPromise.then((loaded) => {
      if (!cancelled) setModel(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, model]);
  return model;
}
