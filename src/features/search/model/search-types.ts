import type { PlaceCentroid } from '../../../shared/model/geo';
import type { Gemeente, Location, PostcodeTable, Service } from '../../../shared/model/schema';

/**
 * One search result. A discriminated union so the UI can group by `type` and act on each kind
 * (open a place, zoom to a gemeente, a woonplaats or a postcode area) without string parsing.
 * `label` is the main line, `detail` the grey second line.
 */
export type SearchHit =
  | { type: 'place'; id: string; label: string; detail: string }
  | { type: 'gemeente'; code: string; label: string; detail: string }
  | { type: 'woonplaats'; name: string; gemeenteCode: string; label: string; detail: string }
  | {
      type: 'postcode';
      pc4: number;
      letters?: string;
      gemeenteCode: string;
      label: string;
      detail: string;
    };

/** The kinds of hit, in the order the UI shows its groups. */
export const SEARCH_HIT_TYPES = ['postcode', 'place', 'gemeente', 'woonplaats'] as const;
export type SearchHitType = SearchHit['type'];

/** What the index is built from: the loaded dataset plus the PC4 table. */
export interface SearchSources {
  locations: readonly Location[];
  services: readonly Service[];
  gemeenten: readonly Gemeente[];
  /** Woonplaatsen with their gemeente; derived from `postcodes` (placeCentroids) when left out. */
  woonplaatsen?: readonly PlaceCentroid[];
  /** The PC4 table; optional because the app loads it lazily. Without it no postcode hits. */
  postcodes?: PostcodeTable;
}

/** Search options. */
export interface SearchOptions {
  /** At most this many hits per type (the UI groups by type); default 5. */
  limit?: number;
}
