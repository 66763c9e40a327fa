import {
  coreDatasetSchema,
  datasetDetailsSchema,
  datasetSchema,
  placeDetailSchema,
  placeListSchema,
  placeSummarySchema,
  type CoreDataset,
  type Dataset,
  type DatasetDetails,
  type Gemeente,
  type HelpLocation,
  type PlaceList,
} from './schema';
import { checkPlaceList, DatasetMismatchError } from './dataset-version';

/**
 * The dataset ships as three files so the first view stays small when the places grow:
 * dataset.json (gemeenten and coverage: what the first view needs), places.json (each place's
 * summary, for the list, search and map; requested beside it) and details.json (what a place's
 * details, the answer and the exports need). The build splits, the app joins; both use this file,
 * so the parts always fit together.
 */

/** The three published files of one build. */
export interface SplitDataset {
  core: CoreDataset;
  places: PlaceList;
  details: DatasetDetails;
}

/** Splits the whole dataset into the first-view file, the place list and the details file. */
export function splitDataset(dataset: Dataset): SplitDataset {
  const contacts: DatasetDetails['contacts'] = {};
  const gemeenten = dataset.gemeenten.map(({ contact, ...gemeente }) => {
    if (contact) contacts[gemeente.code] = contact;
    return gemeente;
  });
  const places: DatasetDetails['places'] = {};
  // The schemas say which field goes where: parsing strips what the other half holds.
  for (const location of dataset.locations) places[location.id] = placeDetailSchema.parse(location);
  return {
    core: {
      version: dataset.version,
      checkedUntil: dataset.checkedUntil,
      populationNote: dataset.populationNote,
      gemeenten,
      services: dataset.services,
      evidence: dataset.evidence,
      documents: dataset.documents,
    },
    places: {
      version: dataset.version,
      places: dataset.locations.map((location) => placeSummarySchema.parse(location)),
    },
    details: { version: dataset.version, places, contacts },
  };
}

/**
 * Joins the first-view file, the place list and the details file into the whole dataset. Throws
 * a DatasetMismatchError when they come from different builds or a place lacks its details, so a
 * place is never shown without its source.
 */
export function joinDataset(core: CoreDataset, list: PlaceList, details: DatasetDetails): Dataset {
  const summaries = checkPlaceList(core, list);
  if (core.version !== details.version) {
    throw new DatasetMismatchError(
      'details.json',
      'version',
      `${core.version} and ${details.version}`,
    );
  }
  const locations = summaries.map((summary): HelpLocation => {
    const detail = details.places[summary.id];
    if (!detail) throw new DatasetMismatchError('details.json', 'missing', summary.id);
    return { ...summary, ...detail, address: { ...detail.address, place: summary.address.place } };
  });
  const known = new Set(summaries.map((l) => l.id));
  const extra = Object.keys(details.places).find((id) => !known.has(id));
  if (extra !== undefined) throw new DatasetMismatchError('details.json', 'extra', extra);
  const gemeenten = core.gemeenten.map((gemeente): Gemeente => {
    const contact = details.contacts[gemeente.code];
    return contact ? { ...gemeente, contact } : gemeente;
  });
  return { ...core, gemeenten, locations };
}

/** The names of the three published files, in the order the app loads them. */
export const PUBLISHED_FILES = ['dataset.json', 'places.json', 'details.json'] as const;
export type PublishedFile = (typeof PUBLISHED_FILES)[number];

/**
 * The whole dataset from the three published files as `read` gives them (parsed JSON), each
 * validated by its schema and joined as the app joins them: for scripts and tests that read a
 * build.
 */
export function readPublished(read: (file: PublishedFile) => unknown): Dataset {
  return datasetSchema.parse(
    joinDataset(
      coreDatasetSchema.parse(read('dataset.json')),
      placeListSchema.parse(read('places.json')),
      datasetDetailsSchema.parse(read('details.json')),
    ),
  );
}
