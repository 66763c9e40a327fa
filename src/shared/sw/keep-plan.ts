/**
 * What the offline worker keeps, and when: shared by the page (register.ts) and the worker
 * (sw.ts). Plain functions, so both sides and the unit tests read the same rules.
 *
 * On a slow or Save-Data connection a first visit should cost no more than a visit without the
 * worker: the worker then keeps only the page at install, and the page tells it afterwards which
 * files it used (those come from the HTTP cache, not the wire). The rest follows on a later visit
 * over a good connection. Updates always install completely (one version at a time).
 */

/** Cache Storage is the one store both the page and an installing worker can read at once. */
export const NOTE_CACHE = 'offline-first-visit';
/** The note's key, under the worker's scope. */
export const NOTE_PATH = 'offline-first-visit.json';

/** The note the page leaves before it registers the worker for the first time. */
export interface FirstVisitNote {
  /** Keep only what the page uses (true on a slow or Save-Data connection). */
  light: boolean;
}

/** The message the page sends the active worker: keep these files (or all of them). */
export interface KeepMessage {
  type: 'KEEP';
  urls: string[] | 'all';
}

/** The part of the Network Information API read here (not in every browser, so optional). */
export interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
}

/** Effective types slower than 4G, as the Network Information API names them. */
const SLOW_TYPES = new Set(['slow-2g', '2g', '3g']);

/**
 * A connection on which unasked downloads cost the user time or money: Save-Data is on, or the
 * browser measures it slower than 4G. Unknown (no API) counts as not slow, as before.
 */
export function isSlowConnection(connection: ConnectionInfo | undefined): boolean {
  if (connection === undefined) return false;
  return (
    connection.saveData === true ||
    (connection.effectiveType !== undefined && SLOW_TYPES.has(connection.effectiveType))
  );
}

export function isKeepMessage(data: unknown): data is KeepMessage {
  if (typeof data !== 'object' || data === null) return false;
  if (Reflect.get(data, 'type') !== 'KEEP') return false;
  const urls: unknown = Reflect.get(data, 'urls');
  return urls === 'all' || (Array.isArray(urls) && urls.every((u) => typeof u === 'string'));
}

export function readFirstVisitNote(data: unknown): FirstVisitNote | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const light: unknown = Reflect.get(data, 'light');
  return typeof light === 'boolean' ? { light } : undefined;
}

/**
 * The precache entries (URL → cache key, as Workbox lists them) for the URLs asked: only URLs of
 * this origin that are in the list, compared without query and fragment. The page's own address
 * (`/` or any path of the app) stands for `index.html`.
 */
export function entriesFor(
  cacheKeys: ReadonlyMap<string, string>,
  wanted: readonly string[] | 'all',
  scope: string,
): [string, string][] {
  if (wanted === 'all') return [...cacheKeys];
  const index = new URL('index.html', scope).href;
  const origin = new URL(scope).origin;
  const picked = new Map<string, string>();
  for (const raw of wanted) {
    let url: URL;
    try {
      url = new URL(raw, scope);
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    const plain = `${url.origin}${url.pathname}`;
    const key = cacheKeys.get(plain);
    if (key !== undefined) picked.set(plain, key);
    else if (isPagePath(url.pathname, scope)) {
      const indexKey = cacheKeys.get(index);
      if (indexKey !== undefined) picked.set(index, indexKey);
    }
  }
  return [...picked];
}

/** A path that the worker answers with index.html: the scope itself or a path without a file extension. */
function isPagePath(pathname: string, scope: string): boolean {
  const base = new URL(scope).pathname;
  return pathname.startsWith(base) && !/\.[a-z0-9]+$/i.test(pathname.slice(base.length));
}

/**
 * The revision Workbox put in a cache key (`?__WB_REVISION__=<md5 of the content>`), or undefined
 * for a file whose name carries its hash (assets/). The worker stores a file fetched later only
 * when its content has this revision, so a deploy in between cannot mix versions.
 */
export function revisionOf(cacheKey: string): string | undefined {
  return new URL(cacheKey).searchParams.get('__WB_REVISION__') ?? undefined;
}
