// @vitest-environment node
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { PLACE_KINDS } from '../../shared/model/schema';
import {
  allLayerIds,
  buildStyle,
  LAYER_IDS,
  PLACE_STYLE,
  placeLayers,
  placeSource,
  SOURCE_IDS,
} from './layers';

/** The full style as the map ends up with it: basemap plus one clustered source per kind. */
function fullStyle() {
  const style = buildStyle({
    gemeenten: '/data/gemeenten.geojson',
    provincies: '/data/provincies.geojson',
  });
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    ...style,
    sources: {
      ...style.sources,
      ...Object.fromEntries(
        PLACE_KINDS.map((kind) => [SOURCE_IDS.places(kind), placeSource(empty)]),
      ),
    },
    layers: [...style.layers, ...PLACE_KINDS.flatMap((kind) => placeLayers(kind))],
  };
}

describe('map layers', () => {
  it('form a valid MapLibre style', () => {
    expect(validateStyleMin(fullStyle())).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = allLayerIds();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give every kind its own shape as well as its own colour', () => {
    const shapes = PLACE_KINDS.map((kind) => PLACE_STYLE[kind].shape);
    const colours = PLACE_KINDS.map((kind) => PLACE_STYLE[kind].colour);
    expect(new Set(shapes).size).toBe(PLACE_KINDS.length);
    expect(new Set(colours).size).toBe(PLACE_KINDS.length);
  });

  it('drive hover and selection through feature-state, not by filtering data', () => {
    const highlight = placeLayers('ido').find((l) => l.id === LAYER_IDS.placesHighlight('ido'));
    expect(JSON.stringify(highlight)).toContain('feature-state');
    expect(
      highlight && 'filter' in highlight ? JSON.stringify(highlight.filter) : '',
    ).not.toContain('selected');
  });

  it('cluster places at low zoom', () => {
    const source = placeSource({ type: 'FeatureCollection', features: [] });
    expect(source).toMatchObject({ type: 'geojson', cluster: true });
  });

  it('mark gemeenten without sociaal raadslieden with a pattern, not colour alone', () => {
    const pattern = fullStyle().layers.find((l) => l.id === LAYER_IDS.coveragePattern);
    expect(pattern).toMatchObject({ type: 'fill', filter: ['==', ['get', 'status'], 'niet'] });
  });
});
