/**
 * The bench's query set: what people type, typos included, with the answer a person would expect
 * first. An expectation names a type and gemeente, plus the kind of place, woonplaats or PC4
 * where that matters; any record that fits counts (a real or a synthetic Juridisch Loket in
 * Utrecht both answer "juridsch lokett utrecht").
 */
import type { PlaceKind } from '../../src/shared/model/schema';

/** What a result is about, comparable between the search index and the plain Fuse baseline. */
export interface Target {
  type: 'place' | 'gemeente' | 'woonplaats' | 'postcode';
  gemeenteCode: string;
  kind?: PlaceKind;
  name?: string;
  pc4?: number;
  /**
   * For a gemeente: its main woonplaats of the same name. A hit on that woonplaats points at the
   * same spot, so it counts too (the index folds it into the gemeente, the baseline does not).
   */
  town?: string;
}

/** A query and the first answer expected for it. */
export interface BenchQuery {
  query: string;
  expect: Target;
}

/** True when `actual` fits every field the expectation sets. */
export function fits(expect: Target, actual: Target | undefined): boolean {
  if (!actual) return false;
  if (expect.town !== undefined && actual.type === 'woonplaats') {
    return actual.gemeenteCode === expect.gemeenteCode && actual.name === expect.town;
  }
  return (
    expect.type === actual.type &&
    expect.gemeenteCode === actual.gemeenteCode &&
    (expect.kind === undefined || expect.kind === actual.kind) &&
    (expect.name === undefined || expect.name === actual.name) &&
    (expect.pc4 === undefined || expect.pc4 === actual.pc4)
  );
}

const gemeente = (gemeenteCode: string, town?: string): Target =>
  town ? { type: 'gemeente', gemeenteCode, town } : { type: 'gemeente', gemeenteCode };
const place = (kind: PlaceKind, gemeenteCode: string): Target => ({
  type: 'place',
  kind,
  gemeenteCode,
});

/** 22 queries: typos, aliases, suffix-less names, woonplaatsen, postcodes, places by kind. */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  { query: 'juridsch lokett utrecht', expect: place('juridisch-loket', 'GM0344') },
  { query: 'raadslieden zwole', expect: place('sociaal-raadslieden', 'GM0193') },
  { query: 'den bosch', expect: gemeente('GM0796', "'s-Hertogenbosch") },
  { query: 'sudwest fryslan', expect: gemeente('GM1900') },
  { query: 'heteren', expect: { type: 'woonplaats', gemeenteCode: 'GM1734', name: 'Heteren' } },
  { query: '3511 ab', expect: { type: 'postcode', gemeenteCode: 'GM0344', pc4: 3511 } },
  { query: 'bibliotheek amstrdam', expect: place('ido', 'GM0363') },
  { query: 'ido groningn', expect: place('ido', 'GM0014') },
  { query: 'den haag', expect: gemeente('GM0518', 'Den Haag') },
  { query: "'s-gravenhage", expect: gemeente('GM0518', 'Den Haag') },
  { query: 'hengelo', expect: gemeente('GM0164', 'Hengelo') },
  { query: 'amsterdm', expect: gemeente('GM0363', 'Amsterdam') },
  { query: 'roterdam', expect: gemeente('GM0599', 'Rotterdam') },
  { query: 'eindhovn', expect: gemeente('GM0772', 'Eindhoven') },
  { query: 'nijmgen', expect: gemeente('GM0268', 'Nijmegen') },
  { query: 'leeuwaarden', expect: gemeente('GM0080', 'Leeuwarden') },
  { query: 'tietjerksteradeel', expect: gemeente('GM0737') },
  { query: 'bergen op zoom', expect: gemeente('GM0748', 'Bergen op Zoom') },
  { query: 'juridisch loket rotterdam', expect: place('juridisch-loket', 'GM0599') },
  { query: 'sociaal raadslieden almere', expect: place('sociaal-raadslieden', 'GM0034') },
  { query: 'informatiepunt digitale overheid sneek', expect: place('ido', 'GM1900') },
  { query: '6666', expect: { type: 'postcode', gemeenteCode: 'GM1734', pc4: 6666 } },
];
