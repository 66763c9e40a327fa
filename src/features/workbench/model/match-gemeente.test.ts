// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gemeenteMatcher, needsConfirmation } from './match-gemeente';

const matcher = gemeenteMatcher([
  { code: 'GM0363', name: 'Amsterdam' },
  { code: 'GM0796', name: "'s-Hertogenbosch" },
  { code: 'GM1900', name: 'Súdwest-Fryslân' },
  { code: 'GM0373', name: 'Bergen (NH.)' },
  { code: 'GM0893', name: 'Bergen (L.)' },
  { code: 'GM0518', name: "'s-Gravenhage" },
]);

describe('gemeente matching', () => {
  it('takes a CBS code or the CBS name as written without asking', () => {
    expect(matcher.match('GM0363')).toMatchObject({ found: true, code: 'GM0363', how: 'code' });
    expect(matcher.match('0363')).toMatchObject({ found: true, code: 'GM0363', how: 'code' });
    expect(matcher.match(' Amsterdam ')).toMatchObject({ code: 'GM0363', how: 'exact' });
    expect(needsConfirmation('code')).toBe(false);
    expect(needsConfirmation('exact')).toBe(false);
  });

  it('matches spellings and aliases, but asks for confirmation', () => {
    expect(matcher.match('Sudwest Fryslan')).toMatchObject({ code: 'GM1900', how: 'normalised' });
    expect(matcher.match('den bosch')).toMatchObject({ code: 'GM0796', how: 'alias' });
    expect(matcher.match('Den Haag')).toMatchObject({ code: 'GM0518', how: 'alias' });
    expect(matcher.match('Amsterdm')).toMatchObject({ code: 'GM0363', how: 'spelling' });
    for (const how of ['normalised', 'alias', 'spelling'] as const) {
      expect(needsConfirmation(how)).toBe(true);
    }
  });

  it('never picks one of two gemeenten with the same name', () => {
    expect(matcher.match('Bergen')).toMatchObject({
      found: false,
      ambiguous: [{ code: 'GM0373' }, { code: 'GM0893' }],
    });
    expect(matcher.match('Bergen (L.)')).toMatchObject({ code: 'GM0893', how: 'exact' });
  });

  it('finds nothing for an unknown code or a name far from any gemeente', () => {
    expect(matcher.match('GM9999')).toEqual({ found: false });
    expect(matcher.match('Atlantis')).toMatchObject({ found: false });
    expect(matcher.match('')).toEqual({ found: false });
  });
});
