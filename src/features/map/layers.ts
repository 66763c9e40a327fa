import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { COVERAGE_STATES, type CoverageState } from '../../shared/model/coverage';
import { PLACE_KINDS, type PlaceKind } from '../../shared/model/schema';
import { COVERAGE_STYLE, REACH_STYLE } from '../../shared/ui/coverage-style';
import { REACH_BANDS } from '../../shared/model/reach';

/**
 * Map styling as plain, typed data: every source and layer the app adds is declared here, so a
 * unit test can validate the whole style with the MapLibre style spec without a browser.
 */

/**
 * Colours of the embedded basemap; the outline and fill keep at least 3:1 contrast with the sea.
 * Land abroad is land too, a shade darker than Dutch land so the country the map is about stands out.
 */
export const BASEMAP_COLOURS = {
  sea: '#dce9f2',
  land: '#f6f6f2',
  abroad: '#e6e4dc',
  abroadLine: '#b9b5a8',
  gemeenteLine: '#6b7280',
  provinceLine: '#1f2937',
  labelText: '#1a1a1a',
  woonplaatsText: '#3d4148',
  labelHalo: '#ffffff',
  searched: '#111827',
  searchedOutline: '#1d4e89',
} as const;

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

/** Per kind a colour and a shape, so colour is never the only signal (WCAG 1.4.1). */
export const PLACE_STYLE: Record<
  PlaceKind,
  { colour: string; shape: 'circle' | 'square' | 'diamond' }
> = {
  'sociaal-raadslieden': { colour: '#b93f0b', shape: 'circle' },
  ido: { colour: '#1d4ed8', shape: 'square' },
  'juridisch-loket': { colour: '#6d28d9', shape: 'diamond' },
};

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

/** 1 where the gemeente's state is one of `states`, else 0: patterns cannot filter on feature-state. */
function opacityFor(states: readonly CoverageState[]): ExpressionSpecification {
  return ['match', coverageState, [...states], 1, 0];
}

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

/** Text with a white halo, readable on land, sea and every coverage colour. */
const haloPaint = (colour: string) => ({
  'text-color': colour,
  'text-halo-color': BASEMAP_COLOURS.labelHalo,
  'text-halo-width': 1.6,
  'text-halo-blur': 0.4,
});

/**
 * The offline basemap: sea, the neighbours' land, gemeenten with coverage status, outlines, the
 * gemeente of the searched spot. Names come after (see `nameLayers`), places on top.
 */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
    {
      id: LAYER_IDS.land,
      type: 'fill',
      source: SOURCE_IDS.land,
      paint: { 'fill-color': BASEMAP_COLOURS.abroad },
    },
    {
      id: LAYER_IDS.landLine,
      type: 'line',
      source: SOURCE_IDS.land,
      paint: { 'line-color': BASEMAP_COLOURS.abroadLine, 'line-width': 0.8 },
    },
    {
      id: LAYER_IDS.gemeenteFill,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      paint: { 'fill-color': BASEMAP_COLOURS.land },
    },
    {
      id: LAYER_IDS.coverageFill,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      layout: { visibility: 'none' },
      paint: {
        'fill-color': [
          'match',
          coverageState,
          ...COVERAGE_STATES.filter((s) => s !== 'onbekend').flatMap((s) => [
            s,
            COVERAGE_STYLE[s].fill,
          ]),
          COVERAGE_STYLE.onbekend.fill,
        ] as ExpressionSpecification,
        'fill-opacity': ['case', featureFlag('hover'), 1, 0.85],
      },
    },
    {
      id: LAYER_IDS.coveragePattern,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      layout: { visibility: 'none' },
      paint: {
        'fill-pattern': ICON_IDS.hatch,
        'fill-opacity': opacityFor(COVERAGE_STATES.filter((s) => COVERAGE_STYLE[s].hatched)),
      },
    },
    {
      id: LAYER_IDS.coverageAgePattern,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      layout: { visibility: 'none' },
      paint: {
        'fill-pattern': ICON_IDS.dots,
        'fill-opacity': opacityFor(COVERAGE_STATES.filter((s) => COVERAGE_STYLE[s].dotted)),
      },
    },
    {
      id: LAYER_IDS.reachFill,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      layout: { visibility: 'none' },
      paint: {
        'fill-color': [
          'match',
          reachState,
          ...REACH_BANDS.filter((b) => b !== 'geen').flatMap((b) => [b, REACH_STYLE[b].fill]),
          REACH_STYLE.geen.fill,
        ] as ExpressionSpecification,
        'fill-opacity': ['case', featureFlag('hover'), 1, 0.9],
      },
    },
    {
      id: LAYER_IDS.reachPattern,
      type: 'fill',
      source: SOURCE_IDS.gemeenten,
      layout: { visibility: 'none' },
      paint: {
        'fill-pattern': ICON_IDS.hatch,
        'fill-opacity': [
          'match',
          reachState,
          REACH_BANDS.filter((b) => REACH_STYLE[b].hatched),
          1,
          0,
        ] as ExpressionSpecification,
      },
    },
    {
      id: LAYER_IDS.gemeenteLine,
      type: 'line',
      source: SOURCE_IDS.gemeenten,
      paint: {
        'line-color': BASEMAP_COLOURS.gemeenteLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 10, 1.2],
      },
    },
    {
      id: LAYER_IDS.provinceLine,
      type: 'line',
      source: SOURCE_IDS.provincies,
      paint: {
        'line-color': BASEMAP_COLOURS.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.4, 10, 2.5],
      },
    },
    {
      id: LAYER_IDS.gemeenteSearched,
      type: 'line',
      source: SOURCE_IDS.gemeenten,
      paint: {
        'line-color': BASEMAP_COLOURS.searchedOutline,
        'line-width': ['case', featureFlag('searched'), 4, 0],
        'line-dasharray': [2, 1],
      },
    },
    {
      id: LAYER_IDS.gemeenteHighlight,
      type: 'line',
      source: SOURCE_IDS.gemeenten,
      paint: {
        'line-color': '#000000',
        'line-width': ['case', featureFlag('selected'), 4, featureFlag('hover'), 3, 0],
      },
    },
  ];
}

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
      'text-field': ['get', 'name'],
      'text-font': [...FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12, 14, 15],
      'text-max-width': 8,
      'text-padding': 3,
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.8,
      'symbol-sort-key': ['-', 0, ['get', 'size']],
    },
    paint: haloPaint(BASEMAP_COLOURS.woonplaatsText),
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
        'text-field': ['get', 'name'],
        'text-font': [...FONTS.bold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 10, 15],
        'text-max-width': 7,
        'text-padding': 4,
        // A name may move beside a marker at its label point instead of disappearing under it.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'symbol-sort-key': ['-', 0, ['get', 'population']],
      },
      paint: haloPaint(BASEMAP_COLOURS.labelText),
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
        'circle-color': '#ffffff',
        'circle-stroke-color': BASEMAP_COLOURS.searched,
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER_IDS.searchedDot,
      type: 'circle',
      source: SOURCE_IDS.searched,
      paint: { 'circle-radius': 4.5, 'circle-color': BASEMAP_COLOURS.searched },
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
      paint: haloPaint(BASEMAP_COLOURS.searched),
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
      paint: { 'text-color': '#ffffff' },
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
