import { useState, useSyncExternalStore } from 'react';
import {
  computeCoverage,
  coverageState,
  type CoverageResult,
  type CoverageState,
} from '../model/coverage';
import { localToday } from '../model/freshness';
import { ownDataset, type MergeMode, type OwnRecords } from '../model/own-data';
import type { Dataset } from '../model/schema';

/**
 * The owner's own rows ("Eigen gegevens"), shared by the workbench that loads them, and the
 * Dekking view and the map that show them. A small store outside React, not app state: only the
 * lazy chunks that need it import it, so the first view does not grow. Nothing here leaves the
 * browser: the only place the rows go is this browser's localStorage, and only when the owner
 * chooses "Bewaar in deze browser".
 */

/** localStorage key of the kept rows (one JSON object, see `storedSchema`). */
export const OWN_DATA_KEY = 'sjk-eigen-gegevens';

/** What Dekking and its map show instead of the published picture. */
export interface OwnPicture {
  /** The published dataset with the owner's records merged in (or only theirs). */
  dataset: Dataset;
  coverage: CoverageResult;
  /** The coverage state per gemeente, as the map colours it. */
  states: ReadonlyMap<string, CoverageState>;
}

export interface OwnData {
  records: OwnRecords;
  mode: MergeMode;
  /** Whether Dekking and its map show the owner's picture (false: the published one). */
  shown: boolean;
  /** The day the owner chose to keep the rows in this browser; undefined: gone with the tab. */
  keptOn?: string;
  /** Read back from this browser when the page opened (not loaded in this visit). */
  restored: boolean;
  /** The picture to show; undefined while `shown` is false. */
  picture?: OwnPicture;
}

/** OwnData before its picture is computed. */
type OwnState = Omit<OwnData, 'picture'>;

/** Whether keeping worked: it fails when the browser refuses storage or the rows are too large. */
export type KeepResult = 'bewaard' | 'mislukt';

export interface OwnDataStore {
  get: () => OwnData | undefined;
  subscribe: (listener: () => void) => () => void;
  /** The rows of a new check (or after a confirmation); kept again if the owner chose to keep. */
  load: (dataset: Dataset, records: OwnRecords) => void;
  setMode: (mode: MergeMode) => void;
  setShown: (shown: boolean) => void;
  keep: (keep: boolean) => KeepResult;
  /** "Verwijder mijn gegevens": from this page and from this browser. */
  remove: () => void;
  /** Reads kept rows back, once per page; a broken or outdated entry is removed, not guessed at. */
  restore: (dataset: Dataset) => void;
}

/** What is kept in localStorage: the accepted records and the owner's choices. */
interface Stored {
  version: 1;
  keptOn: string;
  mode: MergeMode;
  shown: boolean;
  records: OwnRecords;
}

/**
 * A kept entry read back; undefined if anything is off (then it is removed, not guessed at).
 */
function parseStored(text: string): Stored | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const entry = json as Partial<Record<keyof Stored, unknown>>;
  const { keptOn, mode, shown, records } = entry;
  if (entry.version !== 1 || typeof keptOn !== 'string' || typeof shown !== 'boolean')
    return undefined;
  if (mode !== 'samen' && mode !== 'alleen') return undefined;
  if (typeof records !== 'object' || records === null) return undefined;
  const { evidence, services, locations } = records as Partial<Record<keyof OwnRecords, unknown>>;
  const ok =
    recordsWith(evidence, (r) => typeof r['gemeenteCode'] === 'string') &&
    recordsWith(services, (r) => Array.isArray(r['serviceArea'])) &&
    recordsWith(locations, (r) => typeof r['lat'] === 'number' && typeof r['lon'] === 'number');
  if (!ok) return undefined;
  return { version: 1, keptOn, mode, shown, records: records as OwnRecords };
}

/**
 * Whether a kept list still has the shape this code reads. Only a light check: the rows were
 * checked by the build's own schemas when loaded, and zod here would add to the first view (its
 * schemas live there). A change to the records' shape bumps `version` instead.
 */
function recordsWith(list: unknown, has: (record: Record<string, unknown>) => boolean): boolean {
  return (
    Array.isArray(list) &&
    list.every((item: unknown) => {
      if (typeof item !== 'object' || item === null) return false;
      const record = item as Record<string, unknown>;
      const provenance = record['provenance'];
      return (
        typeof record['id'] === 'string' &&
        typeof provenance === 'object' &&
        provenance !== null &&
        has(record)
      );
    })
  );
}

