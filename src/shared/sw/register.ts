/**
 * The service worker that keeps the app and its data usable offline (src/shared/sw/sw.ts, built
 * with Workbox). This module registers it and tells the page when a new
 * version is waiting; the page then offers "Nieuwe versie laden" instead of switching on its own.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
let waiting: ServiceWorker | null = null;
let reloadRequested = false;

/** At most one update check per hour when a long-open tab comes back into view. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Only production builds use a service worker: in dev it would serve stale modules. */
export function serviceWorkerEnabled(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

function setWaiting(worker: ServiceWorker | null): void {
  if (worker === waiting) return;
  waiting = worker;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: is a new version installed and waiting? */
export function isUpdateWaiting(): boolean {
  return waiting !== null;
}

/** For useSyncExternalStore: call `listener` when an update starts or stops waiting. */
export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Switches to the waiting version: asks it to take over, then reloads when it controls the page.
 * When it already took over (another tab asked first), reloads at once.
 */
export function applyUpdate(): void {
  const worker = waiting;
  if (worker === null) return;
  reloadRequested = true;
  if (worker.state === 'installed') worker.postMessage({ type: 'SKIP_WAITING' });
  else window.location.reload();
}

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
 * Registers `/sw.js` after the page has loaded, so it does not compete with the first view.
 * Does nothing in dev, in tests and in browsers without service workers. Failures are silent:
 * the app works online without it.
 */
export function registerServiceWorker(): void {
  if (!serviceWorkerEnabled()) return;
  const container = navigator.serviceWorker;
  container.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });
  const register = (): void => {
    container
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration: ServiceWorkerRegistration | undefined) => {
        // Some environments (e.g. test browsers that block workers) resolve without a registration.
        if (registration !== undefined) watch(registration);
      })
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
