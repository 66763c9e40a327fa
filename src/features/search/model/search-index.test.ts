// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadSearchFixtures } from '../../../../tests/fixtures/search/load-search-fixtures';
import { buildSearchIndex, search, searchQuery, type SearchHit } from './search-index';
import { hitDetail } from '../hit-options';

const fixtures = loadSearchFixtures();
const index = buildSearchIndex(fixtures);

function first(query: string): SearchHit | undefined {
  return search(index, query)[0];
}

function labels(query: string, type: SearchHit['type']): string[] {
  return search(index, query, { limit: 10 })
    .filter((hit) => hit.type === type)
    .map((hit) => hit.label);
}

describe('search: empty and short queries', () => {
  it('returns nothing for empty, blank or one-letter queries', () => {
    for (const query of ['', ' ', '\t  \n', '-', "'", 'u'])
      expect(search(index, query)).toEqual([]);
  });

  it('returns nothing when the limit is zero', () => {
    expect(search(index, 'utrecht', { limit: 0 })).toEqual([]);
  });
});

describe('search: postcodes', () => {
  it('finds a PC4 exactly', () => {
    expect(search(index, '6666')).toEqual([
      {
        type: 'postcode',
        pc4: 6666,
        woonplaats: 'Heteren',
        gemeenteCode: 'GM1734',
        gemeenteName: 'Overbetuwe',
        label: '6666',
      },
    ]);
  });

  it('maps a full postcode, however typed, to its PC4 and says so', () => {
    for (const query of ['3511AB', '3511 ab', ' 3511 AB ']) {
      const [hit, ...rest] = search(index, query);
      expect(rest).toEqual([]);
      expect(hit).toMatchObject({
        type: 'postcode',
        pc4: 3511,
        letters: 'AB',
        gemeenteCode: 'GM0344',
        label: '3511 AB',
      });
      expect(hit && hitDetail(hit)).toContain('alleen op de 4 cijfers');
      expect(hit && hitDetail(hit)).toContain('Utrecht');
    }
  });

  it('treats a half-typed postcode as its PC4', () => {
    expect(first('3511 a')).toMatchObject({ type: 'postcode', pc4: 3511 });
  });

  it('lists PC4 areas while the digits are typed', () => {
    expect(search(index, '35').map((hit) => hit.label)).toEqual(['3511', '3512']);
    expect(search(index, '351', { limit: 1 }).map((hit) => hit.label)).toEqual(['3511']);
  });

  it('gives no hit for a PC4 that is not in the table, rather than a guess', () => {
    expect(search(index, '9999')).toEqual([]);
    expect(search(index, '0123')).toEqual([]);
  });

  it('gives no postcode hits without the table, which the app loads lazily', () => {
    const small = buildSearchIndex({ ...fixtures, postcodes: undefined });
    expect(search(small, '3511 AB')).toEqual([]);
    expect(first('utrecht')).toMatchObject({ type: 'gemeente', code: 'GM0344' });
  });
});

