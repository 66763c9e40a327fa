import type { SearchHit } from './model/search-types';
import { searchText } from './strings';

/**
 * One suggestion as the combobox shows it (the SearchBox's option), with the hit it stands for,
 * so choosing it needs no second search and no lookup table on the side.
 */
export interface HitOption {
  key: string;
  group: string;
  label: string;
  detail: string;
  hit: SearchHit;
}

const GROUP_LABEL: Record<SearchHit['type'], string> = searchText.groups;

/** The grey second line of a suggestion: what kind of place, or where it lies. */
export function hitDetail(hit: SearchHit): string {
  const t = searchText.hit;
  switch (hit.type) {
    case 'place':
      return t.place(hit.kind, hit.woonplaats);
    case 'gemeente':
      return hit.provinceName;
    case 'woonplaats':
      return t.woonplaats(hit.gemeenteName);
    case 'postcode':
      return hit.letters
        ? t.fullPostcode(hit.pc4, hit.woonplaats, hit.gemeenteName)
        : t.postcodeArea(hit.woonplaats, hit.gemeenteName);
    case 'need':
      return t.need(hit.kinds);
  }
}

/** A stable key per hit, so a chosen option maps back to its hit. */
export function hitKey(hit: SearchHit): string {
  switch (hit.type) {
    case 'place':
      return `place:${hit.id}`;
    case 'gemeente':
      return `gemeente:${hit.code}`;
    case 'woonplaats':
      return `woonplaats:${hit.name}|${hit.gemeenteCode}`;
    case 'postcode':
      return `postcode:${hit.pc4}${hit.letters ?? ''}`;
    case 'need':
      return `need:${hit.need}`;
  }
}

/** Groups hits by type in the order their best hit ranks, so the combobox can show headings. */
export function toOptions(hits: readonly SearchHit[]): HitOption[] {
  const order: SearchHit['type'][] = [];
  for (const hit of hits) if (!order.includes(hit.type)) order.push(hit.type);
  return order.flatMap((type) =>
    hits
      .filter((hit) => hit.type === type)
      .map((hit) => ({
        key: hitKey(hit),
        group: GROUP_LABEL[type],
        label: hit.label,
        detail: hitDetail(hit),
        hit,
      })),
  );
}
