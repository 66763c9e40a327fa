// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseOnlineStyle } from './online-basemap';

describe('online basemap style', () => {
  it('accepts a version 8 style with sources and layers', () => {
    const style = parseOnlineStyle({
      version: 8,
      sources: { brt: { type: 'vector', url: 'https://api.pdok.nl/x' } },
      layers: [{ id: 'water', type: 'fill', source: 'brt' }],
      glyphs: 'https://api.pdok.nl/fonts/{fontstack}/{range}.pbf',
    });
    expect(style?.layers).toHaveLength(1);
    expect(style?.glyphs).toContain('{fontstack}');
  });

  it('finds the font its labels use, so our names and counts can use its glyphs while it is on', () => {
    const style = parseOnlineStyle({
      version: 8,
      sources: {},
      layers: [
        { id: 'water', type: 'fill', source: 'brt' },
        { id: 'names', type: 'symbol', layout: { 'text-font': ['Rijksoverheid Sans'] } },
      ],
    });
    expect(style?.textFont).toEqual(['Rijksoverheid Sans']);
  });

  it.each([
    ['an error page', '<html>502</html>'],
    ['another style version', { version: 7, sources: {}, layers: [] }],
    ['layers without ids', { version: 8, sources: {}, layers: [{ type: 'fill' }] }],
    ['no sources', { version: 8, layers: [] }],
  ])('rejects %s, so the map keeps the embedded basemap', (_, body) => {
    expect(parseOnlineStyle(body)).toBeUndefined();
  });
});
