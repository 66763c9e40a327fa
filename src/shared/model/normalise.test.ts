// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { joinedWords, normalise, tokens } from './normalise';

describe('normalise', () => {
  it("meets 's-Gravenhage and the ways people type it", () => {
    for (const typed of [
      "'s-Gravenhage",
      's gravenhage',
      'S-GRAVENHAGE',
      '’s-Gravenhage',
      "  's  Gravenhage ",
    ]) {
      expect(normalise(typed)).toBe('s gravenhage');
    }
  });

  it("drops the apostrophe of 't and keeps the letter", () => {
    expect(normalise("'t Zandt")).toBe('t zandt');
    expect(normalise("'s Gravenmoer")).toBe('s gravenmoer');
  });

  it('strips accents, including Frisian circumflexes and the ĳ ligature', () => {
    expect(normalise('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalise('Exloërmond')).toBe('exloermond');
    expect(normalise('\u0133sselstein')).toBe('ijsselstein');
    expect(normalise('Straße')).toBe('strasse');
  });

  it('turns punctuation and brackets into single spaces', () => {
    expect(normalise('Bergen (NH.)')).toBe('bergen nh');
    expect(normalise('Nuenen, Gerwen en Nederwetten')).toBe('nuenen gerwen en nederwetten');
    expect(normalise('IDO-punt   Bibliotheek\tMarum')).toBe('ido punt bibliotheek marum');
  });

  it('gives the same result on the ASCII fast path and the Unicode path', () => {
    expect(normalise("'s-Hertogenbosch (é)")).toBe(`${normalise("'s-Hertogenbosch")} e`);
  });

  it('returns nothing for blank input', () => {
    expect(normalise('   ')).toBe('');
    expect(tokens(' \t ')).toEqual([]);
    expect(tokens('--')).toEqual([]);
  });
});

describe('tokens and joinedWords', () => {
  it('splits the normalised text into words', () => {
    expect(tokens("Het Juridisch Loket 's-Hertogenbosch")).toEqual([
      'het',
      'juridisch',
      'loket',
      's',
      'hertogenbosch',
    ]);
  });

  it('runs a name of several words together, and leaves one word alone', () => {
    expect(joinedWords('den bosch')).toBe('denbosch');
    expect(joinedWords('utrecht')).toBeUndefined();
  });
});
