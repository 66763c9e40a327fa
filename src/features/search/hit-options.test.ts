// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hitDetail, hitKey, toOptions } from './hit-options';
import { originFromHit } from './model/hit-origin';
import type { SearchHit } from './model/search-index';

const postcode: SearchHit = {
  type: 'postcode',
  pc4: 3511,
  letters: 'AB',
  woonplaats: 'Utrecht',
  gemeenteCode: 'GM0344',
  gemeenteName: 'Utrecht',
  label: '3511 AB',
};
const gemeente: SearchHit = {
  type: 'gemeente',
  code: 'GM0344',
  provinceName: 'Utrecht',
  label: 'Utrecht',
};
const place: SearchHit = {
  type: 'place',
  id: 'hjl-utrecht',
  kind: 'juridisch-loket',
  gemeenteCode: 'GM0344',
  woonplaats: 'Utrecht',
  label: 'Het Juridisch Loket Utrecht',
};
const place2: SearchHit = {
  type: 'place',
  id: 'ido-overvecht',
  kind: 'ido',
  gemeenteCode: 'GM0344',
  woonplaats: 'Utrecht',
  label: 'IDO Overvecht',
};

describe('search hits as combobox options', () => {
  it('groups hits by type, in the order the best hit of each type ranks', () => {
    const options = toOptions([place, gemeente, place2, postcode]);
    expect(options.map((o) => o.group)).toEqual([
      'Plaatsen en organisaties',
      'Plaatsen en organisaties',
      'Gemeenten',
      'Postcodes',
    ]);
    expect(options.map((o) => o.label)).toEqual([
      'Het Juridisch Loket Utrecht',
      'IDO Overvecht',
      'Utrecht',
      '3511 AB',
    ]);
  });

  it('words the second line of each suggestion from the hit', () => {
    expect(toOptions([place, place2, gemeente]).map((o) => o.detail)).toEqual([
      'Juridisch Loket · Utrecht',
      'IDO · Utrecht',
      'Utrecht',
    ]);
    expect(hitDetail(postcode)).toBe(
      'Gebied 3511: Utrecht, gemeente Utrecht. We zoeken alleen op de 4 cijfers.',
    );
    expect(hitDetail({ ...postcode, letters: undefined, woonplaats: undefined })).toBe(
      'gemeente Utrecht',
    );
    expect(
      hitDetail({
        type: 'woonplaats',
        name: 'Heteren',
        gemeenteCode: 'GM1734',
        gemeenteName: 'Overbetuwe',
        label: 'Heteren',
      }),
    ).toBe('gemeente Overbetuwe');
    expect(hitDetail({ type: 'need', need: 'digid', kinds: ['ido'], label: 'DigiD' })).toBe(
      'Informatiepunt Digitale Overheid',
    );
  });

  it('gives every hit its own key', () => {
    const keys = [postcode, gemeente, place, place2].map(hitKey);
    expect(new Set(keys).size).toBe(4);
  });

  it('turns a gemeente or postcode into the start of Hulp bij u in de buurt, and a place into none', () => {
    expect(originFromHit(postcode)).toEqual({ type: 'postcode', pc4: 3511, letters: 'AB' });
    expect(originFromHit(gemeente)).toEqual({ type: 'gemeente', code: 'GM0344' });
    expect(originFromHit(place)).toBeUndefined();
  });
});
