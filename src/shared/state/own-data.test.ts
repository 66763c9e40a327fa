import { describe, expect, it } from 'vitest';
import { createCoverageDataset } from '../../../tests/fixtures/coverage-dataset';
import type { OwnRecords } from '../model/own-data';
import type { Evidence } from '../model/schema';
import { createOwnDataStore, OWN_DATA_KEY } from './own-data';

const TODAY = '2026-11-30';
const dataset = createCoverageDataset();

function claim(id: string, code: string, status: 'wel' | 'niet', sourceDate: string): Evidence {
  return {
    id,
    gemeenteCode: code,
    kind: 'sociaal-raadslieden',
    status,
    basis: 'vermeld',
    provenance: {
      source: `https://example.org/${id}`,
      checkedOn: TODAY,
      sourceDate,
      sourceDateHow: 'vermeld',
    },
  };
}

// Heerenveen (GM0074) is niet (2020) in the published fixture: a newer wel wins.
const records: OwnRecords = {
  evidence: [claim('eigen-1', 'GM0074', 'wel', '2026-02')],
  services: [],
  locations: [],
};

/** A Storage that lives in the test, as a new page would find it. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

const store = (storage: Storage) =>
  createOwnDataStore(
    () => storage,
    () => TODAY,
  );

describe('the owner’s rows in the shared store', () => {
  it('gives the map and Dekking the merged status, the owner’s only, or none (published)', () => {
    const own = store(memoryStorage());
    own.load(dataset, records);
    expect(own.get()?.picture?.states.get('GM0074')).toBe('wel-actueel');
    // The published claims still count beside the owner's.
    expect(own.get()?.picture?.states.get('GM0014')).toBe('wel-actueel');
    own.setMode('alleen');
    expect(own.get()?.picture?.states.get('GM0014')).toBe('onbekend');
    own.setShown(false);
    expect(own.get()?.picture).toBeUndefined();
    expect(own.get()?.records).toBe(records);
  });

  it('keeps nothing in the browser unless the owner chooses it', () => {
    const storage = memoryStorage();
    const own = store(storage);
    own.load(dataset, records);
    expect(storage.getItem(OWN_DATA_KEY)).toBeNull();
    expect(own.keep(true)).toBe('bewaard');
    expect(own.get()?.keptOn).toBe(TODAY);

    // A new page reads them back, merged as before.
    const next = store(storage);
    next.restore(dataset);
    expect(next.get()).toMatchObject({ restored: true, keptOn: TODAY, mode: 'samen' });
    expect(next.get()?.picture?.states.get('GM0074')).toBe('wel-actueel');

    next.remove();
    expect(next.get()).toBeUndefined();
    expect(storage.getItem(OWN_DATA_KEY)).toBeNull();
    const after = store(storage);
    after.restore(dataset);
    expect(after.get()).toBeUndefined();
  });

  it('removes a broken entry instead of guessing, and says when keeping fails', () => {
    const storage = memoryStorage();
    storage.setItem(OWN_DATA_KEY, '{"version":1,"records":{"evidence":[{"id":"x"}]}}');
    const own = store(storage);
    own.restore(dataset);
    expect(own.get()).toBeUndefined();
    expect(storage.getItem(OWN_DATA_KEY)).toBeNull();

    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const refused = store(full);
    refused.load(dataset, records);
    expect(refused.keep(true)).toBe('mislukt');
    expect(refused.get()?.keptOn).toBeUndefined();
  });
});
