import { nl } from '../../shared/i18n/nl';
import type { PlaceKind } from '../../shared/model/schema';
import type { SearchHitType } from './model/search-types';

/**
 * The words of the search suggestions: the group headings and the grey second line of each
 * suggestion. The search model returns data (kinds, names, codes); these say it in Dutch.
 */
export const searchText = {
  groups: {
    need: 'Soort hulp',
    place: 'Plaatsen en organisaties',
    gemeente: 'Gemeenten',
    woonplaats: 'Woonplaatsen',
    postcode: 'Postcodes',
  } satisfies Record<SearchHitType, string>,
  /** Detail lines of the suggestions. */
  hit: {
    place: (kind: PlaceKind, place: string) => `${nl.kindsShort[kind]} · ${place}`,
    woonplaats: (gemeenteName: string) => `gemeente ${gemeenteName}`,
    postcodeArea: (place: string | undefined, gemeenteName: string) =>
      place ? `${place}, gemeente ${gemeenteName}` : `gemeente ${gemeenteName}`,
    /** A full postcode is looked up by its four digits only: the table has no street level. */
    fullPostcode: (pc4: number, place: string | undefined, gemeenteName: string) =>
      `Gebied ${pc4}: ${place ? `${place}, gemeente ${gemeenteName}` : `gemeente ${gemeenteName}`}. We zoeken alleen op de 4 cijfers.`,
    need: (kinds: readonly PlaceKind[]) => kinds.map((kind) => nl.kinds[kind]).join(' · '),
  },
} as const;
