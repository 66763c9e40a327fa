import {
  AttributionControl,
  GPUInitializationError,
  Map as MaplibreMap,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapView } from '../../shared/model/url-state';
import { DEFAULT_VIEW_BOUNDS, FIT_PADDING } from './camera';
import { buildStyle, SOURCE_IDS, type StyleUrls } from './layers';
import { nl } from './strings';

setWorkerUrl(workerUrl);

/** Thrown when the browser cannot give the map a WebGL2 context. */
export class MapUnavailableError extends Error {}

/** Cheap check before loading anything: MapLibre 6 needs WebGL2. */
function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/**
 * Creates the one MapLibre map of the page with its style, controls and limits (no rotation: north
 * stays up, which a cheap phone's pinch would otherwise turn). `onFailed` is called when the map
 * cannot say anything true: no WebGL, or no boundaries. Throws MapUnavailableError without WebGL2.
 */
export function createMap(
  container: HTMLElement,
  urls: StyleUrls,
  initialView: MapView | undefined,
  onFailed: () => void,
): MaplibreMap {
  if (!hasWebGL2()) throw new MapUnavailableError('WebGL2 is not available');
  let map: MaplibreMap;
  try {
    map = new MaplibreMap({
      container,
      style: buildStyle(urls),
      ...(initialView
        ? { center: [initialView.lon, initialView.lat], zoom: initialView.zoom }
        : { bounds: DEFAULT_VIEW_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } }),
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
  Object.defineProperty(container, 'sjkMap', { value: map, configurable: true });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: nl.map.attribution }),
    'bottom-right',
  );
  map.on('error', (event: { error: unknown; sourceId?: string }) => {
    const basemapSource =
      event.sourceId === SOURCE_IDS.gemeenten || event.sourceId === SOURCE_IDS.provincies;
    if (event.error instanceof GPUInitializationError || basemapSource) onFailed();
  });
  return map;
}
