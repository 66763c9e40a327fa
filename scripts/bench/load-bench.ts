/**
 * The load part of `npm run bench`: how long a resident on a cheap phone with a slow connection
 * (and someone on a desktop) waits. Cold loads of the built app in headless Chromium, per view
 * (the start view and Dekking) and per profile (Lighthouse's mobile throttling: 4x CPU, slow 4G;
 * and an unthrottled desktop): first and largest contentful paint, search usable, the first
 * answer after typing a postcode, the first places listed (Dekking: the table), the map drawn,
 * layout shift (CLS), long tasks and bytes on the wire. Timings are reported, never asserted: a
 * shared 2-core machine is too noisy for a hard gate.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { startStaticServer } from '../../tests/e2e/static-server';
import { cacheControlFor } from '../lib/headers';

const DOWNLOAD_KBPS = 1.6 * 1024 * 0.9;
const UPLOAD_KBPS = 750 * 0.9;
/** Lighthouse's "slow 4G" as DevTools applies it: RTT 150 ms × 3.75, throughput × 0.9, in bytes/s. */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: Math.floor((DOWNLOAD_KBPS * 1024) / 8),
  uploadThroughput: Math.floor((UPLOAD_KBPS * 1024) / 8),
} as const;

/** A device and connection to load the app with. */
export interface Profile {
  name: 'phone' | 'desktop';
  viewport: { width: number; height: number };
  /** CDP network conditions; undefined: the loopback as it is. */
  network: typeof SLOW_4G | undefined;
  cpuSlowdown: number;
}

/** Lighthouse's mobile viewport (at device pixel ratio 1 so software WebGL does not dominate). */
export const PROFILES: readonly Profile[] = [
  { name: 'phone', viewport: { width: 412, height: 823 }, network: SLOW_4G, cpuSlowdown: 4 },
  { name: 'desktop', viewport: { width: 1350, height: 940 }, network: undefined, cpuSlowdown: 1 },
];

/**
 * Round trips a milestone cannot do without, whatever the bytes: for the first view the page,
 * its scripts (module and preloads in parallel) and its data file, plus opening the connection;
 * for the map once wanted its chunk, then its worker and boundary files (in parallel), then the
 * glyphs of its labels.
 */
const ROUND_TRIPS = { firstView: 4, map: 3 } as const;

/**
 * The wire limit of a milestone: the time its bytes need at the profile's bandwidth plus its
 * unavoidable round trips. A ratio of 1.0 means the app adds no time of its own; undefined on an
 * unthrottled profile, where the limit is close to zero and a ratio says nothing.
 */
export function wireLimitMs(
  bytes: number,
  roundTrips: number,
  network: Profile['network'],
): number | undefined {
  if (!network) return undefined;
  return (bytes / network.downloadThroughput) * 1000 + roundTrips * network.latency;
}

/** The views measured: the start view (search) and the coverage view (Dekking). */
export const VIEWS = [
  { name: 'start', hash: '' },
  { name: 'dekking', hash: '#v=dekking' },
] as const;
export type ViewName = (typeof VIEWS)[number]['name'];

/** What the benchmark types into the search field: a postcode, as a resident would. */
const POSTCODE = '3511';
const DEFAULT_RUNS = 3;
const MILESTONE_TIMEOUT_MS = 120_000;
const BINDING = '__benchMark';