describe('search: gemeenten and woonplaatsen', () => {
  it('finds the woonplaats Heteren in gemeente Overbetuwe', () => {
    expect(first('Heteren')).toEqual({
      type: 'woonplaats',
      name: 'Heteren',
      gemeenteCode: 'GM1734',
      gemeenteName: 'Overbetuwe',
      label: 'Heteren',
    });
  });

  it('finds Súdwest-Fryslân typed without accents', () => {
    expect(first('sudwest fryslan')).toMatchObject({
      type: 'gemeente',
      code: 'GM1900',
      label: 'Súdwest-Fryslân',
    });
    expect(first('sudwestfryslan')).toMatchObject({ type: 'gemeente', code: 'GM1900' });
  });

  it("finds 's-Hertogenbosch as Den Bosch and shows both names", () => {
    for (const query of ['den bosch', 'Den Bosch', 'denbosch', 'den bos']) {
      expect(first(query), query).toMatchObject({
        type: 'gemeente',
        code: 'GM0796',
        label: "Den Bosch ('s-Hertogenbosch)",
      });
    }
    expect(first("'s-Hertogenbosch")).toMatchObject({
      type: 'gemeente',
      code: 'GM0796',
      label: "'s-Hertogenbosch",
    });
  });

  it("finds 's-Gravenhage as Den Haag and as typed with or without the apostrophe", () => {
    for (const query of ['den haag', "'s-Gravenhage", 's gravenhage', 'sgravenhage']) {
      expect(first(query), query).toMatchObject({ type: 'gemeente', code: 'GM0518' });
    }
  });

  it('shows both Bergens with their suffix, and the Hengelo woonplaats in Bronckhorst', () => {
    expect(labels('bergen', 'gemeente').slice(0, 2).sort()).toEqual([
      'Bergen (L.)',
      'Bergen (NH.)',
    ]);
    expect(first('hengelo')).toMatchObject({ type: 'gemeente', code: 'GM0164' });
    expect(search(index, 'hengelo')).toContainEqual(
      expect.objectContaining({
        type: 'woonplaats',
        name: 'Hengelo (Gld)',
        gemeenteName: 'Bronckhorst',
      }),
    );
  });

  it('leaves out a woonplaats that only repeats its gemeente', () => {
    expect(labels('utrecht', 'woonplaats')).not.toContain('Utrecht');
    expect(labels('den haag', 'woonplaats')).not.toContain('Den Haag');
    expect(labels('vleuten', 'woonplaats')).toEqual(['Vleuten']);
  });

  it('finds a gemeente by its former Dutch name', () => {
    expect(first('tietjerksteradeel')).toMatchObject({ type: 'gemeente', code: 'GM0737' });
  });
});

