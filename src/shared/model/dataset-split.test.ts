import { describe, expect, it } from 'vitest';
import core from '../../../public/data/dataset.json';
import details from '../../../public/data/details.json';
import places from '../../../public/data/places.json';
import { joinDataset, readPublished, splitDataset } from './dataset-split';
import { checkPlaceList, DatasetMismatchError } from './dataset-version';
import { datasetSchema } from './schema';

const files = { 'dataset.json': core, 'places.json': places, 'details.json': details };
const published = readPublished((file) => files[file]);

describe('splitDataset and joinDataset', () => {
  it('gives back the full records when the place list and the details are joined to the first-view file', () => {
    const split = splitDataset(published);
    const joined = joinDataset(split.core, split.places, split.details);
    expect(joined).toEqual(published);
    expect(datasetSchema.parse(joined)).toEqual(published);
  });

  it('keeps places out of the first-view file, so it does not grow with them', () => {
    const { core: first } = splitDataset(published);
    expect(first).not.toHaveProperty('locations');
    const withMore = splitDataset({
      ...published,
      locations: [
        ...published.locations,
        ...published.locations.map((l) => ({ ...l, id: `${l.id}-2` })),
      ],
    });
    expect(JSON.stringify(withMore.core)).toBe(JSON.stringify(first));
    expect(withMore.places.places).toHaveLength(2 * published.locations.length);
  });

  it('keeps opening hours, notes, contacts and sources out of the place list', () => {
    const { core: first, places: list } = splitDataset(published);
    const text = JSON.stringify(list.places);
    expect(text).not.toMatch(/openingHours|provenance|publicNote|"phone"|"website"|street/);
    expect(first.gemeenten.some((g) => 'contact' in g)).toBe(false);
    // …while every place can still be listed, searched and drawn.
    expect(list.places.map((l) => l.id)).toEqual(published.locations.map((l) => l.id));
    expect(list.places.every((l) => l.address.place && Number.isFinite(l.lat))).toBe(true);
  });

  it('puts each gemeente contact back on its gemeente', () => {
    const withContact = published.gemeenten.filter((g) => g.contact);
    expect(withContact.length).toBeGreaterThan(300);
    const split = splitDataset(published);
    const joined = joinDataset(split.core, split.places, split.details);
    expect(joined.gemeenten.filter((g) => g.contact)).toHaveLength(withContact.length);
  });

  it('refuses parts from different builds, a place without details and details without a place', () => {
    const { core: first, places: list, details: rest } = splitDataset(published);
    expect(() => joinDataset(first, list, { ...rest, version: 'other' })).toThrow(
      DatasetMismatchError,
    );
    expect(() => joinDataset(first, { ...list, version: 'other' }, rest)).toThrow(/places\.json/);
    const [dropped, ...kept] = Object.entries(rest.places);
    expect(dropped).toBeDefined();
    expect(() => joinDataset(first, list, { ...rest, places: Object.fromEntries(kept) })).toThrow(
      /missing/,
    );
    expect(() => joinDataset(first, { ...list, places: list.places.slice(1) }, rest)).toThrow(
      /extra/,
    );
  });
});

describe('checkPlaceList', () => {
  it('gives the places of the same build, and refuses a list from another build', () => {
    const { core: first, places: list } = splitDataset(published);
    expect(checkPlaceList(first, list)).toBe(list.places);
    expect(() => checkPlaceList(first, { ...list, version: 'nieuwer' })).toThrow(
      /places\.json does not fit dataset\.json \(version\)/,
    );
  });
});
