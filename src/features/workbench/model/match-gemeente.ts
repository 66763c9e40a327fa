import Fuse from 'fuse.js';
import { gemeenteNames } from '../../../shared/model/gemeente-aliases';
import { normalise } from '../../../shared/model/normalise';

/**
 * Finds the gemeente a status sheet means: a CBS code, the CBS name as written, or (after the
 * search's normalisation and aliases, or a close spelling) a name that must be confirmed by the
 * person who loaded the sheet. Only an exact code or name is taken without asking: a wrong
 * gemeente would quietly move a claim to another place on the map.
 */

export interface GemeenteRef {
  code: string;
  name: string;
}

/**
 * How a value matched: `code` (GM0363 or 0363), `exact` (the CBS name as written), `normalised`
 * (same letters after dropping case, accents and punctuation: "sudwest fryslan"), `alias` (a
 * name people use: Den Bosch), `spelling` (close to a name: "Amsterdm"). The last three ask for
 * confirmation.
 */
export type MatchHow = 'code' | 'exact' | 'normalised' | 'alias' | 'spelling';

export type GemeenteMatch =
  | { found: true; code: string; name: string; how: MatchHow }
  | { found: false; suggestion?: GemeenteRef; ambiguous?: GemeenteRef[] };

/** True when a match must be confirmed before its rows count. */
export function needsConfirmation(how: MatchHow): boolean {
  return how !== 'code' && how !== 'exact';
}

export interface GemeenteMatcher {
  match(value: string): GemeenteMatch;
}

/** Fuse's score limit for a spelling match; stricter than the search, since nobody sees a list. */
const SPELLING_THRESHOLD = 0.25;

export function gemeenteMatcher(gemeenten: readonly GemeenteRef[]): GemeenteMatcher {
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  const byName = new Map(gemeenten.map((g) => [g.name, g]));
  const byNormalised = new Map<string, { gemeente: GemeenteRef; alias: boolean }>();
  /** Names two gemeenten share without their suffix (Bergen): never matched to either. */
  const ambiguous = new Map<string, GemeenteRef[]>();
  const names: { key: string; gemeente: GemeenteRef }[] = [];
  for (const gemeente of gemeenten) {
    for (const entry of gemeenteNames(gemeente)) {
      const key = normalise(entry.name);
      const taken = byNormalised.get(key);
      if (taken && taken.gemeente.code !== gemeente.code) {
        ambiguous.set(key, [...(ambiguous.get(key) ?? [taken.gemeente]), gemeente]);
      } else byNormalised.set(key, { gemeente, alias: entry.display !== undefined });
      names.push({ key, gemeente });
    }
  }
  for (const key of ambiguous.keys()) byNormalised.delete(key);
  const fuse = new Fuse(names, { keys: ['key'], includeScore: true, threshold: 0.4 });

  return {
    match(value) {
      const text = value.trim();
      const code = /^(?:gm)?(\d{4})$/i.exec(text);
      if (code) {
        const hit = byCode.get(`GM${code[1] ?? ''}`);
        return hit
          ? { found: true, code: hit.code, name: hit.name, how: 'code' }
          : { found: false };
      }
      const exact = byName.get(text);
      if (exact) return { found: true, code: exact.code, name: exact.name, how: 'exact' };
      const key = normalise(text);
      const near = byNormalised.get(key);
      if (near) {
        const { gemeente, alias } = near;
        return {
          found: true,
          code: gemeente.code,
          name: gemeente.name,
          how: alias ? 'alias' : 'normalised',
        };
      }
      if (key === '') return { found: false };
      const several = ambiguous.get(key);
      if (several) return { found: false, ambiguous: several };
      const [best] = fuse.search(key, { limit: 1 });
      if (!best) return { found: false };
      const gemeente = best.item.gemeente;
      if ((best.score ?? 1) <= SPELLING_THRESHOLD) {
        return { found: true, code: gemeente.code, name: gemeente.name, how: 'spelling' };
      }
      return { found: false, suggestion: gemeente };
    },
  };
}