function picture(
  dataset: Dataset,
  records: OwnRecords,
  mode: MergeMode,
  today: string,
): OwnPicture {
  const merged = ownDataset(dataset, records, mode);
  const coverage = computeCoverage(merged.gemeenten, merged.services, merged.evidence, today);
  const states = new Map<string, CoverageState>(
    [...coverage.byCode].map(([code, entry]) => [code, coverageState(entry)]),
  );
  return { dataset: merged, coverage, states };
}

/** localStorage, or nothing where the browser refuses it (some private modes throw on access). */
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function createOwnDataStore(
  storage: () => Storage | undefined = browserStorage,
  today: () => string = localToday,
): OwnDataStore {
  let current: OwnData | undefined;
  let base: Dataset | undefined;
  let restoreTried = false;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };

  const save = (data: OwnData, keptOn: string): KeepResult => {
    try {
      const entry: Stored = {
        version: 1,
        keptOn,
        mode: data.mode,
        shown: data.shown,
        records: data.records,
      };
      const target = storage();
      if (!target) return 'mislukt';
      target.setItem(OWN_DATA_KEY, JSON.stringify(entry));
      return 'bewaard';
    } catch {
      return 'mislukt';
    }
  };
  const forget = () => {
    try {
      storage()?.removeItem(OWN_DATA_KEY);
    } catch {
      // Nothing kept, or nothing we may touch: either way nothing is left to remove.
    }
  };

  /** Sets the new state, with its picture recomputed when what it depends on changed. */
  const set = (next: OwnState | undefined, options: { quiet?: boolean } = {}) => {
    if (next?.shown && base) {
      const old = current?.picture;
      const same = old && current?.records === next.records && current.mode === next.mode;
      current = { ...next, picture: same ? old : picture(base, next.records, next.mode, today()) };
    } else {
      current = next;
    }
    if (current?.keptOn) save(current, current.keptOn);
    if (options.quiet) queueMicrotask(emit);
    else emit();
  };
  /** The state without its picture, to change and set again. */
  const state = (data: OwnData, keptOn = data.keptOn): OwnState => ({
    records: data.records,
    mode: data.mode,
    shown: data.shown,
    restored: data.restored,
    ...(keptOn ? { keptOn } : {}),
  });

  return {
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    load: (dataset, records) => {
      base = dataset;
      restoreTried = true;
      set({
        records,
        mode: current?.mode ?? 'samen',
        shown: true,
        restored: false,
        ...(current?.keptOn ? { keptOn: current.keptOn } : {}),
      });
    },
    setMode: (mode) => {
      if (current) set({ ...state(current), mode, shown: true });
    },
    setShown: (shown) => {
      if (current) set({ ...state(current), shown });
    },
    keep: (keep) => {
      if (!current) return 'mislukt';
      if (!keep) {
        forget();
        set(state(current, ''));
        return 'bewaard';
      }
      const keptOn = today();
      const result = save(current, keptOn);
      if (result === 'bewaard') set(state(current, keptOn));
      return result;
    },
    remove: () => {
      forget();
      set(undefined);
    },
    restore: (dataset) => {
      if (restoreTried) return;
      restoreTried = true;
      let text: string | null = null;
      try {
        text = storage()?.getItem(OWN_DATA_KEY) ?? null;
      } catch {
        return;
      }
      if (text === null) return;
      const parsed = parseStored(text);
      if (!parsed) {
        forget();
        return;
      }
      base = dataset;
      const { records, mode, shown, keptOn } = parsed;
      // Called while a view renders: the others (the map) hear of it right after.
      set({ records, mode, shown, keptOn, restored: true }, { quiet: true });
    },
  };
}

/** The one store of this page. */
export const ownDataStore = createOwnDataStore();

/**
 * The owner's rows, re-rendering the caller when they change. With a dataset, rows kept in this
 * browser are read back first (once per page), so the first render already shows them.
 */
export function useOwnData(
  dataset?: Dataset,
  store: OwnDataStore = ownDataStore,
): OwnData | undefined {
  useState(() => {
    if (dataset) store.restore(dataset);
  });
  return useSyncExternalStore(store.subscribe, store.get);
}
