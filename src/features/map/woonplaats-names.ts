import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { LABEL_ZOOM, SOURCE_IDS } from './layers';

/**
 * Woonplaats names (≈ 30 KB) are fetched once, when the map first comes close enough to show
 * them: most visits never zoom in that far. Call on load and after every zoom.
 */
export function loadWoonplaatsNamesWhenClose(url: string): (map: MaplibreMap) => void {
  let loaded = false;
  return (map) => {
    if (loaded || map.getZoom() < LABEL_ZOOM.woonplaats - 1) return;
    loaded = true;
    void map.getSource<GeoJSONSource>(SOURCE_IDS.woonplaatsen)?.setData(url);
  };
}
