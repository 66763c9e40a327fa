import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  buildPrecacheList,
  cacheNameFor,
  listFiles,
  serviceWorkerPlugin,
  serviceWorkerSource,
} from './service-worker-plugin';

const EMITTED = [
  'index.html',
  'assets/index-abc123.js',
  'assets/index-def456.css',
  'assets/map-view-111.js',
  'assets/maplibre-gl-worker-222.js',
];
const PUBLIC = [
  'favicon.svg',
  'data/dataset.json',
  'data/postcodes.json',
  'data/gemeenten.geojson',
  'data/provincies.geojson',
];

describe('buildPrecacheList', () => {
  it('lists the start page, every emitted asset, the favicon and the data files', () => {
    expect(buildPrecacheList({ base: '/', emitted: EMITTED, publicFiles: PUBLIC })).toEqual([
      '/',
      '/assets/index-abc123.js',
      '/assets/index-def456.css',
      '/assets/map-view-111.js',
      '/assets/maplibre-gl-worker-222.js',
      '/data/dataset.json',
      '/data/gemeenten.geojson',
      '/data/postcodes.json',
      '/data/provincies.geojson',
      '/favicon.svg',
      '/index.html',
    ]);
  });

  it('always has / and /index.html, without duplicates, in a stable order', () => {
    const list = buildPrecacheList({
      base: '/',
      emitted: ['assets/b.js', 'index.html', 'assets/a.js', 'assets/b.js'],
      publicFiles: [],
    });
    expect(list).toEqual(['/', '/assets/a.js', '/assets/b.js', '/index.html']);
    const shuffled = buildPrecacheList({
      base: '/',
      emitted: ['assets/a.js', 'assets/b.js'],
      publicFiles: [],
    });
    expect(shuffled).toEqual(list);
  });

  it('leaves out the worker itself, source maps and hidden folders', () => {
    const list = buildPrecacheList({
      base: '/',
      emitted: ['sw.js', 'assets/a.js', 'assets/a.js.map', '.vite/manifest.json'],
      publicFiles: ['.DS_Store', 'data/.gitkeep'],
    });
    expect(list).toEqual(['/', '/assets/a.js', '/index.html']);
  });

  it('puts everything under the base path and accepts Windows separators', () => {
    expect(
      buildPrecacheList({
        base: '/kaart',
        emitted: ['assets\\a.js'],
        publicFiles: ['/data/dataset.json'],
      }),
    ).toEqual(['/kaart/', '/kaart/assets/a.js', '/kaart/data/dataset.json', '/kaart/index.html']);
  });
});

describe('cacheNameFor', () => {
  const list = ['/', '/index.html', '/data/dataset.json'];

  it('is stable for the same list and content', () => {
    const name = cacheNameFor(list, new Map([['data/dataset.json', '{"a":1}']]));
    expect(name).toMatch(/^sjk-[0-9a-f]{16}$/);
    expect(cacheNameFor(list, new Map([['data/dataset.json', '{"a":1}']]))).toBe(name);
  });

  it('changes when the list or a data file changes', () => {
    const name = cacheNameFor(list, new Map([['data/dataset.json', '{"a":1}']]));
    expect(cacheNameFor(list, new Map([['data/dataset.json', '{"a":2}']]))).not.toBe(name);
    expect(
      cacheNameFor([...list, '/assets/new.js'], new Map([['data/dataset.json', '{"a":1}']])),
    ).not.toBe(name);
  });
});

/** A tiny stand-in for a service worker's global scope, enough to drive the generated script. */
function loadWorker(precache: readonly string[]) {
  const store = new Map<string, { url: string; redirected: boolean }>();
  const listeners = new Map<string, (event: unknown) => void>();
  let networkUp = true;
  const fetched: string[] = [];
  const calls = { skipWaiting: 0, claim: 0 };
  const urlOf = (request: string | { url: string }) =>
    new URL(typeof request === 'string' ? request : request.url, 'https://kaart.example').pathname;
  const cache = {
    addAll: (requests: { url: string }[]) => {
      for (const request of requests) {
        store.set(urlOf(request), { url: urlOf(request), redirected: false });
      }
      return Promise.resolve();
    },
    match: (request: string | { url: string }) => Promise.resolve(store.get(urlOf(request))),
  };
  const scope = {
    location: new URL('https://kaart.example/sw.js'),
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      listeners.set(type, listener);
    },
    skipWaiting: () => {
      calls.skipWaiting += 1;
      return Promise.resolve();
    },
    clients: {
      claim: () => {
        calls.claim += 1;
        return Promise.resolve();
      },
    },
  };
  const context = vm.createContext({
    self: scope,
    caches: {
      open: () => Promise.resolve(cache),
      keys: () => Promise.resolve(['sjk-old', 'other-app', 'sjk-test']),
      delete: () => Promise.resolve(true),
    },
    fetch: (request: { url: string }) => {
      fetched.push(urlOf(request));
      return networkUp
        ? Promise.resolve({ url: urlOf(request), network: true })
        : Promise.reject(new TypeError('Failed to fetch'));
    },
    Request: class {
      constructor(readonly url: string) {}
    },
    Response: { error: () => ({ error: true }) },
    URL,
    setTimeout,
    clearTimeout,
    Promise,
  });
  new vm.Script(serviceWorkerSource({ cacheName: 'sjk-test', precache, base: '/' })).runInContext(
    context,
  );

  const dispatch = (type: string, event: object) => {
    const listener = listeners.get(type);
    if (listener === undefined) throw new Error(`no ${type} listener`);
    listener(event);
  };
  /** Sends a fetch event; resolves to what the worker answered, or undefined when it let it pass. */
  const request = async (url: string, init: { mode?: string; method?: string } = {}) => {
    let answer: Promise<unknown> | undefined;
    dispatch('fetch', {
      request: { url, mode: init.mode ?? 'cors', method: init.method ?? 'GET' },
      respondWith: (response: Promise<unknown>) => {
        answer = response;
      },
    });
    return answer === undefined ? undefined : await answer;
  };
  const waitUntil = async (type: string, event: object = {}) => {
    let pending: Promise<unknown> = Promise.resolve();
    dispatch(type, {
      ...event,
      waitUntil: (promise: Promise<unknown>) => {
        pending = promise;
      },
    });
    await pending;
  };
  return {
    request,
    waitUntil,
    dispatch,
    calls,
    fetched,
    setNetwork: (up: boolean) => {
      networkUp = up;
    },
  };
}

