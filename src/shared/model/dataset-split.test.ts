import { describe, expect, it } from 'vitest';
import core from '../../../public/data/dataset.json';
import details from '../../../public/data/details.json';
import { DatasetMismatchError, joinDataset, splitDataset } from './dataset-split';
import { coreDatasetSchema, datasetDetailsSchema, datasetSchema } from './schema';

const published = joinDataset(coreDatasetSchema.parse(core), datasetDetailsSchema.parse(details));

describe('splitDataset and joinDataset', () => {
  it('gives back the full records when the details file is joined to the list file', () => {
    const split = splitDataset(published);
    const joined = joinDataset(split.core, split.details);
    expect(joined).toEqual(published);
    expect(datasetSchema.parse(joined)).toEqual(published);
  });

  it('keeps opening hours, notes, contacts and sources out of the first-view file', () => {
    const { core: first } = splitDataset(published);
    const text = JSON.stringify(first.locations);
    expect(text).not.toMatch(/openingHours|provenance|publicNote|"phone"|"website"|street/);
    expect(first.gemeenten.some((g) => 'contact' in g)).toBe(false);
    // …while every place can still be listed, searched and drawn.
    expect(first.locations).toHaveLength(published.locations.length);
    expect(first.locations.map((l) => l.id)).toEqual(published.locations.map((l) => l.id));
    expect(first.locations.every((l) => l.address.place && Number.isFinite(l.lat))).toBe(true);
  });

  it('puts each gemeente contact back on its gemeente', () => {
    const withContact = published.gemeenten.filter((g) => g.contact);
    expect(withContact.length).toBeGreaterThan(300);
    const { core: first, details: rest } = splitDataset(published);
    const joined = joinDataset(first, rest);
    expect(joined.gemeenten.filter((g) => g.contact)).toHaveLength(withContact.length);
  });

  it('refuses halves from different builds, a place without details and details without a place', () => {
    const { core: first, details: rest } = splitDataset(published);
    expect(() => joinDataset(first, { ...rest, version: 'other' })).toThrow(DatasetMismatchError);
    const [dropped, ...kept] = Object.entries(rest.places);
    expect(dropped).toBeDefined();
    expect(() => joinDataset(first, { ...rest, places: Object.fromEntries(kept) })).toThrow(
      /missing/,
    );
    expect(() => joinDataset({ ...first, locations: first.locations.slice(1) }, rest)).toThrow(
      /extra/,
    );
  });
});