export const MILESTONES = ['searchUsable', 'firstResults', 'tableShown', 'mapDrawn'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Which milestones a view has: Dekking has no search field and shows a table, not a list. */
const VIEW_MILESTONES: Record<ViewName, readonly Milestone[]> = {
  start: ['searchUsable', 'firstResults', 'mapDrawn'],
  dekking: ['tableShown', 'mapDrawn'],
};

/** Every figure of one cold load (times in ms after navigation start). */
export interface LoadRun {
  marks: Partial<Record<Milestone, number>>;
  fcp: number | undefined;
  lcp: number | undefined;
  cls: number;
  /** Sum of the main thread's long tasks (> 50 ms) until the map was drawn. */
  longTasksMs: number;
  /** From the first key of the postcode until its suggestion is listed (start view only). */
  firstAnswerMs: number | undefined;
  /** Bytes on the wire (headers included) until the map was drawn. */
  bytes: number;
  /**
   * Bytes the page had received (Resource Timing transfer sizes, headers included) when the
   * search field was usable (start view) or the table shown. Counted in the page, not at the
   * host: the host hands a file to the socket long before the throttled browser has it, so a
   * file requested beside the first view would count although it was not needed for it.
   */
  bytesFirstView: number | undefined;
  /**
   * When the map was wanted (ms after navigation start): 0 where it is in view at once (desktop);
   * on a phone, when the bench scrolled to it after the first view had settled.
   */
  mapWantedAt: number;
  /** Bytes on the wire once the first view had settled, before the map was wanted. */
  bytesBeforeMap: number;
  /** Long tasks until the map was wanted (what typing in the search competes with). */
  longTasksBeforeMapMs: number;
  /** Map files (MapLibre chunk, worker, boundaries) requested before the map was wanted. */
  mapFilesEarly: number;
  /** With `serviceWorker`: bytes once the worker is installed and the network is quiet. */
  bytesWithInstall: number | undefined;
  /** What the Playwright role locators found wrong (the in-page probes use plain selectors). */
  problems: string[];
}

/** The figures of one view under one profile. */
export interface LoadCase {
  view: ViewName;
  profile: Profile['name'];
  runs: LoadRun[];
  failures: string[];
}

export type LoadBenchResult =
  { skipped: string } | { cases: LoadCase[]; encoding: string; profiles: readonly Profile[] };

export interface LoadBenchOptions {
  runs?: number;
  /**
   * Serve compressed files like a real host (default): the build's precompressed `.br` when it
   * wrote them, else gzip on the fly. False measures the raw files.
   */
  gzip?: boolean;
  /**
   * Let the app install its service worker, with the HTTP cache on and the host sending its
   * deploy cache headers (and ETags): what a first visit costs with the install (default: off,
   * cache off).
   */
  serviceWorker?: boolean;
  /**
   * The throttled profile's round-trip time in ms instead of Lighthouse's 562.5 (150 × 3.75):
   * `--rtt 150` gives the "150 ms per request" that issue 19 measured its goals with.
   */
  rttMs?: number;
  /** Only these views or profiles (default: all). */
  views?: readonly ViewName[];
  profiles?: readonly Profile['name'][];
}

/**
 * Init script: records `performance.now()` (ms since navigation start) into `window.__marks` the
 * first time each milestone holds, checked on every DOM mutation and every 100 ms (for changes
 * that only CSS makes), and reports each to Node. Serialised into the page: self-contained.
 */
function recordMilestones(binding: string): void {
  const marks: Record<string, number> = {};
  Reflect.set(window, '__marks', marks);
  const vitals = { fcp: -1, lcp: -1, cls: 0, longTasks: 0 };
  Reflect.set(window, '__vitals', vitals);
  const observe = (type: string, each: (entry: PerformanceEntry) => void): void => {
    try {
      new PerformanceObserver((list) => {
        list.getEntries().forEach(each);
      }).observe({ type, buffered: true });
    } catch {
      // This entry type is not supported: the figure stays empty.
    }
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    vitals.lcp = entry.startTime;
  });
  observe('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) vitals.cls += shift.value;
  });
  observe('longtask', (entry) => {
    vitals.longTasks += entry.duration;
  });
  const name = (input: HTMLInputElement): string =>
    input.getAttribute('aria-label') ??
    [...(input.labels ?? [])].map((label) => label.textContent).join(' ');
  /** Bytes of the page and every response that had ended by `now`. */
  const received = (now: number): number =>
    [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].reduce(
      (sum, entry) =>
        entry instanceof PerformanceResourceTiming &&
        entry.responseEnd > 0 &&
        entry.responseEnd <= now
          ? sum + entry.transferSize
          : sum,
      0,
    );
  const checks: Record<string, () => boolean> = {
    searchUsable: () =>
      [...document.querySelectorAll<HTMLInputElement>('input[role="combobox"]')].some(
        (input) =>
          name(input).trim() === 'Zoek hulp' &&
          input.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
          !input.disabled &&
          !input.readOnly &&
          input.getAttribute('aria-disabled') !== 'true',
      ),
    firstResults: () =>
      [...document.querySelectorAll('[aria-label="Plaatsen"]')].some(
        (list) => list.querySelector('button') !== null,
      ),
    tableShown: () =>
      [...document.querySelectorAll('table caption')].some((caption) =>
        caption.textContent.startsWith('Dekking per gemeente'),
      ),
    mapDrawn: () =>
      [...document.querySelectorAll('[aria-label="Kaart"] [role="status"]')].some((status) =>
        status.textContent.trim().startsWith('Kaart geladen'),
      ),
  };
  const check = (): void => {
    const now = performance.now();
    for (const [milestone, holds] of Object.entries(checks)) {
      if (marks[milestone] === undefined && holds()) {
        marks[milestone] = now;
        const report = Reflect.get(window, binding) as
          ((m: string, ms: number, received: number) => void) | undefined;
        report?.(milestone, now, received(now));
      }
    }
    if (Object.keys(marks).length === Object.keys(checks).length) {
      observer.disconnect();
      clearInterval(timer);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const timer = setInterval(check, 100);
}

/** The front the browser talks to, and how many bytes it has put on the wire so far. */
interface Host {
  baseUrl: string;
  /** The content encodings it has sent (br, gzip, none). */
  encodings: Set<string>;
  /** Paths requested so far, in order. */
  requests: string[];
  bytesWritten(): number;
  close(): void;
}

/**
 * A front for the static server that gzips like a real host would (unless `gzip` is false) and
 * counts the bytes written to its sockets. Counting here, not with CDP `Network.loadingFinished`:
 * the map's worker script and the boundaries it fetches are reported on the worker's target, and
 * Chromium 14x reports the worker script's `encodedDataLength` as its headers only.
 */
async function startHost(upstream: string, distDir: string, gzip: boolean): Promise<Host> {
  const cache = new Map<
    string,
    { status: number; body: Buffer; headers: Record<string, string> }
  >();
  const sockets = new Set<Socket>();
  const encodings = new Set<string>();
  const requests: string[] = [];
  let closedBytes = 0;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const acceptsBrotli = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const key = `${acceptsBrotli ? 'br' : 'gzip'} ${url}`;
    void (async () => {
      let entry = cache.get(key);
      if (!entry) {
        const response = await fetch(new URL(url, upstream));
        const raw = Buffer.from(await response.arrayBuffer());
        const headers = Object.fromEntries(response.headers);
        const text = /text|json|javascript|svg|manifest/.test(headers['content-type'] ?? '');
        const pathname = new URL(url, upstream).pathname.replace(/\/$/, '/index.html');
        const brotli = path.join(distDir, `${pathname}.br`);
        let body = raw;
        if (gzip && text && acceptsBrotli && response.ok && fs.existsSync(brotli)) {
          body = fs.readFileSync(brotli);
          headers['content-encoding'] = 'br';
        } else if (gzip && text) {
          body = gzipSync(raw, { level: 6 });
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = String(body.length);
        // As a real host: the deploy's cache rules (scripts/lib/headers.ts) and a validator, so a
        // browser with its cache on can revalidate instead of downloading again.
        const cacheControl = cacheControlFor(new URL(url, upstream).pathname);
        if (cacheControl) headers['cache-control'] = cacheControl;
        headers.etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        entry = { status: response.status, body, headers };
        cache.set(key, entry);
        encodings.add(headers['content-encoding'] ?? 'none');
      }
      if (entry.status === 200 && req.headers['if-none-match'] === entry.headers.etag) {
        const headers = Object.entries(entry.headers).filter(([name]) => name !== 'content-length');
        res.writeHead(304, Object.fromEntries(headers)).end();
        return;
      }
      res.writeHead(entry.status, entry.headers).end(entry.body);
    })().catch((error: unknown) => {
      res.writeHead(502).end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    encodings,
    requests,
    bytesWritten: () => [...sockets].reduce((sum, s) => sum + s.bytesWritten, closedBytes),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The files of the map: MapLibre's chunk, its worker and the boundary files. */
function isMapFile(url: string): boolean {
  return /map-view-|maplibre-gl-worker|(gemeenten|provincies|land)\.geojson/.test(url);
}

/** Resolves once the host has sent nothing for `ms` (checked every 100 ms). */
async function quiet(host: Host, ms = 1500): Promise<void> {
  let last = host.bytesWritten();
  let since = Date.now();
  for (;;) {
    await new Promise((done) => setTimeout(done, 100));
    const now = host.bytesWritten();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= ms) return;
  }
}

/** Types the postcode key by key and returns ms from the first key until its suggestion shows. */
async function firstAnswer(page: Page): Promise<number> {
  const field = page.getByRole('combobox', { name: 'Zoek hulp' });
  const option = page.getByRole('option', { name: new RegExp(POSTCODE) }).first();
  const started = await page.evaluate(() => performance.now());
  await field.pressSequentially(POSTCODE);
  await option.waitFor({ timeout: MILESTONE_TIMEOUT_MS });
  return (await page.evaluate(() => performance.now())) - started;
}

/** One cold load in a fresh context with the cache off; throws when a milestone never comes. */
async function measureRun(
  browser: Browser,
  host: Host,
  profile: Profile,
  view: (typeof VIEWS)[number],
  serviceWorker = false,
): Promise<LoadRun> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  try {
    const marks: Partial<Record<Milestone, number>> = {};
    const bytesBefore = host.bytesWritten();
    const requestsBefore = host.requests.length;
    let bytes = 0;
    let bytesFirstView: number | undefined;
    let mapDrawn: () => void = () => undefined;
    const mapPromise = new Promise<void>((done) => (mapDrawn = done));
    let searchUsable: () => void = () => undefined;
    const searchPromise = new Promise<void>((done) => (searchUsable = done));
    let tableShown: () => void = () => undefined;
    const tablePromise = new Promise<void>((done) => (tableShown = done));
    await context.exposeFunction(BINDING, (milestone: Milestone, ms: number, received: number) => {
      marks[milestone] = ms;
      if (milestone === 'searchUsable' || milestone === 'tableShown') bytesFirstView ??= received;
      if (milestone === 'searchUsable') searchUsable();
      if (milestone === 'tableShown') tableShown();
      if (milestone === 'mapDrawn') {
        bytes = host.bytesWritten() - bytesBefore;
        mapDrawn();
      }
    });
    await context.addInitScript({
      // tsx keeps function names with a `__name` helper that the page does not have.
      content: `var __name = (f) => f; (${recordMilestones.toString()})(${JSON.stringify(BINDING)});`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !serviceWorker });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    if (profile.cpuSlowdown > 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    }

    await page.goto(`${host.baseUrl}/${view.hash}`, { waitUntil: 'commit' });
    let timeout: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, fail) => {
      timeout = setTimeout(() => {
        fail(new Error(`no "Kaart geladen" within ${MILESTONE_TIMEOUT_MS} ms`));
      }, MILESTONE_TIMEOUT_MS);
    });
    let answer: Promise<number> | undefined;
    if (view.name === 'start') {
      answer = Promise.race([searchPromise.then(() => firstAnswer(page)), deadline]);
    }
    const firstAnswerMs = await answer;
    if (view.name === 'dekking') await Promise.race([tablePromise, deadline]);
    // The first view settles; then a phone user scrolls to the map (on a wide screen it is in
    // view from the start, so it was wanted at once).
    await Promise.race([quiet(host), deadline]);
    const bytesBeforeMap = host.bytesWritten() - bytesBefore;
    const mapFilesEarly = host.requests.slice(requestsBefore).filter(isMapFile).length;
    const longTasksBeforeMapMs = await page.evaluate(
      () => (Reflect.get(window, '__vitals') as { longTasks: number }).longTasks,
    );
    let mapWantedAt = 0;
    if (profile.name === 'phone') {
      mapWantedAt = await page.evaluate(() => performance.now());
      await page.getByRole('region', { name: 'Kaart', exact: true }).evaluate((element) => {
        element.scrollIntoView({ block: 'center' });
      });
    }
    await Promise.race([mapPromise, deadline]);
    let bytesWithInstall: number | undefined;
    if (serviceWorker) {
      await Promise.race([
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return registration.active?.state;
        }),
        deadline,
      ]);
      await Promise.race([quiet(host), deadline]);
      bytesWithInstall = host.bytesWritten() - bytesBefore;
    }
    clearTimeout(timeout);
    const missing = VIEW_MILESTONES[view.name].filter((m) => marks[m] === undefined);
    if (missing.length > 0) throw new Error(`milestones never reached: ${missing.join(', ')}`);
    // Let the last paints and shifts reach the observers.
    await page.waitForTimeout(500);
    const vitals = await page.evaluate(
      () =>
        Reflect.get(window, '__vitals') as {
          fcp: number;
          lcp: number;
          cls: number;
          longTasks: number;
        },
    );

    const problems: string[] = [];
    if (view.name === 'start') {
      const list = page.getByRole('list', { name: 'Plaatsen' }).getByRole('button');
      if ((await list.count()) === 0) problems.push('no button in the list "Plaatsen"');
    }
    const region = page.getByRole('region', { name: 'Kaart', exact: true });
    const loaded = region.getByRole('status').filter({ hasText: /^Kaart geladen/ });
    if ((await loaded.count()) === 0) problems.push('no "Kaart geladen" status in region "Kaart"');
    return {
      marks,
      fcp: vitals.fcp >= 0 ? vitals.fcp : undefined,
      lcp: vitals.lcp >= 0 ? vitals.lcp : undefined,
      cls: vitals.cls,
      longTasksMs: vitals.longTasks,
      firstAnswerMs,
      bytes,
      bytesFirstView,
      mapWantedAt,
      bytesBeforeMap,
      longTasksBeforeMapMs,
      mapFilesEarly,
      bytesWithInstall,
      problems,
    };
  } finally {
    await context.close();
  }
}

