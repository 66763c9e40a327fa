// @vitest-environment node
import {
  Color,
  createPropertyExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { COVERAGE_STATES } from '../../shared/model/coverage';
import { PLACE_KINDS } from '../../shared/model/schema';
import { REACH_BANDS } from '../../shared/model/reach';
import { COVERAGE_STYLE, REACH_STYLE } from '../../shared/ui/coverage-style';
import { COLOUR, KIND_COLOUR, MAP_COLOUR } from '../../shared/ui/tokens';
import {
  allLayerIds,
  BASEMAP_COLOURS,
  buildStyle,
  FONTS,
  ICON_IDS,
  LABEL_ZOOM,
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
    land: '/data/land.geojson',
    woonplaatsen: '/data/woonplaatsen.geojson',
    glyphs: 'http://localhost/glyphs/{fontstack}/{range}.pbf',
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
    for (const id of [LAYER_IDS.placesHover('ido'), LAYER_IDS.placesSelected('ido')]) {
      const ring = placeLayers('ido').find((l) => l.id === id);
      expect(JSON.stringify(ring)).toContain('feature-state');
      expect(ring && 'filter' in ring ? JSON.stringify(ring.filter) : '').not.toMatch(
        /selected|hover/,
      );
    }
  });

  it('cluster places at low zoom', () => {
    const source = placeSource({ type: 'FeatureCollection', features: [] });
    expect(source).toMatchObject({ type: 'geojson', cluster: true });
  });

  /**
   * What a paint property of a coverage layer evaluates to for a gemeente whose feature-state
   * `coverage` is `state` (undefined: the app has not set one), as MapLibre evaluates it.
   */
  function paintFor(
    layerId: string,
    property: 'fill-color' | 'fill-opacity',
    stateKey: 'coverage' | 'reach' = 'coverage',
  ) {
    const layer = fullStyle().layers.find((l) => l.id === layerId);
    if (!layer || layer.type !== 'fill') throw new Error(`no fill layer ${layerId}`);
    const spec = latest.paint_fill[property] as StylePropertySpecification;
    const parsed = createPropertyExpression(
      layer.paint?.[property],
      `${layerId}.${property}`,
      spec,
    );
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const expression = parsed.value;
    return (state: string | undefined) =>
      expression.evaluate(
        { zoom: 8 },
        { type: 'Polygon', properties: { code: 'GM0363', name: 'Amsterdam' } },
        state ? { [stateKey]: state } : {},
      ) as unknown;
  }

  it('colour each gemeente by its distance band in the reach layer, and hatch "none known"', () => {
    const fill = paintFor(LAYER_IDS.reachFill, 'fill-color', 'reach');
    expect(REACH_BANDS.map((band) => fill(band))).toEqual(
      REACH_BANDS.map((band) => Color.parse(REACH_STYLE[band].fill)),
    );
    // Without a band (not in reach.json) a gemeente shows as none known, never as near or far.
    expect(fill(undefined)).toEqual(Color.parse(REACH_STYLE.geen.fill));
    const hatch = paintFor(LAYER_IDS.reachPattern, 'fill-opacity', 'reach');
    expect(REACH_BANDS.filter((band) => hatch(band) === 1)).toEqual(['geen']);
    expect(hatch(undefined)).toBe(1);
    // Hidden until Dekking switches it on.
    expect(layer(LAYER_IDS.reachFill).layout).toEqual({ visibility: 'none' });
  });
  it('colour each gemeente by the coverage state the app puts in feature-state', () => {
    const fill = paintFor(LAYER_IDS.coverageFill, 'fill-color');
    const colours = COVERAGE_STATES.map((state) => fill(state));
    expect(colours).toEqual(
      COVERAGE_STATES.map((state) => Color.parse(COVERAGE_STYLE[state].fill)),
    );
    expect(new Set(colours.map((c) => String(c))).size).toBe(COVERAGE_STATES.length);
    // Until the app has set a state, a gemeente shows as onbekend, never as covered.
    expect(fill(undefined)).toEqual(Color.parse(COVERAGE_STYLE.onbekend.fill));
  });

  it('hatch gemeenten without sociaal raadslieden, so that status does not rely on colour', () => {
    const pattern = fullStyle().layers.find((l) => l.id === LAYER_IDS.coveragePattern);
    expect(pattern).toMatchObject({ type: 'fill', paint: { 'fill-pattern': ICON_IDS.hatch } });
    const opacity = paintFor(LAYER_IDS.coveragePattern, 'fill-opacity');
    const hatched = COVERAGE_STATES.filter((state) => opacity(state) === 1);
    expect(hatched).toEqual(['niet-actueel', 'niet-verouderd']);
    expect(COVERAGE_STATES.filter((state) => opacity(state) === 0)).toEqual([
      'wel-actueel',
      'wel-verouderd',
      'onbekend',
    ]);
    expect(opacity(undefined)).toBe(0);
  });

  it('dot gemeenten whose claim is verouderd, so age does not rely on colour either', () => {
    const pattern = fullStyle().layers.find((l) => l.id === LAYER_IDS.coverageAgePattern);
    expect(pattern).toMatchObject({ type: 'fill', paint: { 'fill-pattern': ICON_IDS.dots } });
    const opacity = paintFor(LAYER_IDS.coverageAgePattern, 'fill-opacity');
    expect(COVERAGE_STATES.filter((state) => opacity(state) === 1)).toEqual([
      'wel-verouderd',
      'niet-verouderd',
    ]);
    expect(opacity('wel-actueel')).toBe(0);
    expect(opacity('onbekend')).toBe(0);
    expect(opacity(undefined)).toBe(0);
  });

  it('read no status baked into the boundary file', () => {
    const ids: string[] = [
      LAYER_IDS.coverageFill,
      LAYER_IDS.coveragePattern,
      LAYER_IDS.coverageAgePattern,
    ];
    const coverageLayers = fullStyle().layers.filter((l) => ids.includes(l.id));
    expect(coverageLayers).toHaveLength(3);
    for (const layer of coverageLayers) expect(JSON.stringify(layer)).not.toContain('"get"');
  });
});

