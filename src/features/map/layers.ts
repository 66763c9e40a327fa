import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { COVERAGE_STATES } from '../../shared/model/coverage';
import { PLACE_KINDS, type PlaceKind } from '../../shared/model/schema';
import { COVERAGE_STYLE, REACH_STYLE } from '../../shared/ui/coverage-style';
import { KIND_SHAPE, type KindShape } from '../../shared/ui/kind-style';
import { KIND_COLOUR, MAP_COLOUR } from '../../shared/ui/tokens';
import { REACH_BANDS } from '../../shared/model/reach';

/**
 * Map styling as plain, typed data: every source and layer the app adds is declared here, so a
 * unit test can validate the whole style with the MapLibre style spec without a browser.
 */

/** The basemap's colours: the design tokens (src/shared/ui/tokens.ts), which CSS reads too. */
export const BASEMAP_COLOURS = MAP_COLOUR;

/**
 * Font stacks of the label glyphs made at build time (scripts/lib/glyphs.ts); served from our own
 * origin under `glyphs/`, so labels work offline and under the CSP.
 */
export const FONTS = {
  regular: ['NotoSans-Regular'],
  bold: ['NotoSans-Bold'],
} as const;

/** Zoom levels where names appear: gemeenten first, woonplaatsen once a gemeente fills the screen. */
export const LABEL_ZOOM = {
  gemeenteMax: 11,
  woonplaats: 10,
  /** A woonplaats named like its gemeente (Utrecht in Utrecht) only once the gemeente label is gone. */
  woonplaatsMain: 11,
} as const;

/** Per kind a colour and a shape, so colour is never the only signal (WCAG 1.4.1): the kind tokens. */
export const PLACE_STYLE = Object.fromEntries(
  PLACE_KINDS.map((kind) => [kind, { colour: KIND_COLOUR[kind], shape: KIND_SHAPE[kind] }]),
) as Record<PlaceKind, { colour: string; shape: KindShape }>;

export const SOURCE_IDS = {
  land: 'land',
  gemeenten: 'gemeenten',
  provincies: 'provincies',
  gemeenteLabels: 'gemeente-labels',
  woonplaatsen: 'woonplaatsen',
  searched: 'searched',
  places: (kind: PlaceKind) => `places-${kind}`,
} as const;

export const LAYER_IDS = {
  land: 'land-fill',
  landLine: 'land-line',
  gemeenteFill: 'gemeente-fill',
  coverageFill: 'coverage-fill',
  coveragePattern: 'coverage-pattern',
  coverageAgePattern: 'coverage-age-pattern',
  reachFill: 'reach-fill',
  reachPattern: 'reach-pattern',
  gemeenteLine: 'gemeente-line',
  gemeenteHighlight: 'gemeente-highlight',
  gemeenteSearched: 'gemeente-searched',
  provinceLine: 'province-line',
  woonplaatsLabel: 'woonplaats-label',
  woonplaatsMainLabel: 'woonplaats-label-main',
  gemeenteLabel: 'gemeente-label',
  searchedHalo: 'searched-halo',
  searchedDot: 'searched-dot',
  searchedLabel: 'searched-label',
  placesHover: (kind: PlaceKind) => `places-hover-${kind}`,
  placesSelected: (kind: PlaceKind) => `places-selected-${kind}`,
  placesSymbol: (kind: PlaceKind) => `places-symbol-${kind}`,
} as const;

/** Image ids registered by `icons.ts`. */
export const ICON_IDS = {
  place: (kind: PlaceKind) => `icon-${kind}`,
  hatch: 'pattern-hatch',
  dots: 'pattern-dots',
  ringHover: 'ring-hover',
  ringSelected: 'ring-selected',
} as const;

/** The label layers, which the online basemap replaces with its own names. */
export const NAME_LAYER_IDS = [
  LAYER_IDS.woonplaatsLabel,
  LAYER_IDS.woonplaatsMainLabel,
  LAYER_IDS.gemeenteLabel,
] as const;

/**
 * The coverage state of a gemeente lives in feature-state (`coverage`), set by the controller
 * from the status the app computes, so the map ages with the app and nothing is baked into the
 * boundary file.
 */