/** The median of the numbers that are there; undefined when none are. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Loads the built app in `distDir` `runs` times per view and profile, cold, alternating views so
 * a noisy moment on the machine does not hit one view only. Returns `{ skipped }` instead of
 * failing when there is no build.
 */
export async function runLoadBench(
  distDir: string,
  options: LoadBenchOptions = {},
): Promise<LoadBenchResult> {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    return { skipped: `no build in ${distDir}: run npm run build first` };
  }
  const server = await startStaticServer(distDir);
  const host = await startHost(server.baseUrl, distDir, options.gzip !== false);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const views = VIEWS.filter((v) => options.views?.includes(v.name) ?? true);
  const { rttMs } = options;
  const profiles = PROFILES.filter((p) => options.profiles?.includes(p.name) ?? true).map(
    (p): Profile =>
      p.network && rttMs !== undefined ? { ...p, network: { ...p.network, latency: rttMs } } : p,
  );
  const cases: LoadCase[] = [];
  for (const profile of profiles) {
    for (const view of views) {
      cases.push({ view: view.name, profile: profile.name, runs: [], failures: [] });
    }
  }
  try {
    for (let i = 0; i < (options.runs ?? DEFAULT_RUNS); i += 1) {
      for (const profile of profiles) {
        for (const view of views) {
          const entry = cases.find((c) => c.view === view.name && c.profile === profile.name);
          if (!entry) continue;
          try {
            entry.runs.push(
              await measureRun(browser, host, profile, view, options.serviceWorker === true),
            );
          } catch (error) {
            entry.failures.push(
              `run ${i + 1}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
      }
    }
  } finally {
    await browser.close();
    host.close();
    await server.close();
  }
  return { cases, encoding: [...host.encodings].sort().join('+'), profiles };
}

const LABELS: Record<Milestone, string> = {
  searchUsable: 'search usable',
  firstResults: 'first places listed',
  tableShown: 'table shown',
  mapDrawn: 'map drawn',
};

/** The rows of one case: label and the median (ms, or the unit given). */
function caseRows(c: LoadCase, network: Profile['network']): [string, string][] {
  const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
  const rows: [string, string][] = [
    ['first contentful paint (ms)', ms(median(c.runs.map((r) => r.fcp)))],
    ['largest contentful paint (ms)', ms(median(c.runs.map((r) => r.lcp)))],
  ];
  for (const milestone of VIEW_MILESTONES[c.view]) {
    rows.push([`${LABELS[milestone]} (ms)`, ms(median(c.runs.map((r) => r.marks[milestone])))]);
  }
  if (c.view === 'start') {
    rows.push([
      `first answer after typing ${POSTCODE} (ms)`,
      ms(median(c.runs.map((r) => r.firstAnswerMs))),
    ]);
  }
  // Each time against the wire limit of its own bytes (see wireLimitMs), per run, then the median.
  const ratio = (values: (number | undefined)[]) => {
    const m = median(values);
    return m === undefined ? '–' : `${m.toFixed(2)}×`;
  };
  const firstViewMark = c.view === 'start' ? 'searchUsable' : 'tableShown';
  rows.push([
    `${LABELS[firstViewMark]} ÷ wire limit`,
    ratio(
      c.runs.map((r) => {
        const at = r.marks[firstViewMark];
        const limit =
          r.bytesFirstView === undefined
            ? undefined
            : wireLimitMs(r.bytesFirstView, ROUND_TRIPS.firstView, network);
        return at === undefined || limit === undefined ? undefined : at / limit;
      }),
    ),
  ]);
  rows.push([
    'map drawn after wanted ÷ wire limit',
    ratio(
      c.runs.map((r) => {
        const drawn = r.marks.mapDrawn;
        // On a wide screen the map is wanted at once: its limit counts the first view's bytes too.
        const mapBytes = r.mapWantedAt > 0 ? r.bytes - r.bytesBeforeMap : r.bytes;
        const trips = ROUND_TRIPS.map + (r.mapWantedAt > 0 ? 0 : ROUND_TRIPS.firstView);
        const limit = wireLimitMs(Math.max(0, mapBytes), trips, network);
        return drawn === undefined || limit === undefined
          ? undefined
          : Math.max(0, drawn - r.mapWantedAt) / limit;
      }),
    ),
  ]);
  const cls = median(c.runs.map((r) => r.cls));
  rows.push(['layout shift (CLS)', cls === undefined ? '–' : cls.toFixed(3)]);
  rows.push(['long tasks until map (ms)', ms(median(c.runs.map((r) => r.longTasksMs)))]);
  const kib = (value: number | undefined) =>
    value === undefined ? '–' : (value / 1024).toFixed(1);
  rows.push([
    'map drawn after wanted (ms)',
    ms(
      median(
        c.runs.map((r) =>
          r.marks.mapDrawn === undefined
            ? undefined
            : Math.max(0, r.marks.mapDrawn - r.mapWantedAt),
        ),
      ),
    ),
  ]);
  rows.push(['map files before wanted (count)', ms(median(c.runs.map((r) => r.mapFilesEarly)))]);
  rows.push(['long tasks before map (ms)', ms(median(c.runs.map((r) => r.longTasksBeforeMapMs)))]);
  rows.push([
    `bytes until ${LABELS[firstViewMark]} (KiB)`,
    kib(median(c.runs.map((r) => r.bytesFirstView))),
  ]);
  rows.push(['bytes before map wanted (KiB)', kib(median(c.runs.map((r) => r.bytesBeforeMap)))]);
  rows.push(['bytes until map (KiB)', kib(median(c.runs.map((r) => r.bytes)))]);
  if (c.runs.some((r) => r.bytesWithInstall !== undefined)) {
    rows.push([
      'bytes with worker installed (KiB)',
      kib(median(c.runs.map((r) => r.bytesWithInstall))),
    ]);
  }
  return rows;
}

/** The load section as printable lines: conditions, one table per profile (views as columns). */
export function formatLoadBench(result: LoadBenchResult): string[] {
  if ('skipped' in result) return [result.skipped];
  const lines: string[] = [];
  for (const profile of result.profiles) {
    const cases = result.cases.filter((c) => c.profile === profile.name);
    if (cases.length === 0) continue;
    const conditions = profile.network
      ? `RTT ${profile.network.latency} ms, down ${DOWNLOAD_KBPS.toFixed(0)} kbit/s, up ${UPLOAD_KBPS.toFixed(0)} kbit/s, CPU ${profile.cpuSlowdown}x slower`
      : 'no throttling';
    const runs = Math.min(...cases.map((c) => c.runs.length));
    lines.push(
      `${profile.name}: ${profile.viewport.width}x${profile.viewport.height}, ${conditions}; ` +
        `median of ${runs} cold loads, cache off, ${result.encoding}`,
    );
    lines.push(`${'figure'.padEnd(40)}${cases.map((c) => c.view.padStart(10)).join('')}`);
    const tables = cases.map((c) => caseRows(c, profile.network));
    const labels = [...new Set(tables.flatMap((rows) => rows.map(([label]) => label)))];
    for (const label of labels) {
      const values = tables.map((rows) => rows.find(([l]) => l === label)?.[1] ?? '');
      lines.push(`${label.padEnd(40)}${values.map((v) => v.padStart(10)).join('')}`);
    }
    for (const c of cases) {
      for (const run of c.runs)
        lines.push(...run.problems.map((p) => `check failed (${c.view}): ${p}`));
      lines.push(...c.failures.map((f) => `FAILED ${c.view}: ${f}`));
    }
    lines.push('');
  }
  return lines;
}
