import { describe, expect, it } from 'vitest';
import { entriesFor, isKeepMessage, isSlowConnection, revisionOf } from './keep-plan';

const SCOPE = 'https://kaart.example/';
/** As Workbox lists them: a hashed file is its own key; a file with a revision carries it. */
const KEYS = new Map([
  [`${SCOPE}index.html`, `${SCOPE}index.html?__WB_REVISION__=aaa`],
  [`${SCOPE}assets/index-1234.js`, `${SCOPE}assets/index-1234.js`],
  [`${SCOPE}assets/coverage-view-99.js`, `${SCOPE}assets/coverage-view-99.js`],
  [`${SCOPE}data/dataset.json`, `${SCOPE}data/dataset.json?__WB_REVISION__=bbb`],
]);

describe('isSlowConnection', () => {
  it('is slow with Save-Data or below 4G, and not slow when the browser does not say', () => {
    expect(isSlowConnection({ saveData: true, effectiveType: '4g' })).toBe(true);
    expect(isSlowConnection({ effectiveType: '3g' })).toBe(true);
    expect(isSlowConnection({ effectiveType: 'slow-2g' })).toBe(true);
    expect(isSlowConnection({ effectiveType: '4g', saveData: false })).toBe(false);
    expect(isSlowConnection({})).toBe(false);
    expect(isSlowConnection(undefined)).toBe(false);
  });
});

describe('entriesFor', () => {
  it('keeps only the files the page used, the page itself as index.html', () => {
    const used = [
      `${SCOPE}#v=dekking`,
      `${SCOPE}assets/index-1234.js`,
      `${SCOPE}data/dataset.json?x=1`,
      'https://elders.example/data/dataset.json',
      `${SCOPE}data/niet-in-de-lijst.json`,
      'niet een url ::',
    ];
    expect(entriesFor(KEYS, used, SCOPE)).toEqual([
      [`${SCOPE}index.html`, `${SCOPE}index.html?__WB_REVISION__=aaa`],
      [`${SCOPE}assets/index-1234.js`, `${SCOPE}assets/index-1234.js`],
      [`${SCOPE}data/dataset.json`, `${SCOPE}data/dataset.json?__WB_REVISION__=bbb`],
    ]);
  });

  it('keeps everything when asked for all', () => {
    expect(entriesFor(KEYS, 'all', SCOPE)).toHaveLength(KEYS.size);
  });
});

describe('isKeepMessage and revisionOf', () => {
  it('reads only well-formed messages and the revision in a cache key', () => {
    expect(isKeepMessage({ type: 'KEEP', urls: 'all' })).toBe(true);
    expect(isKeepMessage({ type: 'KEEP', urls: ['/a.js'] })).toBe(true);
    expect(isKeepMessage({ type: 'KEEP', urls: [1] })).toBe(false);
    expect(isKeepMessage({ type: 'SKIP_WAITING' })).toBe(false);
    expect(revisionOf(`${SCOPE}data/dataset.json?__WB_REVISION__=bbb`)).toBe('bbb');
    expect(revisionOf(`${SCOPE}assets/index-1234.js`)).toBeUndefined();
  });
});
