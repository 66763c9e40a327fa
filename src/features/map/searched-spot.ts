import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { SOURCE_IDS } from './layers';
import type { SearchedSpot } from './map-types';
import { nl } from './strings';

/** The text beside the marker: a postcode or woonplaats position is the middle of an area. */
function spotLabel(point: NonNullable<SearchedSpot['point']>): string {
  if (point.kind === 'postcode') return nl.map.spot.postcode(point.name);
  if (point.kind === 'plaats') return nl.map.spot.plaats(point.name);
  return nl.map.spot.punt;
}

/** Marks the searched spot with its label, or clears the mark (a whole gemeente has no spot). */
export function showSearchedSpot(map: MaplibreMap, point: SearchedSpot['point']): void {
  void map.getSource<GeoJSONSource>(SOURCE_IDS.searched)?.setData({
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
}