describe('search: typos and places', () => {
  it.each([
    ['juridsch lokett utrecht', 'hjl-utrecht'],
    ['juridisch loket zwole', 'hjl-zwolle'],
    ['juridisch loket den haag', 'hjl-den-haag'],
    ['ido sneek', 'ido-bibliotheek-sneek'],
    ['bibliotheek overvecht', 'ido-bibliotheek-overvecht-utrecht'],
    ['informatiepunt hengelo', 'ido-bibliotheek-hengelo'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toMatchObject({ type: 'place', id });
  });

  it('finds gemeenten despite typos', () => {
    expect(first('amsterdm')).toMatchObject({ type: 'gemeente', code: 'GM0363' });
    expect(first('groningn')).toMatchObject({ type: 'gemeente', code: 'GM0014' });
    expect(first('leeuwaarden')).toMatchObject({ type: 'gemeente', code: 'GM0080' });
  });

  it('still finds the town when the other word matches nothing', () => {
    // No sociaal raadslieden in Zwolle in the fixture: the query falls back to Zwolle itself.
    expect(first('raadslieden zwole')).toMatchObject({ type: 'gemeente', code: 'GM0193' });
  });

  it('finds places of a service provider and the gemeenten it serves', () => {
    const hits = search(index, 'kwadraad');
    expect(hits.filter((hit) => hit.type === 'place')).toHaveLength(2);
    expect(hits).toContainEqual(expect.objectContaining({ type: 'gemeente', code: 'GM0637' }));
  });

  it('describes a place by its kind and place', () => {
    const hit = first('juridisch loket utrecht');
    expect(hit && hitDetail(hit)).toBe('Juridisch Loket · Utrecht');
  });
});

describe('search: ranking', () => {
  it('ranks an exact name before a fuzzy one', () => {
    const hits = search(index, 'heteren', { limit: 10 });
    expect(hits[0]?.label).toBe('Heteren');
    expect(hits.map((hit) => hit.label)).toContain('Heerenveen');
  });

  it('ranks the gemeente named exactly before places that merely lie in it', () => {
    const hits = search(index, 'utrecht');
    expect(hits[0]).toMatchObject({ type: 'gemeente', code: 'GM0344' });
    expect(hits.filter((hit) => hit.type === 'place').map((hit) => hit.label)).toContain(
      'Het Juridisch Loket Utrecht',
    );
  });

  it('ranks a prefix match first while the name is still being typed', () => {
    expect(first('utr')).toMatchObject({ type: 'gemeente', code: 'GM0344' });
    expect(first('heter')).toMatchObject({ type: 'woonplaats', name: 'Heteren' });
    expect(first('amstel')).toMatchObject({ type: 'gemeente', code: 'GM0362' });
  });

  it('ranks a typed word more than the word every record shares', () => {
    expect(first('bibliotheek sneek')).toMatchObject({
      type: 'place',
      id: 'ido-bibliotheek-sneek',
    });
  });

  it('keeps at most `limit` hits per type', () => {
    const hits = search(index, 'be', { limit: 2 });
    for (const type of ['place', 'gemeente', 'woonplaats'] as const) {
      expect(hits.filter((hit) => hit.type === type).length).toBeLessThanOrEqual(2);
    }
    expect(hits.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(search(index, 'bergen')).toEqual(search(buildSearchIndex(fixtures), 'bergen'));
  });
});

describe('search: Enter takes only a sure match', () => {
  const sure = (query: string) => searchQuery(index, query).sure;

  it('is sure of a whole name typed exactly, a known postcode and a need word', () => {
    for (const query of ['utrecht', 'Den Haag', '3511', '3511 AB', 'schulden', 'DigiD'])
      expect(sure(query), query).toBe(true);
  });

  it('is not sure of a typo, of a name two places share, or of half a postcode', () => {
    for (const query of ['amsterdm', 'bergen', '35', 'bibliotheek', 'schul'])
      expect(sure(query), query).toBe(false);
  });

  it('is sure of a name only one place starts with, while it is typed', () => {
    const result = searchQuery(index, 'tietjerks');
    expect(result.sure).toBe(true);
    expect(result.hits[0]).toMatchObject({ type: 'gemeente', code: 'GM0737' });
  });
});

describe('search: what the query asks for', () => {
  it('reads "gemeente X" as the gemeente X, not a place that mentions a gemeente', () => {
    const result = searchQuery(index, 'gemeente Utrecht');
    expect(result.sure).toBe(true);
    expect(result.hits[0]).toMatchObject({ type: 'gemeente', code: 'GM0344' });
    expect(result.hits.some((hit) => hit.type === 'place')).toBe(false);
  });

  it.each([
    ['bibliotheek sneek', 'ido-bibliotheek-sneek'],
    ['juridisch loket den haag', 'hjl-den-haag'],
    ['het juridisch loket zwolle', 'hjl-zwolle'],
  ])('"%s" is the one place of that kind there, and sure', (query, id) => {
    const result = searchQuery(index, query);
    expect(result.hits[0]).toMatchObject({ type: 'place', id });
    expect(result.sure).toBe(true);
  });

  it('leads a kind of help in a town it has no known place of to the town', () => {
    // The fixture has no IDO in Zwolle: the answer for Zwolle lists the nearest ones.
    const result = searchQuery(index, 'bibliotheek zwolle');
    expect(result.hits[0]).toMatchObject({ type: 'gemeente', code: 'GM0193' });
    expect(result.sure).toBe(true);
  });

  it.each([
    ['schulden', 'schulden'],
    ['toeslagen', 'toeslagen'],
    ['huurtoeslag', 'toeslagen'],
    ['uitkering', 'uitkering'],
    ['bijstand', 'uitkering'],
    ['bezwaar', 'bezwaar'],
    ['huurachterstand', 'huurachterstand'],
    ['boete', 'boete'],
    ['DigiD', 'digid'],
    ['belastingaangifte', 'belastingaangifte'],
    ['advocaat', 'advocaat'],
    ['scheiding', 'scheiding'],
    ['hulp bij schulden', 'schulden'],
  ])('"%s" leads to the help for %s, before any place', (query, need) => {
    const result = searchQuery(index, query);
    expect(result.hits[0]).toMatchObject({ type: 'need', need });
    expect(result.sure).toBe(true);
  });

  it('offers a need while its word is typed, without taking it on Enter', () => {
    const result = searchQuery(index, 'toesl');
    expect(result.hits).toContainEqual(
      expect.objectContaining({ type: 'need', need: 'toeslagen' }),
    );
    expect(result.sure).toBe(false);
  });

  it('says which kinds of help a need leads to', () => {
    const hit = searchQuery(index, 'digid').hits[0];
    expect(hit && hitDetail(hit)).toBe('Informatiepunt Digitale Overheid');
  });
});
