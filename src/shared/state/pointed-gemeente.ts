import { useSyncExternalStore } from 'react';

/**
 * The gemeente a list or table points at (hover or keyboard focus), for the map to show. A tiny
 * store instead of React state in the page: pointing re-renders only what listens (the map's
 * label), not the page and its 342-row table. The pointer over the map itself never comes here:
 * that stays inside the map.
 */
export interface PointedGemeente {
  get: () => string | undefined;
  set: (code: string | undefined) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createPointedGemeente(): PointedGemeente {
  let current: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (code) => {
      if (code === current) return;
      current = code;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const none = () => undefined;
const never = () => () => undefined;

/** The pointed gemeente, re-rendering the caller when it changes (nothing when there is no store). */
export function usePointedGemeente(store: PointedGemeente | undefined): string | undefined {
  return useSyncExternalStore(store?.subscribe ?? never, store?.get ?? none);
}