/** A layer of the full style by id, failing clearly when it is missing. */
function layer(id: string) {
  const found = fullStyle().layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** Layer ids in drawing order (first is drawn at the bottom). */
function order(): string[] {
  return fullStyle().layers.map((l) => l.id);
}

describe('a map people can read', () => {
  it('paints only colours of the design tokens, which the CSS reads too', () => {
    const tokens = new Set<string>([
      ...Object.values(COLOUR),
      ...Object.values(MAP_COLOUR),
      ...Object.values(KIND_COLOUR),
      ...Object.values(COVERAGE_STYLE).map((state) => state.fill),
      ...Object.values(REACH_STYLE).map((band) => band.fill),
    ]);
    const used = JSON.stringify(fullStyle().layers).match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((colour) => !tokens.has(colour))).toEqual([]);
  });

  it('draws the neighbouring countries as land, under the gemeenten, not in the colour of the sea', () => {
    expect(layer(LAYER_IDS.land)).toMatchObject({
      type: 'fill',
      source: SOURCE_IDS.land,
      paint: { 'fill-color': BASEMAP_COLOURS.abroad },
    });
    expect(BASEMAP_COLOURS.abroad).not.toBe(BASEMAP_COLOURS.sea);
    expect(order().indexOf(LAYER_IDS.land)).toBeLessThan(order().indexOf(LAYER_IDS.gemeenteFill));
    expect(fullStyle().sources[SOURCE_IDS.land]).toMatchObject({ data: '/data/land.geojson' });
  });

  it('names gemeenten (biggest first) and then woonplaatsen, in fonts served from our origin', () => {
    const style = fullStyle();
    expect(style.glyphs).toMatch(/^http:\/\/localhost\/glyphs\/\{fontstack\}\/\{range\}\.pbf$/);
    expect(layer(LAYER_IDS.gemeenteLabel)).toMatchObject({
      type: 'symbol',
      source: SOURCE_IDS.gemeenteLabels,
      maxzoom: LABEL_ZOOM.gemeenteMax,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONTS.bold,
        'symbol-sort-key': ['-', 0, ['get', 'population']],
      },
    });
    expect(layer(LAYER_IDS.woonplaatsLabel)).toMatchObject({
      source: SOURCE_IDS.woonplaatsen,
      minzoom: LABEL_ZOOM.woonplaats,
      layout: { 'text-field': ['get', 'name'], 'text-font': FONTS.regular },
    });
    // A woonplaats named like its gemeente waits until the gemeente's own label is gone.
    expect(layer(LAYER_IDS.woonplaatsMainLabel)).toMatchObject({
      minzoom: LABEL_ZOOM.gemeenteMax,
      filter: ['==', ['get', 'main'], 1],
    });
  });

  it('marks the searched spot under the places, and outlines its gemeente through feature-state', () => {
    const ids = order();
    expect(layer(LAYER_IDS.searchedHalo)).toMatchObject({ type: 'circle', source: 'searched' });
    expect(layer(LAYER_IDS.searchedLabel)).toMatchObject({
      layout: { 'text-field': ['get', 'label'] },
    });
    expect(ids.indexOf(LAYER_IDS.searchedDot)).toBeLessThan(
      ids.indexOf(LAYER_IDS.placesSymbol('ido')),
    );
    expect(JSON.stringify(layer(LAYER_IDS.gemeenteSearched))).toContain('"searched"');
  });

  it('shows the number of places in a cluster on the cluster', () => {
    const symbol = layer(LAYER_IDS.placesSymbol('juridisch-loket'));
    const layout = 'layout' in symbol ? symbol.layout : undefined;
    expect(JSON.stringify(layout?.['text-field' as keyof typeof layout])).toContain(
      'point_count_abbreviated',
    );
  });

  it('moves places that share a position by the same offset as their rings', () => {
    const offsets = placeLayers('ido').map((l) =>
      'layout' in l ? JSON.stringify(l.layout?.['icon-offset' as keyof typeof l.layout]) : '',
    );
    expect(new Set(offsets).size).toBe(1);
    expect(offsets[0]).toContain('offset');
  });
});
