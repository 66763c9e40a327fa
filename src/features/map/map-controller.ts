import {
  AttributionControl,
  GPUInitializationError,
  LngLatBounds,
  Map as MaplibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { nl } from './strings';
import { PLACE_KINDS, type PlaceKind, type Precision } from '../../shared/model/schema';
import type { CoverageState } from '../../shared/model/coverage';
import type { ReachBand } from '../../shared/model/reach';
import type { MapView } from '../../shared/model/url-state';
import { composeMapPng, type MapExportInfo } from './export-png';
import { areaBounds, type AreaBounds, type Bounds } from './area-bounds';
import { drawDots, drawHatch, drawMarker, drawRing } from './icons';
import { addOnlineBasemap, fetchOnlineStyle, removeOnlineBasemap } from './online-basemap';
import {
  buildStyle,
  FONTS,
  ICON_IDS,
  LABEL_ZOOM,
  LAYER_IDS,
  NAME_LAYER_IDS,
  PLACE_STYLE,
  placeLayers,
  placeSource,
  SOURCE_IDS,
  type StyleUrls,
} from './layers';
import { spreadOffsets } from './spread';

setWorkerUrl(workerUrl);

/**
 * Room for the attribution along the bottom edge (so it never hides Zuid-Limburg) and for the
 * basemap switch in the top-left corner.
 */
const FIT_PADDING = { top: 56, right: 24, bottom: 48, left: 24 };

/** An exported map picture is drawn at this size (CSS pixels), the same on every screen. */
const EXPORT_SIZE = { width: 900, height: 1060 };

/** The text layers that follow the online basemap's fonts while it is on. */
const TEXT_LAYER_IDS = (): string[] => [
  ...NAME_LAYER_IDS,
  LAYER_IDS.searchedLabel,
  ...PLACE_KINDS.map((kind) => LAYER_IDS.placesSymbol(kind)),
];

/** The Netherlands, with a little sea around it: the default view. */
export const NL_BOUNDS: [[number, number], [number, number]] = [
  [3.2, 50.72],
  [7.3, 53.6],
];

/** A place as the map needs it. */
export interface MapPlace {
  id: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  precision: Precision;
}

/**
 * How far to zoom in on an opened place: as close as its position is sure. A place known only by
 * its woonplaats or gemeente would otherwise sit alone on an empty close-up that looks exact.
 */
const ZOOM_FOR_PRECISION: Record<Precision, number> = {
  exact: 15,
  postcode: 13,
  plaats: 12,
  gemeente: 10,
};

/** A gemeente's name at its label point; where names collide, the biggest gemeente wins. */
export interface MapGemeenteLabel {
  code: string;
  name: string;
  label: readonly [number, number];
  population: number;
}

/** What the user searched: the spot (none for a whole gemeente) and the gemeente it lies in. */
export interface SearchedSpot {
  /** `name` is the postcode, the woonplaats, or empty for a GPS position. */
  point?: { lon: number; lat: number; kind: 'postcode' | 'plaats' | 'punt'; name: string };
  gemeenteCode?: string;
}

/** The text beside the marker: a postcode or woonplaats position is the middle of an area. */
function spotLabel(point: NonNullable<SearchedSpot['point']>): string {
  if (point.kind === 'postcode') return nl.map.spot.postcode(point.name);
  if (point.kind === 'plaats') return nl.map.spot.plaats(point.name);
  return nl.map.spot.punt;
}

/** A place as the controller keeps it: with the numeric feature id MapLibre's feature-state needs. */
type IndexedPlace = MapPlace & { numericId: number };

export interface MapCallbacks {
  onSelectPlace: (id: string) => void;
  onSelectGemeente: (code: string) => void;
  /** The pointer is over this gemeente (or none): for the map's own label, not for the page. */
  onHoverGemeente: (code: string | undefined) => void;
  onMoveEnd: (view: MapView, bounds: [number, number, number, number]) => void;
  /** The basemap is drawn; `gemeenten` is how many gemeente outlines are on screen. */
  onLoaded: (gemeenten: number) => void;
  onFailed: () => void;
}

export type MapMode = 'places' | 'coverage';

/** Thrown when the browser cannot give the map a WebGL2 context. */
export class MapUnavailableError extends Error {}

/** Cheap check before loading anything: MapLibre 6 needs WebGL2. */
export function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

const gemeenteNumber = (code: string) => Number(code.slice(2));

/** Puts each gemeente's coverage state into feature-state, where the choropleth reads it. */
function applyCoverage(map: MaplibreMap, states: ReadonlyMap<string, CoverageState>): void {
  for (const [code, state] of states) {
    map.setFeatureState(
      { source: SOURCE_IDS.gemeenten, id: gemeenteNumber(code) },
      { coverage: state },
    );
  }
}
const gemeenteCode = (id: number) => `GM${String(id).padStart(4, '0')}`;

/**
 * The one place that talks to MapLibre. React calls its methods when state changes; the map is
 * created once and keeps its sources: selection and hover go through feature-state.
 */
export class MapController {
  private readonly map: MaplibreMap;
  private readonly placeIndex = new Map<string, IndexedPlace>();
  private selectedPlace: IndexedPlace | undefined;
  /** Where the map was when a place was opened; closing the place returns there. */
  private viewBeforeSelection: MapView | undefined;
  private hoveredPlace: { numericId: number; kind: PlaceKind } | undefined;
  private selectedGemeente: number | undefined;
  private hoveredGemeente: number | undefined;
  private mode: MapMode = 'places';
  private visibleKinds: readonly PlaceKind[] = PLACE_KINDS;
  private ready = false;
  private onlineBasemap = false;
  private searchedGemeente: number | undefined;
  private woonplaatsenLoaded = false;
  private areas: Promise<AreaBounds> | undefined;
  /** The last coverage states, also for the hidden map that draws the PNG. */
  private coverageStates: ReadonlyMap<string, CoverageState> = new Map();
  /** The reach band per gemeente while Dekking shows distance instead of status; else undefined. */
  private reachBands: ReadonlyMap<string, ReachBand> | undefined;
  private readonly pending: (() => void)[] = [];

  constructor(
    container: HTMLElement,
    private readonly urls: StyleUrls,
    private readonly callbacks: MapCallbacks,
    initialView?: MapView,
  ) {
    if (!hasWebGL2()) throw new MapUnavailableError('WebGL2 is not available');
    try {
      this.map = new MaplibreMap({
        container,
        style: buildStyle(urls),
        ...(initialView
          ? { center: [initialView.lon, initialView.lat], zoom: initialView.zoom }
          : { bounds: NL_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } }),
        minZoom: 5,
        maxZoom: 17,
        maxBounds: [
          [1.5, 49.8],
          [9.5, 54.5],
        ],
        attributionControl: false,
        locale: nl.map.controls,
        dragRotate: false,
        pitchWithRotate: false,
        cooperativeGestures: false,
      });
    } catch (error) {
      if (error instanceof GPUInitializationError) throw new MapUnavailableError(error.message);
      throw error;
    }
    // Lets the browser tests ask MapLibre what it drew (queryRenderedFeatures, project); the
    // app itself never reads it.
    Object.defineProperty(container, 'sjkMap', { value: this.map, configurable: true });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(
      new AttributionControl({
        compact: true,
        customAttribution: nl.map.attribution,
      }),
      'bottom-right',
    );
    this.map.on('error', (event: { error: unknown; sourceId?: string }) => {
      // Without WebGL or without the boundaries the map cannot say anything true: show the message.
      const basemapSource =
        event.sourceId === SOURCE_IDS.gemeenten || event.sourceId === SOURCE_IDS.provincies;
      if (event.error instanceof GPUInitializationError || basemapSource) callbacks.onFailed();
    });
    this.map.on('load', () => {
      this.addImages();
      this.bindGemeenteEvents();
      this.ready = true;
      this.loadWoonplaatsen();
      for (const run of this.pending.splice(0)) run();
    });
    this.map.once('idle', () => {
      callbacks.onLoaded(this.countDrawnGemeenten());
    });
    // Woonplaats names (≈ 30 KB) are fetched once the map first comes close enough to show them.
    this.map.on('zoomend', () => {
      this.loadWoonplaatsen();
    });
    this.map.on('moveend', () => {
      const b = this.map.getBounds();
      callbacks.onMoveEnd(this.currentView(), [
        b.getWest(),
        b.getSouth(),
        b.getEast(),
        b.getNorth(),
      ]);
    });
  }

  /** Runs now when the style is loaded, otherwise right after. */
  private whenReady(run: () => void): void {
    if (this.ready) run();
    else this.pending.push(run);
  }

  private addImages(target: MaplibreMap = this.map): void {
    for (const kind of PLACE_KINDS) {
      const { shape, colour } = PLACE_STYLE[kind];
      target.addImage(ICON_IDS.place(kind), drawMarker(shape, colour), { pixelRatio: 2 });
    }
    target.addImage(ICON_IDS.hatch, drawHatch(), { pixelRatio: 1 });
    target.addImage(ICON_IDS.dots, drawDots(), { pixelRatio: 1 });
    target.addImage(ICON_IDS.ringHover, drawRing(4), { pixelRatio: 2 });
    target.addImage(ICON_IDS.ringSelected, drawRing(10), { pixelRatio: 2 });
  }

  private loadWoonplaatsen(): void {
    if (this.woonplaatsenLoaded || !this.ready) return;
    if (this.map.getZoom() < LABEL_ZOOM.woonplaats - 1) return;
    this.woonplaatsenLoaded = true;
    void this.map
      .getSource<GeoJSONSource>(SOURCE_IDS.woonplaatsen)
      ?.setData(this.urls.woonplaatsen);
  }

  /** Gemeente names at their label points, from the dataset the app already has. */
  setGemeenteLabels(gemeenten: readonly MapGemeenteLabel[]): void {
    this.whenReady(() => {
      void this.map.getSource<GeoJSONSource>(SOURCE_IDS.gemeenteLabels)?.setData({
        type: 'FeatureCollection',
        features: gemeenten.map((g) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [g.label[0], g.label[1]] },
          properties: { code: g.code, name: g.name, population: g.population },
        })),
      });
    });
  }

  /** Marks the searched spot and outlines its gemeente; undefined clears both. */
  setSearched(spot: SearchedSpot | undefined): void {
    this.whenReady(() => {
      const point = spot?.point;
      void this.map.getSource<GeoJSONSource>(SOURCE_IDS.searched)?.setData({
        type: 'FeatureCollection',
        features: point
          ? [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
                properties: { label: spotLabel(point) },
              },
            ]
          : [],
      });
      if (this.searchedGemeente !== undefined)
        this.map.setFeatureState(
          { source: SOURCE_IDS.gemeenten, id: this.searchedGemeente },
          { searched: false },
        );
      this.searchedGemeente = spot?.gemeenteCode ? gemeenteNumber(spot.gemeenteCode) : undefined;
      if (this.searchedGemeente !== undefined)
        this.map.setFeatureState(
          { source: SOURCE_IDS.gemeenten, id: this.searchedGemeente },
          { searched: true },
        );
    });
  }

  private countDrawnGemeenten(): number {
    const features = this.map.queryRenderedFeatures({ layers: [LAYER_IDS.gemeenteLine] });
    return new Set(features.map((f) => f.id)).size;
  }

  private bindGemeenteEvents(): void {
    this.map.on('mousemove', LAYER_IDS.coverageFill, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.id;
      this.setGemeenteHover(typeof id === 'number' ? id : undefined);
    });
    this.map.on('mouseleave', LAYER_IDS.coverageFill, () => {
      this.setGemeenteHover(undefined);
    });
    this.map.on('click', LAYER_IDS.coverageFill, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.id;
      if (typeof id === 'number') this.callbacks.onSelectGemeente(gemeenteCode(id));
    });
  }

  /** Moves the `hover` feature-state to gemeente `id` (or none); false when nothing changed. */
  private moveGemeenteHover(id: number | undefined): boolean {
    if (id === this.hoveredGemeente) return false;
    if (this.hoveredGemeente !== undefined) {
      this.map.setFeatureState(
        { source: SOURCE_IDS.gemeenten, id: this.hoveredGemeente },
        { hover: false },
      );
    }
    this.hoveredGemeente = id;
    if (id !== undefined)
      this.map.setFeatureState({ source: SOURCE_IDS.gemeenten, id }, { hover: true });
    return true;
  }

  /** The pointer over the map: hover state, cursor, and the map's own label. */
  private setGemeenteHover(id: number | undefined): void {
    if (!this.moveGemeenteHover(id)) return;
    this.map.getCanvas().style.cursor = id === undefined ? '' : 'pointer';
    this.callbacks.onHoverGemeente(id === undefined ? undefined : gemeenteCode(id));
  }

  /**
   * The coverage state of every gemeente, as the app computed it (status and age on today), put
   * into feature-state so the choropleth and its patterns follow the app, never a baked copy.
   */
  setCoverage(states: ReadonlyMap<string, CoverageState>): void {
    this.coverageStates = states;
    this.whenReady(() => {
      applyCoverage(this.map, states);
    });
  }

  /**
   * Dekking's map shows distance (a band per gemeente) instead of status, or status again when
   * undefined. The status layer stays underneath, so hover and click work as before.
   */
  setReach(bands: ReadonlyMap<string, ReachBand> | undefined): void {
    this.reachBands = bands;
    this.whenReady(() => {
      if (bands) {
        for (const [code, band] of bands) {
          this.map.setFeatureState(
            { source: SOURCE_IDS.gemeenten, id: gemeenteNumber(code) },
            { reach: band },
          );
        }
      }
      this.applyVisibility();
    });
  }

  /**
   * Adds the places once; numeric feature ids make feature-state work on clustered sources.
   * Places that share a position, of any kind, are spread apart on screen (see spread.ts).
   */
  setPlaces(places: readonly MapPlace[]): void {
    this.whenReady(() => {
      this.placeIndex.clear();
      const offsets = spreadOffsets(places.map((p) => [p.lon, p.lat] as const));
      for (const kind of PLACE_KINDS) {
        const features: GeoJSON.Feature[] = [];
        places.forEach((place, numericId) => {
          if (place.kind !== kind) return;
          this.placeIndex.set(place.id, { ...place, numericId });
          const offset = offsets[numericId];
          features.push({
            type: 'Feature',
            id: numericId,
            geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
            properties: offset ? { placeId: place.id, offset } : { placeId: place.id },
          });
        });
        this.addPlaceSource(kind, { type: 'FeatureCollection', features });
      }
      this.applyVisibility();
    });
  }

  private addPlaceSource(kind: PlaceKind, data: GeoJSON.FeatureCollection): void {
    const sourceId = SOURCE_IDS.places(kind);
    const existing = this.map.getSource<GeoJSONSource>(sourceId);
    if (existing) {
      void existing.setData(data);
      return;
    }
    this.map.addSource(sourceId, placeSource(data));
    for (const layer of placeLayers(kind)) this.map.addLayer(layer);
    const symbolLayer = LAYER_IDS.placesSymbol(kind);
    this.map.on('click', symbolLayer, (event: MapLayerMouseEvent) => {
      void this.onPlaceClick(kind, event);
    });
    this.map.on('mousemove', symbolLayer, (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const isCluster = feature?.properties['cluster'] === true;
      this.setPlaceHover(
        feature && !isCluster && typeof feature.id === 'number'
          ? { numericId: feature.id, kind }
          : undefined,
      );
    });
    this.map.on('mouseleave', symbolLayer, () => {
      this.setPlaceHover(undefined);
    });
  }

  private async onPlaceClick(kind: PlaceKind, event: MapLayerMouseEvent): Promise<void> {
    const feature = event.features?.[0];
    if (!feature) return;
    const clusterId: unknown = feature.properties['cluster_id'];
    if (typeof clusterId === 'number') {
      await this.zoomIntoCluster(kind, clusterId);
      return;
    }
    const placeId: unknown = feature.properties['placeId'];
    if (typeof placeId === 'string') this.callbacks.onSelectPlace(placeId);
  }

  /**
   * Zooms to a cluster's places: far enough that they all fit, and at least as far as the cluster
   * splits (getClusterExpansionZoom), so one click always shows what is inside.
   */
  private async zoomIntoCluster(kind: PlaceKind, clusterId: number): Promise<void> {
    const source = this.map.getSource<GeoJSONSource>(SOURCE_IDS.places(kind));
    if (!source) return;
    const [expansion, leaves] = await Promise.all([
      source.getClusterExpansionZoom(clusterId),
      source.getClusterLeaves(clusterId, Number.POSITIVE_INFINITY, 0),
    ]);
    const bounds = new LngLatBounds();
    for (const leaf of leaves)
      if (leaf.geometry.type === 'Point') {
        const [lon = 0, lat = 0] = leaf.geometry.coordinates;
        bounds.extend([lon, lat]);
      }
    if (bounds.isEmpty()) return;
    const camera = this.map.cameraForBounds(bounds, { padding: 64, maxZoom: 16 });
    const zoom = Math.min(16, Math.max(expansion, camera?.zoom ?? expansion));
    this.map.easeTo({ center: bounds.getCenter(), zoom, essential: false });
  }

  private setPlaceHover(next: { numericId: number; kind: PlaceKind } | undefined): void {
    if (this.hoveredPlace?.numericId === next?.numericId) return;
    if (this.hoveredPlace) this.setPlaceState(this.hoveredPlace, { hover: false });
    this.hoveredPlace = next;
    if (next) this.setPlaceState(next, { hover: true });
    this.map.getCanvas().style.cursor = next ? 'pointer' : '';
  }

  private setPlaceState(
    place: { numericId: number; kind: PlaceKind },
    state: Record<string, boolean>,
  ): void {
    this.map.setFeatureState({ source: SOURCE_IDS.places(place.kind), id: place.numericId }, state);
  }

  /**
   * Highlights a place (from the list or the map) and brings it into view. Closing it flies back
   * to where the map was before, so the list beside it shows the same places as before opening.
   */
  selectPlace(id: string | undefined, fly = true): void {
    this.whenReady(() => {
      const wasSelected = this.selectedPlace;
      if (wasSelected) this.setPlaceState(wasSelected, { selected: false });
      this.selectedPlace = id ? this.placeIndex.get(id) : undefined;
      if (this.selectedPlace) this.setPlaceState(this.selectedPlace, { selected: true });
      const place = this.selectedPlace;
      if (!place) {
        const back = this.viewBeforeSelection;
        this.viewBeforeSelection = undefined;
        if (fly && wasSelected && back) this.flyTo(back);
        return;
      }
      if (!fly) return;
      if (!wasSelected) this.viewBeforeSelection = this.currentView();
      // From the index, not querySourceFeatures: a clustered point is not in the rendered tiles.
      const zoom = Math.max(this.map.getZoom(), ZOOM_FOR_PRECISION[place.precision]);
      this.flyTo({ lon: place.lon, lat: place.lat, zoom });
    });
  }

  private currentView(): MapView {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /** Hover from the list: the same feature-state as a pointer over the marker. */
  hoverPlace(id: string | undefined): void {
    this.whenReady(() => {
      this.setPlaceHover(id ? this.placeIndex.get(id) : undefined);
    });
  }

  /** A gemeente pointed at outside the map (the table): shown as hovered, like the pointer. */
  pointGemeente(code: string | undefined): void {
    this.whenReady(() => {
      this.moveGemeenteHover(code ? gemeenteNumber(code) : undefined);
    });
  }

  /** The chosen gemeente (its profile is open): outlined as selected. */
  selectGemeente(code: string | undefined): void {
    this.whenReady(() => {
      const id = code ? gemeenteNumber(code) : undefined;
      if (this.selectedGemeente !== undefined) {
        this.map.setFeatureState(
          { source: SOURCE_IDS.gemeenten, id: this.selectedGemeente },
          { selected: false },
        );
      }
      this.selectedGemeente = id;
      if (id !== undefined)
        this.map.setFeatureState({ source: SOURCE_IDS.gemeenten, id }, { selected: true });
    });
  }

  setVisibleKinds(kinds: readonly PlaceKind[]): void {
    this.visibleKinds = kinds;
    this.whenReady(() => {
      this.applyVisibility();
    });
  }

  setMode(mode: MapMode): void {
    this.mode = mode;
    this.whenReady(() => {
      this.applyVisibility();
    });
  }

  private applyVisibility(): void {
    const coverage = this.mode === 'coverage';
    const show = (id: string, on: boolean) => {
      if (this.map.getLayer(id))
        this.map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
    };
    show(LAYER_IDS.coverageFill, coverage);
    show(LAYER_IDS.coveragePattern, coverage);
    show(LAYER_IDS.coverageAgePattern, coverage);
    const reach = coverage && this.reachBands !== undefined;
    show(LAYER_IDS.reachFill, reach);
    show(LAYER_IDS.reachPattern, reach);
    for (const kind of PLACE_KINDS) {
      const on = !coverage && this.visibleKinds.includes(kind);
      show(LAYER_IDS.placesHover(kind), on);
      show(LAYER_IDS.placesSelected(kind), on);
      show(LAYER_IDS.placesSymbol(kind), on);
    }
    // The searched spot belongs to the search; Dekking is about whole gemeenten.
    for (const id of [LAYER_IDS.searchedHalo, LAYER_IDS.searchedDot, LAYER_IDS.searchedLabel])
      show(id, !coverage);
    show(LAYER_IDS.gemeenteSearched, !coverage);
    // With the online basemap on, its own names replace ours.
    for (const id of NAME_LAYER_IDS) show(id, !this.onlineBasemap);
  }

  /**
   * Switches the PDOK background on or off. Resolves false (and keeps the embedded basemap) when
   * the online style cannot be loaded, e.g. offline.
   */
  async setOnlineBasemap(online: boolean): Promise<boolean> {
    await new Promise<void>((resolve) => {
      this.whenReady(resolve);
    });
    if (this.onlineBasemap) removeOnlineBasemap(this.map);
    this.useOwnFonts(undefined);
    this.onlineBasemap = false;
    this.map.setPaintProperty(LAYER_IDS.gemeenteFill, 'fill-opacity', 1);
    if (!online) {
      this.applyVisibility();
      return true;
    }
    try {
      const style = await fetchOnlineStyle();
      addOnlineBasemap(this.map, style, LAYER_IDS.land);
      this.onlineBasemap = true;
      // One glyph source per map: the online style's glyphs replace ours, so our text uses its font.
      this.useOwnFonts(style.glyphs ? style.textFont : undefined);
      this.map.setPaintProperty(LAYER_IDS.gemeenteFill, 'fill-opacity', 0);
      this.applyVisibility();
      return true;
    } catch (error) {
      console.warn('Online achtergrondkaart niet geladen', error);
      removeOnlineBasemap(this.map);
      this.useOwnFonts(undefined);
      this.applyVisibility();
      return false;
    }
  }

  /** Our glyphs and fonts, or (while the online basemap is on) its glyphs and this font. */
  private useOwnFonts(onlineFont: readonly string[] | undefined): void {
    if (!onlineFont) this.map.setGlyphs(this.urls.glyphs);
    for (const id of TEXT_LAYER_IDS()) {
      if (!this.map.getLayer(id)) continue;
      const own = id === LAYER_IDS.woonplaatsLabel || id === LAYER_IDS.woonplaatsMainLabel;
      this.map.setLayoutProperty(id, 'text-font', [
        ...(onlineFont ?? (own ? FONTS.regular : FONTS.bold)),
      ]);
    }
  }

  /** Boxes of the country and the provinces, read once from the province boundaries. */
  private areaBounds(): Promise<AreaBounds> {
    const provincies = this.urls.provincies;
    this.areas ??= (
      typeof provincies === 'string'
        ? fetch(provincies).then((response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            return response.json() as Promise<GeoJSON.FeatureCollection>;
          })
        : Promise.resolve(provincies)
    )
      .then(areaBounds)
      .catch((error: unknown) => {
        this.areas = undefined;
        throw error;
      });
    return this.areas;
  }

  private async boundsOf(province: string | undefined): Promise<Bounds> {
    const areas = await this.areaBounds();
    return (province ? areas.provinces.get(province) : undefined) ?? areas.country;
  }

  /**
   * Shows the whole country, or one province, whatever the map showed before (e.g. after a
   * search). Falls back to a fixed box around the country if the boundaries cannot be read.
   */
  showArea(province: string | undefined): void {
    this.boundsOf(province).then(
      (bounds) => {
        this.map.fitBounds(bounds, { padding: FIT_PADDING, essential: false });
      },
      () => {
        this.resetView();
      },
    );
  }

  /**
   * The whole country (or one province) as a PNG with title, legend and source lines, whatever
   * the map on screen shows: drawn by a second, hidden map of a fixed size with the same style,
   * so the picture is the same on a phone and a wide screen.
   */
  async exportPng(info: MapExportInfo, province?: string): Promise<Blob> {
    const bounds = await this.boundsOf(province).catch(() => NL_BOUNDS);
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    Object.assign(container.style, {
      position: 'fixed',
      left: '-10000px',
      top: '0',
      width: `${EXPORT_SIZE.width}px`,
      height: `${EXPORT_SIZE.height}px`,
    });
    document.body.append(container);
    const onScreen: StyleSpecification = this.map.getStyle();
    // The picture is the coverage map with its legend: the reach layer never goes into it.
    const style: StyleSpecification = {
      ...onScreen,
      layers: onScreen.layers.map((layer) =>
        layer.id === LAYER_IDS.reachFill || layer.id === LAYER_IDS.reachPattern
          ? { ...layer, layout: { ...layer.layout, visibility: 'none' } }
          : layer,
      ),
    };
    const copy = new MaplibreMap({
      container,
      style,
      bounds,
      fitBoundsOptions: { padding: 40 },
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: 1,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    try {
      copy.on('styleimagemissing', () => {
        if (!copy.hasImage(ICON_IDS.hatch)) this.addImages(copy);
      });
      // Feature-state is not part of the style: the copy gets the coverage states itself.
      copy.once('load', () => {
        applyCoverage(copy, this.coverageStates);
      });
      await new Promise<void>((resolve, reject) => {
        copy.once('idle', () => {
          resolve();
        });
        copy.once('error', (event: { error: unknown }) => {
          reject(event.error instanceof Error ? event.error : new Error('export map failed'));
        });
      });
      return await composeMapPng(copy.getCanvas(), info);
    } finally {
      copy.remove();
      container.remove();
    }
  }

  flyTo(view: MapView): void {
    this.map.flyTo({ center: [view.lon, view.lat], zoom: view.zoom, essential: false });
  }

  /** Fits the map around points (e.g. the nearest places and the searched location). */
  fitPoints(points: readonly (readonly [number, number])[]): void {
    if (points.length === 0) return;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    this.map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 48, maxZoom: 13, essential: false },
    );
  }

  resetView(): void {
    this.map.fitBounds(NL_BOUNDS, { padding: FIT_PADDING, essential: false });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}
