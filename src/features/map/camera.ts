import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Precision } from '../../shared/model/schema';
import type { MapView } from '../../shared/model/url-state';
import type { Bounds } from './area-bounds';

/**
 * Room for the attribution along the bottom edge (so it never hides Zuid-Limburg) and for the
 * basemap switch in the top-left corner.
 */
export const FIT_PADDING = { top: 56, right: 24, bottom: 48, left: 24 };

/**
 * The start view: the Netherlands with a little sea around it. Not the same box as `NL_BOUNDS`
 * in the schema, which says where a valid position may lie; this one only frames the picture.
 */
export const DEFAULT_VIEW_BOUNDS: Bounds = [
  [3.2, 50.72],
  [7.3, 53.6],
];

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

/** Where an opened place lies and how sure that position is. */
interface PlaceToShow {
  lon: number;
  lat: number;
  precision: Precision;
}

/**
 * Every camera move the app asks for, and the one thing it remembers: the view before a place was
 * opened, so closing the place returns there and the list beside the map shows the same places.
 * Moves are never `essential`, so reduced motion jumps instead of flying.
 */
export class Camera {
  /** Where the map was when a place was opened; closing the place returns there. */
  private viewBeforeSelection: MapView | undefined;

  constructor(private readonly map: MaplibreMap) {}

  currentView(): MapView {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  flyTo(view: MapView): void {
    this.map.flyTo({ center: [view.lon, view.lat], zoom: view.zoom, essential: false });
  }

  /**
   * Follows the opened place: in to it when one opens (remembering the view the first time), back
   * to the remembered view when it closes. `fly` false only keeps the memory as it is.
   */
  followSelection(place: PlaceToShow | undefined, hadSelection: boolean, fly: boolean): void {
    if (!place) {
      const back = this.viewBeforeSelection;
      this.viewBeforeSelection = undefined;
      if (fly && hadSelection && back) this.flyTo(back);
      return;
    }
    if (!fly) return;
    if (!hadSelection) this.viewBeforeSelection = this.currentView();
    const zoom = Math.max(this.map.getZoom(), ZOOM_FOR_PRECISION[place.precision]);
    this.flyTo({ lon: place.lon, lat: place.lat, zoom });
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

  /** Shows a whole area (the country or a province), whatever the map showed before. */
  fitArea(bounds: Bounds): void {
    this.map.fitBounds(bounds, { padding: FIT_PADDING, essential: false });
  }

  /** The start view, when the boundaries to fit are not at hand. */
  resetView(): void {
    this.fitArea(DEFAULT_VIEW_BOUNDS);
  }
}
