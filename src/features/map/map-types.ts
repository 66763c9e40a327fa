import type { PlaceKind, Precision } from '../../shared/model/schema';
import type { MapView } from '../../shared/model/url-state';

/**
 * What the map takes in and what it reports: the contract between React (map-view.tsx) and the
 * MapLibre parts, in its own file so the parts and the façade share it without importing each
 * other.
 */

/** A place as the map needs it. */
export interface MapPlace {
  id: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  precision: Precision;
}

/** A gemeente's name at its label point; where names collide, the biggest gemeente wins. */
export interface MapGemeenteName {
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

/**
 * What the map reports up: user actions and its own state, never something React told it. React
 * answers by changing props, which flow back down into the controller's methods.
 */
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

/** Places for "Hulp zoeken", the coverage choropleth for Dekking. */
export type MapMode = 'places' | 'coverage';
