import { normalise } from './normalise';

/**
 * Names people use for a gemeente besides its CBS name, keyed by CBS code. Only names we are sure
 * of: a wrong alias sends people to the wrong place, a missing one only costs a typo search.
 */
export const GEMEENTE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // The official name is 's-Gravenhage; the city itself, and everybody else, says Den Haag.
  GM0518: ['Den Haag'],
  // 's-Hertogenbosch is almost always called Den Bosch, in speech and in writing.
  GM0796: ['Den Bosch'],
  // Official since 1989 only in Frisian; Tietjerksteradeel is the Dutch name it had before.
  GM0737: ['Tietjerksteradeel'],
  // Official since 2009 only in Frisian; Dantumadeel is the Dutch name it had before.
  GM1891: ['Dantumadeel'],
  // Leeuwarden keeps its Dutch official name; Ljouwert is its Frisian name, used on signs there.
  GM0080: ['Ljouwert'],
  // The gemeente is named after its three villages but is known by the largest: Nuenen.
  GM0820: ['Nuenen'],
};

/** A trailing CBS/BAG disambiguation suffix: "(NH.)", "(O.)", "(L.)", "(Gld)", "(ZH.)". */
const PARENTHETICAL_SUFFIX = /\s*\([^()]*\)\s*$/;

/**
 * The name without its parenthetical suffix ("Bergen (NH.)" → "Bergen"), because nobody types
 * the suffix; undefined when there is none. The suffix stays in the label, so two Bergens still
 * look different in the results.
 */
export function withoutSuffix(name: string): string | undefined {
  const stripped = name.replace(PARENTHETICAL_SUFFIX, '');
  return stripped !== name && stripped !== '' ? stripped : undefined;
}

/** One name a gemeente can be found by; `display` is set for aliases the CBS name does not show. */
export interface GemeenteName {
  name: string;
  /** Label to show when this name matched, e.g. "Den Haag ('s-Gravenhage)". */
  display?: string;
}

/**
 * Every name a gemeente is found by: the CBS name, the name without suffix, and the curated
 * aliases. Deduplicated on their normalised form, CBS name first.
 */
export function gemeenteNames(gemeente: { code: string; name: string }): GemeenteName[] {
  const names: GemeenteName[] = [{ name: gemeente.name }];
  const stripped = withoutSuffix(gemeente.name);
  if (stripped) names.push({ name: stripped });
  for (const alias of GEMEENTE_ALIASES[gemeente.code] ?? []) {
    names.push({ name: alias, display: `${alias} (${gemeente.name})` });
  }
  const seen = new Set<string>();
  return names.filter((entry) => {
    const key = normalise(entry.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
