import { needStrings } from '../need-strings';
import { NEEDS, type NeedId } from './needs';
import type { SearchHit } from './search-types';

/** The suggestion for a need: its label, and the kinds of help it leads to. */
export function needHit(need: NeedId): SearchHit {
  return {
    type: 'need',
    need,
    kinds: [...NEEDS[need].kinds],
    label: needStrings[need].label,
  };
}
