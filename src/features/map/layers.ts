import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { COVERAGE_STATES, type CoverageState } from '../../shared/model/coverage';
import { PLACE_KINDS, type PlaceKind } from '../../shared/model/schema';
import { COVERAGE_STYLE } from '../../shared/ui/coverage-style';

/**
 * Map styling as plain, typed data: every source and layer the app adds is declared here, so a
 * unit test can validate the whole style with the MapLibre style spec without a browser.
 */

/** Colours of the embedded basemap; the outline and fill keep at least 3:1 contrast with the sea. */
export const BASEMAP_COLOURS = {
  sea: '#dce9f2',
  land: '#f6f6f2',
  gemeenteLine: '#6b7280',
  provinceLine: '#1f2937',
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
  gemeenten: 'gemeenten',
  provincies: 'provincies',
  places: (kind: PlaceKind) => `places-${kind}`,
} as const;

export const LAYER_IDS = {
  gemeenteFill: 'gemeente-fill',
  coverageFill: 'coverage-fill',
  coveragePattern: 'coverage-pattern',
  coverageAgePattern: 'coverage-age-pattern',
  gemeenteLine: 'gemeente-line',
  gemeenteHighlight: 'gemeente-highlight',
  provinceLine: 'province-line',
  placesHighlight: (kind: PlaceKind) => `places-highlight-${kind}`,
  placesSymbol: (kind: PlaceKind) => `places-symbol-${kind}`,
} as const;

/** Image ids registered by `icons.ts`. */
export const ICON_IDS = {
  place: (kind: PlaceKind) => `icon-${kind}`,
  hatch: 'pattern-hatch',
  dots: 'pattern-dots',
} as const;

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

const featureFlag = (flag: 'hover' | 'selected'): ExpressionSpecification => [
  'boolean',
  ['feature-state', flag],
  false,
];

/** The boundary sources: a URL for MapLibre to fetch, or the data already fetched (with time-out). */
export interface StyleUrls {
  gemeenten: string | GeoJSON.FeatureCollection;
  provincies: string | GeoJSON.FeatureCollection;
}

/** The offline basemap: sea, gemeenten with coverage status, outlines. No tiles, no glyphs needed. */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
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

/** Point layers of one kind: a highlight ring (feature-state) under the kind's icon; clusters drawn larger. */
export function placeLayers(kind: PlaceKind): LayerSpecification[] {
  const source = SOURCE_IDS.places(kind);
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  return [
    {
      id: LAYER_IDS.placesHighlight(kind),
      type: 'circle',
      source,
      filter: ['!', isCluster],
      paint: {
        'circle-radius': 15,
        'circle-color': '#ffffff',
        'circle-opacity': ['case', featureFlag('selected'), 1, featureFlag('hover'), 1, 0],
        'circle-stroke-color': '#000000',
        'circle-stroke-width': ['case', featureFlag('selected'), 4, featureFlag('hover'), 2, 0],
      },
    },
    {
      id: LAYER_IDS.placesSymbol(kind),
      type: 'symbol',
      source,
      layout: {
        'icon-image': ICON_IDS.place(kind),
        'icon-size': [
          'case',
          isCluster,
          ['step', ['get', 'point_count'], 1.15, 10, 1.35, 50, 1.6],
          0.75,
        ],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['case', isCluster, 0, 1],
      },
    },
  ];
}

/** One clustered GeoJSON source per kind, so clusters never mix kinds and each kind can be hidden. */
export function placeSource(data: GeoJSON.FeatureCollection): SourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterRadius: 40, clusterMaxZoom: 10 };
}

/** The complete offline style; place sources are added once the data is there. */
export function buildStyle(urls: StyleUrls): StyleSpecification {
  return {
    version: 8,
    name: 'Sociaal-juridische kaart (offline)',
    sources: {
      [SOURCE_IDS.gemeenten]: { type: 'geojson', data: urls.gemeenten, attribution: '' },
      [SOURCE_IDS.provincies]: { type: 'geojson', data: urls.provincies },
    },
    layers: basemapLayers(),
  };
}

/** Every layer id the app can add, for tests and for toggling by kind. */
export function allLayerIds(): string[] {
  return [
    ...basemapLayers().map((layer) => layer.id),
    ...PLACE_KINDS.flatMap((kind) => placeLayers(kind).map((layer) => layer.id)),
  ];
}
