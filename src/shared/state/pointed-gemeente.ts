/**
 * The gemeente a list or table points at (hover or keyboard focus), for the map to show. A tiny
 * store instead of React state in the page: the map subscribes and draws it itself, so pointing
 * re-renders nothing, not the page and its 342-row table, not even the map's label. The pointer
 * over the map itself never comes here: that stays inside the map.
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
