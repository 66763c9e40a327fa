/**
 * The shared checks write one Dutch sentence per problem: "column: what is wrong; what to do".
 * The workbench shows them as a table (column, what is wrong, what to do), so a data owner can
 * work down the list in their spreadsheet.
 */

export interface SplitReason {
  /** The column the reason starts with ("status", "lat/lon"); empty when it names none. */
  column: string;
  what: string;
  todo: string;
}

const COLUMN_PREFIX = /^([a-z][a-z0-9_]*(?:\/[a-z][a-z0-9_]*)?)(?:: | \([^)]*\) )/;
const REQUIRED = /^is verplicht maar leeg(?: \((voorbeeld: [^)]*)\))?$/;

/** What to do when the sentence does not say it itself. */
export const DEFAULT_TODO = 'pas de cel aan in uw bestand en laad het opnieuw';

export function splitReason(reason: string): SplitReason {
  const prefix = COLUMN_PREFIX.exec(reason);
  const column = prefix?.[1] ?? '';
  const rest = prefix ? reason.slice(prefix[0].length) : reason;
  const required = REQUIRED.exec(rest);
  if (required) {
    return {
      column,
      what: 'de cel is leeg, maar moet ingevuld zijn',
      todo: required[1] ? `vul de cel in (${required[1]})` : 'vul de cel in',
    };
  }
  const split = rest.indexOf('; ');
  if (split < 0) return { column, what: rest, todo: DEFAULT_TODO };
  return { column, what: rest.slice(0, split), todo: rest.slice(split + 2) };
}
