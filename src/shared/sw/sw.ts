/**
 * The service worker: keeps the app and its data usable offline, one version at a time.
 * Built by vite-plugin-pwa (injectManifest) into `sw.js` (the URL earlier versions registered); Workbox fills `self.__WB_MANIFEST` with
 * every built file and a revision per file (see scripts/lib/pwa.ts).
 *
 * - Per-file revisions: an update downloads only the files whose content changed (a data-only
 *   deploy fetches the changed data files, not the whole app again).
 * - One version at a time: page loads, scripts and data all come from this worker's own precache,
 *   so the code and the data a page gets are always from the same deploy. A new version installs
 *   beside it and waits until the page asks for it ("Nieuwe versie laden": SKIP_WAITING).
 * - Lookups ignore `Vary`: hosts (and `vite preview`) send `Vary: Origin`, and a module script or a
 *   preload carries an Origin header that the stored request did not, so a plain lookup misses.
 *   Our precache holds exactly one response per URL and revision, so ignoring Vary is safe.
 */
import SparkMD5 from 'spark-md5';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  entriesFor,
  isKeepMessage,
  NOTE_CACHE,
  NOTE_PATH,
  readFirstVisitNote,
  revisionOf,
} from './keep-plan';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/** Caches of the hand-written worker this one replaces; removed when this one activates. */
const LEGACY_CACHE_PREFIX = 'sjk-';

/**
 * No second download on a first visit: Workbox fetches a file with a revision (the page, the data,
 * the glyphs) with `cache: 'reload'`, past the HTTP cache, so everything the page just loaded came
 * down the wire again. `no-cache` asks the host whether the copy in the HTTP cache is current (a
 * 304 of a few hundred bytes when it is) and downloads it only when it changed: what gets stored is
 * still exactly what the host serves now. Files under assets/ carry their hash in the name and no
 * revision (dontCacheBustURLsMatching): Workbox fetches them with the default mode, from the HTTP
 * cache where the host allows it (immutable, scripts/lib/headers.ts).
 */
const revalidateInsteadOfReload = {
  requestWillFetch: ({ request }: { request: Request }): Promise<Request> =>
    Promise.resolve(
      request.cache === 'reload' ? new Request(request, { cache: 'no-cache' }) : request,
    ),
};

const precache = new PrecacheController({
  fallbackToNetwork: true,
  plugins: [revalidateInsteadOfReload],
});
precache.strategy.matchOptions = { ignoreVary: true };
precache.addToCacheList(self.__WB_MANIFEST);

const SCOPE = self.registration.scope;

/** The page's note for a first install (keep-plan.ts), read once and removed. */
async function takeFirstVisitNote() {
  try {
    const cache = await caches.open(NOTE_CACHE);
    const response = await cache.match(new URL(NOTE_PATH, SCOPE).href);
    await caches.delete(NOTE_CACHE);
    return response ? readFirstVisitNote(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Install. An update installs completely before it may take over (one version at a time). A
 * first install on a slow or Save-Data connection (the page says so in its note) keeps only the
 * page; the page then sends the files it used (from the HTTP cache, not the wire), and the rest
 * follows on a visit over a good connection. Otherwise everything is stored at once, as before.
 */
self.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      const note = await takeFirstVisitNote();
      if (self.registration.active === null && note?.light === true) {
        await keep(entriesFor(precache.getURLsToCacheKeys(), [SCOPE], SCOPE));
      } else {
        await precache.install(event);
      }
    })(),
  );
});
self.addEventListener('activate', (event: ExtendableEvent) => {
  void precache.activate(event);
});

/**
 * Stores the given precache entries that are not stored yet. A file named by its hash comes from
 * the HTTP cache where it is there; a file with a revision is asked with `no-cache` (a 304 when
 * the copy in the HTTP cache is current) and stored only when its content has the revision this
 * worker expects, so a deploy in between never mixes versions: the new worker stores it. A file
 * that cannot be fetched now is left for a later visit.
 */
async function keep(entries: readonly [string, string][]): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  for (const [url, cacheKey] of entries) {
    if (await cache.match(cacheKey, { ignoreVary: true })) continue;
    const revision = revisionOf(cacheKey);
    try {
      const response = await fetch(url, {
        cache: revision === undefined ? 'default' : 'no-cache',
        credentials: 'same-origin',
      });
      if (response.status !== 200 || response.redirected) continue;
      if (revision !== undefined) {
        const body = await response.clone().arrayBuffer();
        if (SparkMD5.ArrayBuffer.hash(body) !== revision) continue;
      }
      await cache.put(cacheKey, response);
    } catch {
      // Offline or refused: kept on a later visit.
    }
  }
}

/** Scripts, styles, data, the favicon and `/` (as index.html): from the precache. */
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/] }));

/**
 * Any other page load inside the app (a path the app does not have as a file) gets this version's
 * index.html too, so a reload never brings a newer page than the data this worker holds. Files the
 * host serves beside the app (`/.well-known/security.txt`, anything with an extension, also with
 * a query such as the embed's `embed.html?gm=…`) go to the network as usual.
 */
registerRoute(
  new NavigationRoute(
    precache.createHandlerBoundToURL(new URL('index.html', self.registration.scope).href),
    { denylist: [/\/\.well-known\//, /\/[^/?]+\.[a-z0-9]+(\?.*)?$/i] },
  ),
);

let claimOnActivate = false;

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && Reflect.get(data, 'type') === 'SKIP_WAITING') {
    claimOnActivate = true;
    void self.skipWaiting();
  }
  if (isKeepMessage(data)) {
    event.waitUntil(keep(entriesFor(precache.getURLsToCacheKeys(), data.urls, SCOPE)));
  }
});

/**
 * A first install does not take over the page that registered it (that page came from the network
 * and may be from another deploy); an update the user asked for does, and the page then reloads.
 */
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(LEGACY_CACHE_PREFIX)).map((n) => caches.delete(n)),
      );
      if (claimOnActivate) await self.clients.claim();
    })(),
  );
});
