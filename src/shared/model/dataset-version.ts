import type { CoreDataset, PlaceList } from './schema';

/**
 * Whether the published files come from one build. Apart from dataset-split.ts so the first view
 * can check places.json without loading the join.
 */

/** Two files do not fit together: a deploy between loading one and the other, or a bad build. */
export class DatasetMismatchError extends Error {
  constructor(
    readonly file: 'places.json' | 'details.json',
    readonly problem: 'version' | 'missing' | 'extra',
    detail: string,
  ) {
    super(`${file} does not fit dataset.json (${problem}): ${detail}`);
    this.name = 'DatasetMismatchError';
  }
}

/**
 * The place list when it comes from the same build as dataset.json; a DatasetMismatchError
 * otherwise (a deploy between the two requests), so places never mix with another build's
 * coverage.
 */
export function checkPlaceList(core: CoreDataset, list: PlaceList): PlaceList['places'] {
  if (core.version !== list.version) {
    throw new DatasetMismatchError('places.json', 'version', `${core.version} and ${list.version}`);
  }
  return list.places;
}
