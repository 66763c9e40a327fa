import { useMemo } from 'react';
import type { PlaceKind, PlaceSummary } from '../../shared/model/schema';
import type { PlaceListItem } from './components/place-list';

/** The map's bounds as [west, south, east, north]; undefined before the map has drawn. */
export type MapBounds = [number, number, number, number];

/**
 * The places the map shows, by name: of the chosen kinds and inside `bounds` (all of them
 * before the map has drawn), so the list always mirrors the map.
 */
export function usePlacesInView(
  locations: readonly PlaceSummary[],
  kinds: readonly PlaceKind[],
  bounds: MapBounds | undefined,
): PlaceListItem[] {
  return useMemo(
    () =>
      locations
        .filter(
          (l) =>
            kinds.includes(l.kind) &&
            (!bounds ||
              (l.lon >= bounds[0] &&
                l.lat >= bounds[1] &&
                l.lon <= bounds[2] &&
                l.lat <= bounds[3])),
        )
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((location) => ({ location })),
    [locations, kinds, bounds],
  );
}
