import { alphaName } from './features/alpha/use-beta';
import { countDownA } from './shared/cycle-a';
import { usedHelper } from './shared/helpers';

/** The fixture's entry point. */
export const result = [alphaName, countDownA(3), usedHelper(1)];
