// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPostcode, parsePostcode } from './postcode';

describe('parsePostcode', () => {
  it.each([
    ['3511', { pc4: 3511 }],
    ['3511AB', { pc4: 3511, letters: 'AB' }],
    [' 3511 ab ', { pc4: 3511, letters: 'AB' }],
    ['3511   Ab', { pc4: 3511, letters: 'AB' }],
  ])('reads %j', (input, expected) => {
    expect(parsePostcode(input)).toEqual(expected);
  });

  it.each(['0123', '351', '35111', '3511 A', '3511 ABC', '1e Helmersstraat', 'Utrecht', ''])(
    'refuses %j',
    (input) => {
      expect(parsePostcode(input)).toBeUndefined();
    },
  );
});

describe('formatPostcode', () => {
  it('writes a full postcode as "1234 AB"', () => {
    expect(formatPostcode('3511ab')).toBe('3511 AB');
    expect(formatPostcode('3511 AB')).toBe('3511 AB');
  });

  it('returns undefined without letters or for junk', () => {
    expect(formatPostcode('3511')).toBeUndefined();
    expect(formatPostcode('abc')).toBeUndefined();
  });
});
