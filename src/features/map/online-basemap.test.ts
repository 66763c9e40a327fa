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

  it.each([
    ['an error page', '<html>502</html>'],
    ['another style version', { version: 7, sources: {}, layers: [] }],
    ['layers without ids', { version: 8, sources: {}, layers: [{ type: 'fill' }] }],
    ['no sources', { version: 8, layers: [] }],
  ])('rejects %s, so the map keeps the embedded basemap', (_, body) => {
    expect(parseOnlineStyle(body)).toBeUndefined();
  });
});
