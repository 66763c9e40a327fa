// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cellTextProblem, invisibleCharacters, showInvisible } from './text-checks';

describe('cellTextProblem', () => {
  it('accepts ordinary text with accents, tabs and line breaks', () => {
    expect(cellTextProblem('note', 'Súdwest-Fryslân\tregel 1\nregel 2 “quote” €')).toBeUndefined();
  });

  it.each([
    ['zero width space', 'ido-\u200Bbieb', /U\+200B \(zero width space\): "ido-⟨U\+200B⟩bieb"/],
    ['NUL', 'naam\u0000', /U\+0000 \(NUL\)/],
    ['right-to-left override', 'abc\u202Edef', /U\+202E \(right-to-left override\)/],
    ['left-to-right isolate', '\u2066x', /U\+2066/],
    ['soft hyphen', 'biblio\u00ADtheek', /U\+00AD \(zacht afbreekstreepje\)/],
    ['BOM inside text', 'a\uFEFFb', /U\+FEFF/],
  ])('refuses a %s and shows where it is', (_, value, shown) => {
    const reason = cellTextProblem('id', value);
    expect(reason).toMatch(/^id: bevat een onzichtbaar teken/);
    expect(reason).toMatch(shown);
  });

  it('refuses a cell over 2,000 characters', () => {
    expect(cellTextProblem('note', 'x'.repeat(2000))).toBeUndefined();
    expect(cellTextProblem('note', 'x'.repeat(2001))).toMatch(
      /2\.001 tekens lang, meer dan 2\.000/,
    );
  });

  it('lists each invisible character once and writes them out', () => {
    expect(invisibleCharacters('a\u200Bb\u200Bc\u200E')).toEqual(['\u200B', '\u200E']);
    expect(showInvisible('a\u200Bb')).toBe('a⟨U+200B⟩b');
  });
});
