import { parsePostcode } from '../../../shared/model/postcode';
import type { PostcodeTable } from '../../../shared/model/schema';
import type { SearchHit } from './search-types';

/** One PC4 area: its gemeente and woonplaats as the table gives them. */
interface Pc4Area {
  pc4: number;
  gemeenteCode: string;
  place: string | undefined;
}

/** PC4 lookup for the search: by number, and sorted for "starts with" while the digits are typed. */
export interface PostcodeLookup {
  readonly byPc4: ReadonlyMap<number, Pc4Area>;
  readonly sorted: readonly number[];
  readonly gemeenteNames: ReadonlyMap<string, string>;
}

type PostcodeHit = Extract<SearchHit, { type: 'postcode' }>;

/** Four digits and one letter: a full postcode half typed. Looked up as its PC4. */
const HALF_POSTCODE = /^([1-9]\d{3})\s*[a-z]$/i;
/** Two or three digits: the start of a PC4. */
const PC4_START = /^[1-9]\d{1,2}$/;

/** Builds the lookup from the columnar table; `gemeenteNames` gives the detail line its names. */
export function buildPostcodeLookup(
  table: PostcodeTable | undefined,
  gemeenteNames: ReadonlyMap<string, string>,
): PostcodeLookup {
  const byPc4 = new Map<number, Pc4Area>();
  if (!table) return { byPc4, sorted: [], gemeenteNames };
  table.pc4.forEach((pc4, i) => {
    const gemeenteCode = table.gemeenten[table.gemeente[i] ?? -1];
    if (gemeenteCode === undefined) return;
    byPc4.set(pc4, { pc4, gemeenteCode, place: table.places[table.place[i] ?? -1] });
  });
  return { byPc4, sorted: [...byPc4.keys()].sort((a, b) => a - b), gemeenteNames };
}

function toHit(lookup: PostcodeLookup, area: Pc4Area, letters?: string): PostcodeHit {
  return {
    type: 'postcode',
    pc4: area.pc4,
    ...(letters ? { letters } : {}),
    ...(area.place ? { woonplaats: area.place } : {}),
    gemeenteCode: area.gemeenteCode,
    gemeenteName: lookup.gemeenteNames.get(area.gemeenteCode) ?? area.gemeenteCode,
    label: letters ? `${area.pc4} ${letters}` : String(area.pc4),
  };
}

/** Postcode hits; `exact` when the query named one whole PC4 (or full postcode), not its start. */
export interface PostcodeResult {
  hits: PostcodeHit[];
  exact: boolean;
}

/**
 * Hits for a query that looks like a postcode, or undefined when it does not (then the text
 * search runs). A full postcode maps to its PC4 area: the table knows no street level. A PC4
 * that is not in the table gives no hits rather than a guess.
 */
export function searchPostcode(
  lookup: PostcodeLookup,
  query: string,
  limit: number,
): PostcodeResult | undefined {
  const trimmed = query.trim();
  const parsed = parsePostcode(trimmed);
  if (parsed) {
    const area = lookup.byPc4.get(parsed.pc4);
    return { hits: area ? [toHit(lookup, area, parsed.letters)] : [], exact: true };
  }
  const half = HALF_POSTCODE.exec(trimmed);
  if (half?.[1]) {
    const area = lookup.byPc4.get(Number(half[1]));
    return { hits: area ? [toHit(lookup, area)] : [], exact: true };
  }
  if (!PC4_START.test(trimmed)) return undefined;
  const hits = pc4Range(lookup, trimmed)
    .slice(0, limit)
    .map((area) => toHit(lookup, area));
  return { hits, exact: false };
}

/** PC4 areas whose number starts with `digits`, lowest first. */
function pc4Range(lookup: PostcodeLookup, digits: string): Pc4Area[] {
  const scale = 10 ** (4 - digits.length);
  const low = Number(digits) * scale;
  const high = low + scale;
  const areas: Pc4Area[] = [];
  for (const pc4 of lookup.sorted) {
    if (pc4 >= high) break;
    if (pc4 < low) continue;
    const area = lookup.byPc4.get(pc4);
    if (area) areas.push(area);
  }
  return areas;
}