const coverageState: ExpressionSpecification = [
  'to-string',
  ['coalesce', ['feature-state', 'coverage'], 'onbekend'],
];

/** The reach band of a gemeente (feature-state `reach`, set only while the reach layer shows). */
const reachState: ExpressionSpecification = [
  'to-string',
  ['coalesce', ['feature-state', 'reach'], 'geen'],
];

const featureFlag = (flag: 'hover' | 'selected' | 'searched'): ExpressionSpecification => [
  'boolean',
  ['feature-state', flag],
  false,
];

/** The boundary sources: a URL for MapLibre to fetch, or the data already fetched (with time-out). */
export interface StyleUrls {
  gemeenten: string | GeoJSON.FeatureCollection;
  provincies: string | GeoJSON.FeatureCollection;
  land: string;
  woonplaatsen: string;
  /** MapLibre's glyph URL template, with `{fontstack}` and `{range}`. */
  glyphs: string;
}

/** A fill over every gemeente, hidden until Dekking switches its view on. */
function gemeenteOverlay(id: string, paint: FillLayerSpecification['paint']): LayerSpecification {
  return { id, type: 'fill', source: SOURCE_IDS.gemeenten, layout: { visibility: 'none' }, paint };
}

/**
 * Colour by a feature-state value (`state`): `colours` per value, `fallback` for any other; a
 * hovered gemeente shows at full strength.
 */
function stateColours(
  state: ExpressionSpecification,
  colours: readonly (readonly [string, string])[],
  fallback: string,
  opacity: number,
): FillLayerSpecification['paint'] {
  return {
    'fill-color': ['match', state, ...colours.flat(), fallback] as ExpressionSpecification,
    'fill-opacity': ['case', featureFlag('hover'), 1, opacity],
  };
}

/**
 * A pattern (hatch or dots) where the feature-state value (`state`) is one of `values`; shown
 * through its opacity, because a layer cannot filter on feature-state.
 */
function statePattern(
  pattern: string,
  state: ExpressionSpecification,
  values: readonly string[],
): FillLayerSpecification['paint'] {
  return { 'fill-pattern': pattern, 'fill-opacity': ['match', state, [...values], 1, 0] };
}

/** Text with a white halo, readable on land, sea and every coverage colour. */
const haloPaint = (colour: string) => ({
  'text-color': colour,
  'text-halo-color': MAP_COLOUR.labelHalo,
  'text-halo-width': 1.6,
  'text-halo-blur': 0.4,
});

/**
 * The offline basemap: sea, the neighbours' land, gemeenten with coverage status, outlines, the
 * gemeente of the searched spot. Names come after (see `nameLayers`), places on top.
 */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLOUR.sea } },
    {
      id: LAYER_IDS.land,
      type: 'fill',
      source: SOURCE_IDS.land,
      paint: { 'fill-color': MAP_COLOUR.abroad },
    },
    {
      id: LAYER_IDS.landLine,
      type: 'line',
      source: SOURCE_IDS.land,
      paint: { 'line-color': MAP_COLOUR.abroadLine, 'line-width': 0.8 },
    },
    {
      id: LAYER_IDS.gemeenteFill,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      paint: { 'fill-color': MAP_COLOUR.land },
    },
    gemeenteOverlay(
      LAYER_IDS.coverageFill,
      stateColours(
        coverageState,
        COVERAGE_STATES.filter((s) => s !== 'onbekend').map((s) => [s, COVERAGE_STYLE[s].fill]),
        COVERAGE_STYLE.onbekend.fill,
        0.85,
      ),
    ),
    gemeenteOverlay(
      LAYER_IDS.coveragePattern,
      statePattern(
        ICON_IDS.hatch,
        coverageState,
        COVERAGE_STATES.filter((s) => COVERAGE_STYLE[s].hatched),
      ),
    ),
    gemeenteOverlay(
      LAYER_IDS.coverageAgePattern,
      statePattern(
        ICON_IDS.dots,
        coverageState,
        COVERAGE_STATES.filter((s) => COVERAGE_STYLE[s].dotted),
      ),
    ),
    gemeenteOverlay(
      LAYER_IDS.reachFill,
      stateColours(
        reachState,
        REACH_BANDS.filter((b) => b !== 'geen').map((b) => [b, REACH_STYLE[b].fill]),
        REACH_STYLE.geen.fill,
        0.9,
      ),
    ),
    gemeenteOverlay(
      LAYER_IDS.reachPattern,
      statePattern(
        ICON_IDS.hatch,
        reachState,
        REACH_BANDS.filter((b) => REACH_STYLE[b].hatched),
      ),
    ),
    {
      id: LAYER_IDS.gemeenteLine,
      type: 'line',
      source: SOURCE_IDS.gemeenten,
      paint: {
        'line-color': MAP_COLOUR.gemeenteLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 10, 1.2],
      },
    },
    {
      id: LAYER_IDS.provinceLine,
      type: 'line',
      source: SOURCE_IDS.provincies,
      paint: {
        'line-color': MAP_COLOUR.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.4, 10, 2.5],
      },
    },
    {
      id: LAYER_IDS.gemeenteSearched,
      type: 'line',
      source: SOURCE_IDS.gemeenten,
      paint: {
        'line-color': MAP_COLOUR.searchedOutline,
        'line-width': ['case', featureFlag('searched'), 4, 0],
        'line-dasharray': [2, 1],
      },
    },
    {
      id: LAYER_IDS.gemeenteHighlight,
      type: 'line',
      source: SOURCE_IDS.gemeenten,
      paint: {
        'line-color': MAP_COLOUR.highlight,
        'line-width': ['case', featureFlag('selected'), 4, featureFlag('hover'), 3, 0],
      },
    },
  ];
}

