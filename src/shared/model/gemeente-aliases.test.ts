// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadSearchFixtures } from '../../../tests/fixtures/search/load-search-fixtures';
import { GEMEENTE_ALIASES, gemeenteNames, withoutSuffix } from './gemeente-aliases';

const { gemeenten } = loadSearchFixtures();
const byCode = new Map(gemeenten.map((g) => [g.code, g]));

function namesOf(code: string): string[] {
  const gemeente = byCode.get(code);
  if (!gemeente) throw new Error(`fixture lacks ${code}`);
  return gemeenteNames(gemeente).map((name) => name.name);
}

describe('gemeente aliases', () => {
  it('knows Den Haag and Den Bosch by their everyday names', () => {
    expect(namesOf('GM0518')).toEqual(["'s-Gravenhage", 'Den Haag']);
    expect(namesOf('GM0796')).toEqual(["'s-Hertogenbosch", 'Den Bosch']);
  });

  it('labels an alias match with the CBS name, so the official name stays visible', () => {
    const denHaag = gemeenteNames({ code: 'GM0518', name: "'s-Gravenhage" }).find(
      (n) => n.name === 'Den Haag',
    );
    expect(denHaag?.display).toBe("Den Haag ('s-Gravenhage)");
  });

  it('drops the CBS suffix generically', () => {
    expect(namesOf('GM0373')).toEqual(['Bergen (NH.)', 'Bergen']);
    expect(namesOf('GM0893')).toEqual(['Bergen (L.)', 'Bergen']);
    expect(namesOf('GM0164')).toEqual(['Hengelo (O.)', 'Hengelo']);
    expect(withoutSuffix('Hengelo (Gld)')).toBe('Hengelo');
    expect(withoutSuffix('Utrecht')).toBeUndefined();
  });

  it('adds the former Dutch names of Frisian-named gemeenten', () => {
    expect(namesOf('GM0737')).toContain('Tietjerksteradeel');
    expect(namesOf('GM0080')).toContain('Ljouwert');
  });

  it('keys every alias by a CBS code that exists in the 2026 reference', () => {
    for (const code of Object.keys(GEMEENTE_ALIASES)) expect(byCode.has(code), code).toBe(true);
  });

  it('lists a gemeente without aliases or suffix by its name only', () => {
    expect(namesOf('GM0344')).toEqual(['Utrecht']);
  });
});
