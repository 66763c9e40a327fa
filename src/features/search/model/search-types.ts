import type { WoonplaatsCentroid } from '../../../shared/model/geo';
import type {
  Gemeente,
  PlaceSummary,
  PlaceKind,
  PostcodeTable,
  Service,
} from '../../../shared/model/schema';
import type { NeedId } from './needs';

/**
 * One search result. A discriminated union so the UI can group by `type` and act on each kind
 * (open a place, zoom to a gemeente, a woonplaats or a postcode area, explain a kind of help)
 * without string parsing. `label` is the name; the UI words the grey second line from the rest (hit-options.ts). A place
 * carries its kind and where it lies, so a query such as "bibliotheek Sneek" can tell the
 * library in Sneek from one that merely matches the word.
 */
export type SearchHit =
  | {
      type: 'place';
      id: string;
      kind: PlaceKind;
      gemeenteCode: string;
      woonplaats: string;
      label: string;
    }
  | { type: 'gemeente'; code: string; provinceName: string; label: string }
  | { type: 'woonplaats'; name: string; gemeenteCode: string; gemeenteName: string; label: string }
  | {
      type: 'postcode';
      pc4: number;
      letters?: string;
      /** The woonplaats most of the area lies in, when the table names one. */
      woonplaats?: string;
      gemeenteCode: string;
      gemeenteName: string;
      label: string;
    }
  | { type: 'need'; need: NeedId; kinds: PlaceKind[]; label: string };

export type SearchHitType = SearchHit['type'];

/** What the index is built from: the loaded dataset plus the PC4 table. */
export interface SearchSources {
  locations: readonly PlaceSummary[];
  services: readonly Service[];
  gemeenten: readonly Gemeente[];
  /** Woonplaatsen with their gemeente; derived from `postcodes` (woonplaatsCentroids) when left out. */
  woonplaatsen?: readonly WoonplaatsCentroid[];
  /** The PC4 table; optional because the app loads it lazily. Without it no postcode hits. */
  postcodes?: PostcodeTable;
}

/**
 * The hits for a query, and whether the first one is a sure match: a whole name typed exactly
 * (or the only name that starts with it), a known postcode, a word for a need. Only a sure match
 * may be chosen by pressing Enter; otherwise the user picks from the list.
 */
export interface SearchResult {
  hits: SearchHit[];
  sure: boolean;
}

/** Search options. */
export interface SearchOptions {
  /** At most this many hits per type (the UI groups by type); default 5. */
  limit?: number;
}
