import {
  placeDetailSchema,
  placeSummarySchema,
  type CoreDataset,
  type Dataset,
  type DatasetDetails,
  type Gemeente,
  type HelpLocation,
} from './schema';

/**
 * The dataset ships as two files so the first view stays small when the places grow:
 * dataset.json (what the list, search, map and coverage need) and details.json (what a place's
 * details, the answer and the exports need). The build splits, the app joins; both use this file,
 * so the two halves always fit together.
 */

/** Splits the whole dataset into the first-view file and the details file. */
export function splitDataset(dataset: Dataset): { core: CoreDataset; details: DatasetDetails } {
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
      locations: dataset.locations.map((location) => placeSummarySchema.parse(location)),
      services: dataset.services,
      evidence: dataset.evidence,
      documents: dataset.documents,
    },
    details: { version: dataset.version, places, contacts },
  };
}

/** The two files do not fit together: a deploy between loading one and the other, or a bad build. */
export class DatasetMismatchError extends Error {
  constructor(
    readonly problem: 'version' | 'missing' | 'extra',
    detail: string,
  ) {
    super(`details.json does not fit dataset.json (${problem}): ${detail}`);
    this.name = 'DatasetMismatchError';
  }
}

/**
 * Joins the first-view file with the details file into the whole dataset. Throws a
 * DatasetMismatchError when they come from different builds or a place lacks its details, so a
 * place is never shown without its source.
 */
export function joinDataset(core: CoreDataset, details: DatasetDetails): Dataset {
  if (core.version !== details.version) {
    throw new DatasetMismatchError('version', `${core.version} and ${details.version}`);
  }
  const locations = core.locations.map((summary): HelpLocation => {
    const detail = details.places[summary.id];
    if (!detail) throw new DatasetMismatchError('missing', summary.id);
    return { ...summary, ...detail, address: { ...detail.address, place: summary.address.place } };
  });
  const known = new Set(core.locations.map((l) => l.id));
  const extra = Object.keys(details.places).find((id) => !known.has(id));
  if (extra !== undefined) throw new DatasetMismatchError('extra', extra);
  const gemeenten = core.gemeenten.map((gemeente): Gemeente => {
    const contact = details.contacts[gemeente.code];
    return contact ? { ...gemeente, contact } : gemeente;
  });
  return { ...core, gemeenten, locations };
}
