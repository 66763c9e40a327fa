import type { Linter } from 'eslint';

/** Types for what tests import from eslint.config.js (a plain JS file, as ESLint loads it). */
export function importBoundaries(root?: string): Linter.Config;
export function featureZones(root?: string): {
  target: string;
  from: string;
  except: string[];
  message: string;
}[];
declare const config: Linter.Config[];
export default config;
