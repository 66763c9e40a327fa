/**
 * Registers the service worker that keeps the app and its data usable offline
 * (src/shared/sw/sw.ts, built with Workbox) and tells the page, through update-state.ts, when a
 * new version is waiting; the page then offers "Nieuwe versie laden" instead of switching on its
 * own. Loaded after the page has loaded (see main.tsx), so it is not part of the first view.
 */
import { installFree } from './install-timing';
import {
  isSlowConnection,
  NOTE_CACHE,
  NOTE_PATH,
  type ConnectionInfo,
  type FirstVisitNote,
  type KeepMessage,
} from './keep-plan';
import { isReloadRequested, serviceWorkerEnabled, setWaiting } from './update-state';

/** At most one update check per hour when a long-open tab comes back into view. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update waits: a first install has no active worker and activates at once.
  if (registration.waiting !== null && registration.active !== null) {
    setWaiting(registration.waiting);
  }
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    if (installing === null) return;
    installing.addEventListener('statechange', () => {
      const active = registration.active;
      if (installing.state === 'installed' && active !== null && active !== installing) {
        setWaiting(installing);
      }
    });
  });
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  });
}

/**
 * Registers `/sw.js`. Does nothing in dev, in tests and in browsers without service workers.
 * Failures are silent: the app works online without it.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!serviceWorkerEnabled()) return;
  const container = navigator.serviceWorker;
  container.addEventListener('controllerchange', () => {
    if (isReloadRequested()) window.location.reload();
  });
  try {
    const slow = isSlowConnection(connectionInfo());
    if ((await container.getRegistration()) === undefined) await leaveNote({ light: slow });
    const registration = await container
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((r: ServiceWorkerRegistration | undefined) => r);
    // Some environments (e.g. test browsers that block workers) resolve without a registration.
    if (registration === undefined) return;
    watch(registration);
    const ready = await container.ready;
    const send = () => {
      const message: KeepMessage = { type: 'KEEP', urls: slow ? usedUrls() : 'all' };
      ready.active?.postMessage(message);
    };
    send();
    // What the page fetched later (the map, another view) is kept when the user leaves.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') send();
    });
  } catch {
    // Without the worker the app still works online.
  }
}

/** The browser's view of the connection, where it has one (Chromium; not Safari or Firefox). */
function connectionInfo(): ConnectionInfo | undefined {
  const connection: unknown = Reflect.get(navigator, 'connection');
  if (typeof connection !== 'object' || connection === null) return undefined;
  const saveData: unknown = Reflect.get(connection, 'saveData');
  const effectiveType: unknown = Reflect.get(connection, 'effectiveType');
  return {
    ...(typeof saveData === 'boolean' ? { saveData } : {}),
    ...(typeof effectiveType === 'string' ? { effectiveType } : {}),
  };
}

/** Tells a first install how much to keep (keep-plan.ts); the worker removes the note. */
async function leaveNote(note: FirstVisitNote): Promise<void> {
  const cache = await caches.open(NOTE_CACHE);
  const url = new URL(NOTE_PATH, new URL(import.meta.env.BASE_URL, window.location.href)).href;
  await cache.put(url, new Response(JSON.stringify(note)));
}

/** The page and every file it fetched so far (the worker keeps only those of its own list). */
function usedUrls(): string[] {
  return [
    window.location.href,
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ];
}

/** The longest the install waits for the data or the map after the page has loaded. */
const HOLD_LIMIT_MS = 30_000;

function idle(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => {
        done();
      });
    } else setTimeout(done, 1000);
  });
}

/**
 * Registers once the page has settled: the browser is idle and a wanted map
 * is no longer loading (install-timing.ts), or HOLD_LIMIT_MS have passed (a map that fails). The
 * install then takes what the page fetched from the HTTP cache.
 */
export async function registerWhenSettled(): Promise<void> {
  await idle();
  await Promise.race([installFree(), new Promise((done) => setTimeout(done, HOLD_LIMIT_MS))]);
  await idle();
  await registerServiceWorker();
}