/**
 * A feature's name that may move beside a marker at its label point (or beside another name)
 * instead of disappearing under it.
 */
const movableName = {
  'text-field': ['get', 'name'],
  'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
} satisfies SymbolLayerSpecification['layout'];

/**
 * Names: gemeenten (bold, the biggest placed first) up to city zoom, then woonplaatsen (the
 * biggest first). Collision detection keeps them from overlapping each other and the markers.
 */
export function nameLayers(): LayerSpecification[] {
  const woonplaats = (id: string, main: 0 | 1, minzoom: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE_IDS.woonplaatsen,
    minzoom,
    filter: ['==', ['get', 'main'], main],
    layout: {
      ...movableName,
      'text-font': [...FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12, 14, 15],
      'text-max-width': 8,
      'text-padding': 3,
      'text-radial-offset': 0.8,
      'symbol-sort-key': ['-', 0, ['get', 'size']],
    },
    paint: haloPaint(MAP_COLOUR.woonplaatsText),
  });
  return [
    woonplaats(LAYER_IDS.woonplaatsLabel, 0, LABEL_ZOOM.woonplaats),
    woonplaats(LAYER_IDS.woonplaatsMainLabel, 1, LABEL_ZOOM.woonplaatsMain),
    {
      id: LAYER_IDS.gemeenteLabel,
      type: 'symbol',
      source: SOURCE_IDS.gemeenteLabels,
      maxzoom: LABEL_ZOOM.gemeenteMax,
      layout: {
        ...movableName,
        'text-font': [...FONTS.bold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 10, 15],
        'text-max-width': 7,
        'text-padding': 4,
        'text-radial-offset': 0.9,
        'symbol-sort-key': ['-', 0, ['get', 'population']],
      },
      paint: haloPaint(MAP_COLOUR.labelText),
    },
  ];
}

/**
 * The searched postcode, woonplaats or GPS position: a dark ring with a dot, unlike any place
 * marker, and its name beside it. Drawn under the places, so it never hides one.
 */
export function searchedLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER_IDS.searchedHalo,
      type: 'circle',
      source: SOURCE_IDS.searched,
      paint: {
        'circle-radius': 11,
        'circle-color': MAP_COLOUR.labelHalo,
        'circle-stroke-color': MAP_COLOUR.searched,
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER_IDS.searchedDot,
      type: 'circle',
      source: SOURCE_IDS.searched,
      paint: { 'circle-radius': 4.5, 'circle-color': MAP_COLOUR.searched },
    },
    {
      id: LAYER_IDS.searchedLabel,
      type: 'symbol',
      source: SOURCE_IDS.searched,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [...FONTS.bold],
        'text-size': 14,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 12,
        // Always shown (the user asked for this spot); other names make way for it.
        'text-allow-overlap': true,
      },
      paint: haloPaint(MAP_COLOUR.searched),
    },
  ];
}

