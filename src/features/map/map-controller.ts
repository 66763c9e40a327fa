import type { Map as MaplibreMap } from 'maplibre-gl';
import { PLACE_KINDS, type PlaceKind } from '../../shared/model/schema';
import type { CoverageState } from '../../shared/model/coverage';
import type { ReachBand } from '../../shared/model/reach';
import type { MapView } from '../../shared/model/url-state';
import type { Bounds } from './area-bounds';
import { createAreaLookup } from './area-lookup';
import { BasemapSwitch } from './basemap-switch';
import { Camera, DEFAULT_VIEW_BOUNDS } from './camera';
import { createMap } from './create-map';
import { exportMapPicture } from './export-map-picture';
import type { MapExportInfo } from './export-png';
import { GemeentenLayer } from './gemeenten-layer';
import { applyVisibility } from './layer-visibility';
import type { StyleUrls } from './layers';
import { addMapImages } from './map-images';
import type { MapCallbacks, MapGemeenteName, MapMode, MapPlace, SearchedSpot } from './map-types';
import { PlacesLayer } from './places-layer';
import { showSearchedSpot } from './searched-spot';
import { loadWoonplaatsNamesWhenClose } from './woonplaats-names';

// The app names these types from here, the map's one entry point.
export type { MapPlace, SearchedSpot } from './map-types';

/**
 * The map's one entry point for React: map-view.tsx calls its methods when props change (state
 * and URL flow down), and the map reports user actions up through `MapCallbacks`. It creates the
 * map once and hands each job to its part: the gemeenten, the places, the camera, the basemap,
 * the PNG. Calls made before the style has loaded wait for it, in order.
 */
export class MapController {
  private readonly map: MaplibreMap;
  private readonly gemeenten: GemeentenLayer;
  private readonly places: PlacesLayer;
  private readonly camera: Camera;
  private readonly basemap: BasemapSwitch;
  private readonly boundsOf: (province: string | undefined) => Promise<Bounds>;
  private ready = false;
  private readonly pending: (() => void)[] = [];
  private mode: MapMode = 'places';
  private visibleKinds: readonly PlaceKind[] = PLACE_KINDS;
  /** Whether Dekking shows distance bands instead of the status. */
  private reach = false;
  /** The last coverage states, also for the hidden map that draws the PNG. */
  private coverageStates: ReadonlyMap<string, CoverageState> = new Map();

  constructor(
    container: HTMLElement,
    urls: StyleUrls,
    callbacks: MapCallbacks,
    initialView?: MapView,
  ) {
    const map = createMap(container, urls, initialView, callbacks.onFailed);
    this.map = map;
    this.gemeenten = new GemeentenLayer(map, {
      onSelect: callbacks.onSelectGemeente,
      onHover: callbacks.onHoverGemeente,
    });
    this.places = new PlacesLayer(map, callbacks.onSelectPlace);
    this.camera = new Camera(map);
    this.basemap = new BasemapSwitch(map, urls.glyphs);
    this.boundsOf = createAreaLookup(urls.provincies);
    const loadWoonplaatsNames = loadWoonplaatsNamesWhenClose(urls.woonplaatsen);
    map.on('load', () => {
      addMapImages(map);
      this.gemeenten.bindPointer();
      this.ready = true;
      loadWoonplaatsNames(map);
      for (const run of this.pending.splice(0)) run();
    });
    map.once('idle', () => {
      callbacks.onLoaded(this.gemeenten.countDrawn());
    });
    map.on('zoomend', () => {
      if (this.ready) loadWoonplaatsNames(map);
    });
    map.on('moveend', () => {
      const b = map.getBounds();
      callbacks.onMoveEnd(this.camera.currentView(), [
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

  private applyVisibility(): void {
    applyVisibility(this.map, {
      mode: this.mode,
      kinds: this.visibleKinds,
      reach: this.reach,
      onlineBasemap: this.basemap.online,
    });
  }

  /** Gemeente names at their label points, from the dataset the app already has. */
  setGemeenteNames(gemeenten: readonly MapGemeenteName[]): void {
    this.whenReady(() => {
      this.gemeenten.setNames(gemeenten);
    });
  }

  /** Marks the searched spot and outlines its gemeente; undefined clears both. */
  setSearched(spot: SearchedSpot | undefined): void {
    this.whenReady(() => {
      showSearchedSpot(this.map, spot?.point);
      this.gemeenten.markSearched(spot?.gemeenteCode);
    });
  }

  /** The coverage state of every gemeente, as the app computed it: Dekking's colours. */
  setCoverage(states: ReadonlyMap<string, CoverageState>): void {
    this.coverageStates = states;
    this.whenReady(() => {
      this.gemeenten.setCoverage(states);
    });
  }

  /**
   * Dekking's map shows distance (a band per gemeente) instead of status, or status again when
   * undefined. The status layer stays underneath, so hover and click work as before.
   */
  setReach(bands: ReadonlyMap<string, ReachBand> | undefined): void {
    this.reach = bands !== undefined;
    this.whenReady(() => {
      if (bands) this.gemeenten.setReach(bands);
      this.applyVisibility();
    });
  }

  setPlaces(places: readonly MapPlace[]): void {
    this.whenReady(() => {
      this.places.setPlaces(places);
      this.applyVisibility();
    });
  }

  /**
   * Marks the opened place (from the list or the map) as selected and brings it into view.
   * Closing it flies back to where the map was before, so the list beside it shows the same
   * places as before opening.
   */
  selectPlace(id: string | undefined, fly = true): void {
    this.whenReady(() => {
      const { place, hadSelection } = this.places.select(id);
      this.camera.followSelection(place, hadSelection, fly);
    });
  }

  /** Hover from the list: the same feature-state as a pointer over the marker. */
  hoverPlace(id: string | undefined): void {
    this.whenReady(() => {
      this.places.hover(id);
    });
  }

  /** A gemeente pointed at outside the map (the table): shown as hovered, like the pointer. */
  pointGemeente(code: string | undefined): void {
    this.whenReady(() => {
      this.gemeenten.point(code);
    });
  }

  /** The chosen gemeente (its profile is open): outlined as selected. */
  selectGemeente(code: string | undefined): void {
    this.whenReady(() => {
      this.gemeenten.select(code);
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

  /**
   * Switches the PDOK background on or off. Resolves false (and keeps the embedded basemap) when
   * the online style cannot be loaded, e.g. offline.
   */
  async setOnlineBasemap(online: boolean): Promise<boolean> {
    await new Promise<void>((resolve) => {
      this.whenReady(resolve);
    });
    const ok = await this.basemap.set(online);
    this.applyVisibility();
    return ok;
  }

  /**
   * Shows the whole country, or one province, whatever the map showed before (e.g. after a
   * search). Falls back to a fixed box around the country if the boundaries cannot be read.
   */
  showArea(province: string | undefined): void {
    this.boundsOf(province).then(
      (bounds) => {
        this.camera.fitArea(bounds);
      },
      () => {
        this.camera.resetView();
      },
    );
  }

  /** The whole country (or one province) as a PNG, the same whatever the screen shows. */
  async exportPng(info: MapExportInfo, province?: string): Promise<Blob> {
    const bounds = await this.boundsOf(province).catch(() => DEFAULT_VIEW_BOUNDS);
    return exportMapPicture(
      { bounds, style: this.map.getStyle(), coverage: this.coverageStates },
      info,
    );
  }

  /** Fits the map around points (e.g. the nearest places and the searched location). */
  fitPoints(points: readonly (readonly [number, number])[]): void {
    this.camera.fitPoints(points);
  }

  destroy(): void {
    this.map.remove();
  }
}