describe('the generated service worker', () => {
  const precache = ['/', '/assets/a.js', '/data/dataset.json', '/favicon.svg', '/index.html'];

  it('serves the app and the data from the cache when the network is down', async () => {
    const worker = loadWorker(precache);
    await worker.waitUntil('install');
    worker.setNetwork(false);
    expect(await worker.request('https://kaart.example/#v=dekking', { mode: 'navigate' })).toEqual({
      url: '/index.html',
      redirected: false,
    });
    expect(await worker.request('https://kaart.example/assets/a.js')).toMatchObject({
      url: '/assets/a.js',
    });
    expect(await worker.request('https://kaart.example/data/dataset.json')).toMatchObject({
      url: '/data/dataset.json',
    });
  });

  it('loads pages from the network first, and assets and data from the cache first', async () => {
    const worker = loadWorker(precache);
    await worker.waitUntil('install');
    expect(await worker.request('https://kaart.example/', { mode: 'navigate' })).toEqual({
      url: '/',
      network: true,
    });
    await worker.request('https://kaart.example/data/dataset.json');
    expect(worker.fetched).toEqual(['/']);
  });

  it('leaves other origins and non-GET requests alone', async () => {
    const worker = loadWorker(precache);
    expect(await worker.request('https://api.pdok.nl/tiles/1/2/3.png')).toBeUndefined();
    expect(
      await worker.request('https://kaart.example/data/x', { method: 'POST' }),
    ).toBeUndefined();
  });

  it('takes over only when the page asks, with SKIP_WAITING', async () => {
    const worker = loadWorker(precache);
    await worker.waitUntil('activate');
    expect(worker.calls).toEqual({ skipWaiting: 0, claim: 0 });
    worker.dispatch('message', { data: { type: 'SKIP_WAITING' } });
    await worker.waitUntil('activate');
    expect(worker.calls).toEqual({ skipWaiting: 1, claim: 1 });
  });
});

describe('serviceWorkerPlugin', () => {
  it('emits sw.js with the bundle, the public files and a content-based cache name', () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-sw-'));
    try {
      fs.mkdirSync(path.join(publicDir, 'data'));
      fs.writeFileSync(path.join(publicDir, 'favicon.svg'), '<svg/>');
      fs.writeFileSync(path.join(publicDir, 'data', 'dataset.json'), '{"version":"1"}');
      expect(listFiles(publicDir)).toEqual(['data/dataset.json', 'favicon.svg']);

      const build = () => {
        const plugin = serviceWorkerPlugin();
        const emitted: { fileName: string; source: string }[] = [];
        const configResolved = plugin.configResolved as (config: object) => void;
        configResolved({ base: '/', publicDir });
        const generateBundle = plugin.generateBundle as (
          this: object,
          options: object,
          bundle: object,
        ) => void;
        generateBundle.call(
          {
            emitFile: (file: { fileName: string; source: string }) => {
              emitted.push(file);
            },
          },
          {},
          {
            'index.html': { type: 'asset', source: '<html></html>' },
            'assets/index-abc.js': { type: 'chunk' },
          },
        );
        const [sw] = emitted;
        if (sw === undefined) throw new Error('sw.js was not emitted');
        return sw;
      };

      const first = build();
      expect(first.fileName).toBe('sw.js');
      expect(first.source).toContain('"/assets/index-abc.js"');
      expect(first.source).toContain('"/data/dataset.json"');
      expect(first.source).toContain('"/favicon.svg"');
      const cacheName = /const CACHE = "(sjk-[0-9a-f]+)"/.exec(first.source)?.[1];
      expect(cacheName).toBeDefined();
      expect(build().source).toBe(first.source);

      fs.writeFileSync(path.join(publicDir, 'data', 'dataset.json'), '{"version":"2"}');
      expect(build().source).not.toContain(`"${cacheName ?? ''}"`);
    } finally {
      fs.rmSync(publicDir, { recursive: true, force: true });
    }
  });
});
