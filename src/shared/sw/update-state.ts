/**
 * Whether a new version of the app is installed and waiting, for the "Nieuwe versie laden" banner.
 * Kept apart from the registration (register.ts), which loads after the page, so the first view
 * carries only this small store.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
let waiting: ServiceWorker | null = null;
let reloadRequested = false;

/** Only production builds use a service worker: in dev it would serve stale modules. */
export function serviceWorkerEnabled(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/** Called by the registration when a new version starts or stops waiting. */
export function setWaiting(worker: ServiceWorker | null): void {
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

/** True once the user asked for the new version: the page reloads when it takes over. */
export function isReloadRequested(): boolean {
  return reloadRequested;
}

/**
 * Switches to the waiting version: asks it to take over; the registration reloads the page when
 * it controls it. When it already took over (another tab asked first), reloads at once.
 */
export function applyUpdate(): void {
  const worker = waiting;
  if (worker === null) return;
  reloadRequested = true;
  if (worker.state === 'installed') worker.postMessage({ type: 'SKIP_WAITING' });
  else window.location.reload();
}
