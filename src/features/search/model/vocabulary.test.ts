// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildVocabulary, expandWord, gramCodes } from './vocabulary';

const vocab = buildVocabulary([
  'utrecht',
  'utrechtse',
  'zwolle',
  'zeist',
  'juridisch',
  'loket',
  'amsterdam',
  'ut',
  'ido',
]);
function expand(query: string, open = false): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const match of expandWord(vocab, query, open))
    scores[vocab.words[match.word] ?? '?'] = match.score;
  return scores;
}

describe('gramCodes', () => {
  it('codes the trigrams of the padded word without repeats', () => {
    expect(gramCodes('aaaa')).toHaveLength(3); // " aa", "aaa", "aa "; "aaa" twice
    expect(gramCodes('ab')).toHaveLength(2);
    expect(gramCodes('utr', true)).toHaveLength(2); // " ut", "utr": no end for a word being typed
  });
});

describe('expandWord', () => {
  it('scores an exact word 0', () => {
    expect(expand('zwolle').zwolle).toBe(0);
  });

  it('expands a word being typed to the words it starts, cheaply', () => {
    const matches = expand('utr', true);
    expect(Object.keys(matches).sort()).toEqual(['utrecht', 'utrechtse']);
    expect(matches.utrecht).toBeLessThan(0.1);
    expect(matches.utrecht).toBeLessThan(matches.utrechtse ?? 1);
  });

  it('expands a one-letter word being typed through every leading trigram', () => {
    expect(Object.keys(expand('z', true)).sort()).toEqual(['zeist', 'zwolle']);
  });

  it('finds typos through Fuse, scored worse than exact and prefix', () => {
    expect(expand('zwole').zwolle).toBeGreaterThan(0.1);
    expect(expand('juridsch').juridisch).toBeDefined();
    expect(expand('lokett').loket).toBeDefined();
    expect(expand('amstrdam').amsterdam).toBeDefined();
  });

  it('does not guess for short words or far-off words', () => {
    expect(expand('idi')).toEqual({});
    expect(expand('zwolle').zeist).toBeUndefined();
  });
});
