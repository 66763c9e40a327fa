import type { SearchedSpot } from '../features/map/map-controller';

/**
 * Points the map should fit, with a key that changes when the question changes, and the
 * searched spot and its gemeente for the map to mark. The answer works it out
 * (`answerFocus` in features/nearby); the page layout hands it to the map.
 */
export interface MapFocus {
  key: string;
  points: readonly (readonly [number, number])[];
  spot?: SearchedSpot;
}
