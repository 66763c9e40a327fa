import { countDownA } from './cycle-a';

/** Counts down, taking turns with countDownA. */
export function countDownB(n: number): number {
  return n <= 0 ? 0 : countDownA(n - 1);
}
