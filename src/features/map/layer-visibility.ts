import type { Map as MaplibreMap } from 'maplibre-gl';
import { PLACE_KINDS, type PlaceKind } from '../../shared/model/schema';
import { LAYER_IDS, NAME_LAYER_IDS } from './layers';
import type { MapMode } from './map-types';

/** Everything that decides which layers show; the map keeps one of these and redraws from it. */
export interface VisibilityState {
  mode: MapMode;
  kinds: readonly PlaceKind[];
  /** Dekking shows distance bands instead of the status. */
  reach: boolean;
  /** The online basemap is on: its own names replace ours. */
  onlineBasemap: boolean;
}

/**
 * Shows and hides layers from one state, so every switch (mode, kinds, reach, basemap) gives the
 * same picture whatever order they came in. Layers not added yet (places before their data) are
 * skipped and get their turn on the next call.
 */
export function applyVisibility(map: MaplibreMap, state: VisibilityState): void {
  const coverage = state.mode === 'coverage';
  const show = (id: string, on: boolean) => {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  };
  show(LAYER_IDS.coverageFill, coverage);
  show(LAYER_IDS.coveragePattern, coverage);
  show(LAYER_IDS.coverageAgePattern, coverage);
  const reach = coverage && state.reach;
  show(LAYER_IDS.reachFill, reach);
  show(LAYER_IDS.reachPattern, reach);
  for (const kind of PLACE_KINDS) {
    const on = !coverage && state.kinds.includes(kind);
    show(LAYER_IDS.placesHover(kind), on);
    show(LAYER_IDS.placesSelected(kind), on);
    show(LAYER_IDS.placesSymbol(kind), on);
  }
  // The searched spot belongs to the search; Dekking is about whole gemeenten.
  for (const id of [LAYER_IDS.searchedHalo, LAYER_IDS.searchedDot, LAYER_IDS.searchedLabel])
    show(id, !coverage);
  show(LAYER_IDS.gemeenteSearched, !coverage);
  for (const id of NAME_LAYER_IDS) show(id, !state.onlineBasemap);
}