/**
 * Where a marker is drawn relative to its position, in icon pixels: places that share a position
 * (a library with an IDO and a sociaal raadslieden spreekuur, or places known only by their
 * woonplaats) get an `offset` property that spreads them in a small circle, so each can be seen
 * and chosen. Clusters and lone places have none.
 */
/** Scale of a single place's icon (drawn at 24 CSS px); rings are drawn to match at this scale. */
export const MARKER_SIZE = 0.75;

const markerOffset: ExpressionSpecification = ['coalesce', ['get', 'offset'], ['literal', [0, 0]]];

/**
 * Point layers of one kind: hover and selection rings (feature-state) under the kind's icon.
 * A cluster is the kind's icon drawn larger with the number of places in it.
 */
export function placeLayers(kind: PlaceKind): LayerSpecification[] {
  const source = SOURCE_IDS.places(kind);
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  const ring = (id: string, image: string, flag: 'hover' | 'selected'): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    filter: ['!', isCluster],
    layout: {
      'icon-image': image,
      // The same size as the markers, so the same `offset` puts the ring around its marker.
      'icon-size': MARKER_SIZE,
      'icon-offset': markerOffset,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: { 'icon-opacity': ['case', featureFlag(flag), 1, 0] },
  });
  return [
    ring(LAYER_IDS.placesHover(kind), ICON_IDS.ringHover, 'hover'),
    ring(LAYER_IDS.placesSelected(kind), ICON_IDS.ringSelected, 'selected'),
    {
      id: LAYER_IDS.placesSymbol(kind),
      type: 'symbol',
      source,
      layout: {
        'icon-image': ICON_IDS.place(kind),
        'icon-size': [
          'case',
          isCluster,
          ['step', ['get', 'point_count'], 1.25, 10, 1.45, 50, 1.7],
          MARKER_SIZE,
        ],
        'icon-offset': markerOffset,
        'icon-allow-overlap': true,
        'symbol-sort-key': ['case', isCluster, 0, 1],
        'text-field': ['case', isCluster, ['to-string', ['get', 'point_count_abbreviated']], ''],
        'text-font': [...FONTS.bold],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': MAP_COLOUR.clusterText },
    },
  ];
}

/** One clustered GeoJSON source per kind, so clusters never mix kinds and each kind can be hidden. */
export function placeSource(data: GeoJSON.FeatureCollection): SourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterRadius: 40, clusterMaxZoom: 10 };
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The complete offline style. Gemeente labels and the searched spot start empty (the app fills
 * them from its data); woonplaats names are fetched once the map first zooms close enough.
 */
export function buildStyle(urls: StyleUrls): StyleSpecification {
  return {
    version: 8,
    name: 'Sociaal-juridische kaart (offline)',
    glyphs: urls.glyphs,
    sources: {
      [SOURCE_IDS.land]: { type: 'geojson', data: urls.land },
      [SOURCE_IDS.gemeenten]: { type: 'geojson', data: urls.gemeenten, attribution: '' },
      [SOURCE_IDS.provincies]: { type: 'geojson', data: urls.provincies },
      [SOURCE_IDS.gemeenteLabels]: { type: 'geojson', data: EMPTY },
      [SOURCE_IDS.woonplaatsen]: { type: 'geojson', data: EMPTY },
      [SOURCE_IDS.searched]: { type: 'geojson', data: EMPTY },
    },
    layers: [...basemapLayers(), ...nameLayers(), ...searchedLayers()],
  };
}

/** Every layer id the app can add, for tests and for toggling by kind. */
export function allLayerIds(): string[] {
  return [
    ...basemapLayers().map((layer) => layer.id),
    ...nameLayers().map((layer) => layer.id),
    ...searchedLayers().map((layer) => layer.id),
    ...PLACE_KINDS.flatMap((kind) => placeLayers(kind).map((layer) => layer.id)),
  ];
}
