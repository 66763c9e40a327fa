// Wrong on purpose: cycle-a and cycle-b import each other.
import { countDownB } from './cycle-b';

/** Counts down, taking turns with countDownB. */
export function countDownA(n: number): number {
  return n <= 0 ? 0 : countDownB(n - 1);
}
