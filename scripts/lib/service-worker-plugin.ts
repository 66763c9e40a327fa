import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Every cache this app makes starts with this, so `activate` can delete old ones and no others. */
export const CACHE_PREFIX = 'sjk-';

/** How long a page load waits for the network before it uses the stored copy of the app. */
export const NAVIGATION_TIMEOUT_MS = 3000;

/** The file name of the service worker in the build output (and its URL under `base`). */
export const SERVICE_WORKER_FILE = 'sw.js';

export interface PrecacheInput {
  /** Vite's `base`, e.g. `/`. */
  readonly base: string;
  /** File names Vite emitted, relative to the output folder (`assets/index-abc.js`, `index.html`). */
  readonly emitted: readonly string[];
  /** Files in `public/`, relative to it (`favicon.svg`, `data/dataset.json`). */
  readonly publicFiles: readonly string[];
}

/** `base` with exactly one slash at each end. */
function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Files the app never requests as itself: the worker, source maps, hidden folders (`.vite/`). */
function isPrecacheable(file: string): boolean {
  if (file === SERVICE_WORKER_FILE || file.endsWith('.map')) return false;
  return !file.split('/').some((segment) => segment === '' || segment.startsWith('.'));
}

/**
 * The URLs the service worker stores on install: the start page (as `/` and `/index.html`), every
 * emitted asset and every public file (favicon, the data files). Sorted and without duplicates,
 * so the same build always gives the same list and the same cache name.
 */
export function buildPrecacheList(input: PrecacheInput): string[] {
  const base = normaliseBase(input.base);
  const urls = new Set<string>([base, `${base}index.html`]);
  for (const raw of [...input.emitted, ...input.publicFiles]) {
    const file = raw.replaceAll('\\', '/').replace(/^(\.\/|\/)+/, '');
    if (isPrecacheable(file)) urls.add(base + file);
  }
  return [...urls].sort();
}

/**
 * A cache name that changes whenever the list or the content of a file without a hash in its name
 * (index.html, the data files, the favicon) changes, so each deploy gets its own cache and the
 * data always matches the app that came with it.
 */
export function cacheNameFor(
  precache: readonly string[],
  contents: ReadonlyMap<string, string | Uint8Array>,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(precache));
  for (const name of [...contents.keys()].sort()) {
    hash.update(`\0${name}\0`);
    hash.update(contents.get(name) ?? '');
  }
  return `${CACHE_PREFIX}${hash.digest('hex').slice(0, 16)}`;
}

/**
 * The service worker, as plain JavaScript. It stores the app and its data on install and serves
 * them when there is no network:
 * - page loads: network first (at most 3 s), else the stored index.html;
 * - `assets/` and `data/`: the stored copy first. No stale-while-revalidate: data and app must
 *   stay from the same deploy, and a new deploy brings a new cache;
 * - other origins (the optional PDOK basemap) and non-GET requests: not touched.
 * A new version waits until the page sends `{type: 'SKIP_WAITING'}`; only then does it take over
 * open pages (clients.claim), so a page never switches versions halfway unasked.
 */
export function serviceWorkerSource(options: {
  readonly cacheName: string;
  readonly precache: readonly string[];
  readonly base: string;
}): string {
  const base = normaliseBase(options.base);
  return `/* Sociaal-juridische kaart: offline support. Generated at build time; do not edit. */
'use strict';

const CACHE = ${JSON.stringify(options.cacheName)};
const CACHE_PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const BASE = ${JSON.stringify(base)};
const INDEX = ${JSON.stringify(`${base}index.html`)};
const NAVIGATION_TIMEOUT_MS = ${String(NAVIGATION_TIMEOUT_MS)};
const PRECACHE = ${JSON.stringify(options.precache, null, 2)};

let claimOnActivate = false;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => (claimOnActivate ? self.clients.claim() : undefined)),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') {
    claimOnActivate = true;
    self.skipWaiting();
  }
});

/** A stored response without the redirect flag, which page loads may not use. */
function clean(response) {
  if (!response.redirected) return response;
  return response.blob().then(
    (body) =>
      new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      }),
  );
}

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request));
}

function storedIndex() {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(INDEX).then((found) => found || cache.match(BASE)))
    .then((found) => (found ? clean(found) : Response.error()));
}

function networkFirst(request) {
  return new Promise((resolve) => {
    let settled = false;
    const fallBack = () => {
      if (settled) return;
      settled = true;
      resolve(storedIndex());
    };
    const timer = setTimeout(fallBack, NAVIGATION_TIMEOUT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(response);
      },
      () => {
        clearTimeout(timer);
        fallBack();
      },
    );
  });
}

function cacheFirst(request) {
  return fromCache(request).then((found) => found || fetch(request));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
    return;
  }
  if (url.pathname.startsWith(BASE + 'assets/') || url.pathname.startsWith(BASE + 'data/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (PRECACHE.includes(url.pathname)) event.respondWith(cacheFirst(request));
});
`;
}

/** Every file under `dir`, relative to it with forward slashes; empty when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/**
 * Writes `sw.js` into the build: the precache list of everything the build emits plus the public
 * files (favicon, `data/`), under a cache name that changes with every deploy. Build only; the dev
 * server has no service worker.
 */
export function serviceWorkerPlugin(): Plugin {
  let base = '/';
  let publicDir = '';
  return {
    name: 'sjk-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = publicDir === '' ? [] : listFiles(publicDir);
      const precache = buildPrecacheList({ base, emitted: Object.keys(bundle), publicFiles });
      const contents = new Map<string, string | Uint8Array>();
      for (const file of publicFiles) {
        contents.set(`public/${file}`, fs.readFileSync(path.join(publicDir, file)));
      }
      const html = bundle['index.html'];
      if (html?.type === 'asset') contents.set('index.html', html.source);
      const cacheName = cacheNameFor(precache, contents);
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: serviceWorkerSource({ cacheName, precache, base }),
      });
    },
  };
}
