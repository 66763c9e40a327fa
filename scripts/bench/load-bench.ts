/**
 * The load part of `npm run bench`: how long a resident on a cheap phone with a slow connection
 * waits before the search field works, the first places are listed and the map is drawn. Cold loads
 * of the built app in headless Chromium with Lighthouse's mobile throttling (4x CPU, slow 4G).
 * Timings are reported, never asserted: a shared 2-core machine is too noisy for a hard gate.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { startStaticServer } from '../../tests/e2e/static-server';

const DOWNLOAD_KBPS = 1.6 * 1024 * 0.9;
const UPLOAD_KBPS = 750 * 0.9;
/** Lighthouse's "slow 4G" as DevTools applies it: RTT 150 ms × 3.75, throughput × 0.9, in bytes/s. */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: Math.floor((DOWNLOAD_KBPS * 1024) / 8),
  uploadThroughput: Math.floor((UPLOAD_KBPS * 1024) / 8),
} as const;
export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile viewport, at device pixel ratio 1 so software WebGL does not dominate. */
const VIEWPORT = { width: 412, height: 823 };
const DEFAULT_RUNS = 3;
const MILESTONE_TIMEOUT_MS = 120_000;
const BINDING = '__benchMark';

export const MILESTONES = ['searchUsable', 'firstResults', 'mapDrawn'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** One cold load: ms after navigation start per milestone, and bytes on the wire until the map. */
export interface LoadRun {
  marks: Record<Milestone, number>;
  bytesUntilMap: number;
  /** What the Playwright role locators found wrong (the in-page probes use plain selectors). */
  problems: string[];
}

/** Median and max per milestone over the runs that finished. */
export interface LoadSummary {
  milestone: Milestone;
  medianMs: number;
  maxMs: number;
}

export type LoadBenchResult =
  | { skipped: string }
  | {
      runs: LoadRun[];
      failures: string[];
      summary: LoadSummary[];
      medianBytes: number;
      gzip: boolean;
    };

export interface LoadBenchOptions {
  runs?: number;
  /** Serve gzip like any real static host (default); false measures the raw files. */
  gzip?: boolean;
}

/**
 * Init script: records `performance.now()` (ms since navigation start) into `window.__marks` the
 * first time each milestone holds, checked on every DOM mutation and every 100 ms (for changes
 * that only CSS makes), and reports each to Node. Serialised into the page: self-contained.
 */
function recordMilestones(binding: string): void {
  const marks: Record<string, number> = {};
  Reflect.set(window, '__marks', marks);
  const name = (input: HTMLInputElement): string =>
    input.getAttribute('aria-label') ??
    [...(input.labels ?? [])].map((label) => label.textContent).join(' ');
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
          ((m: string, ms: number) => void) | undefined;
        report?.(milestone, now);
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
  bytesWritten(): number;
  close(): void;
}

/**
 * A front for the static server that gzips like a real host would (unless `gzip` is false) and
 * counts the bytes written to its sockets. Counting here, not with CDP `Network.loadingFinished`:
 * the map's worker script and the boundaries it fetches are reported on the worker's target, and
 * Chromium 14x reports the worker script's `encodedDataLength` as its headers only.
 */
async function startHost(upstream: string, gzip: boolean): Promise<Host> {
  const cache = new Map<
    string,
    { status: number; body: Buffer; headers: Record<string, string> }
  >();
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    void (async () => {
      let entry = cache.get(url);
      if (!entry) {
        const response = await fetch(new URL(url, upstream));
        const raw = Buffer.from(await response.arrayBuffer());
        const headers = Object.fromEntries(response.headers);
        const text = /text|json|javascript|svg|manifest/.test(headers['content-type'] ?? '');
        const body = gzip && text ? gzipSync(raw, { level: 6 }) : raw;
        if (body !== raw) headers['content-encoding'] = 'gzip';
        headers['content-length'] = String(body.length);
        entry = { status: response.status, body, headers };
        cache.set(url, entry);
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
    bytesWritten: () => [...sockets].reduce((sum, s) => sum + s.bytesWritten, closedBytes),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** One cold load in a fresh context with the cache off; throws when a milestone never comes. */
async function measureRun(browser: Browser, host: Host): Promise<LoadRun> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
  });
  try {
    const marks: Partial<Record<Milestone, number>> = {};
    const bytesBefore = host.bytesWritten();
    let bytesUntilMap = 0;
    let mapDrawn: () => void = () => undefined;
    const mapPromise = new Promise<void>((done) => (mapDrawn = done));
    await context.exposeFunction(BINDING, (milestone: Milestone, ms: number) => {
      marks[milestone] = ms;
      if (milestone === 'mapDrawn') {
        bytesUntilMap = host.bytesWritten() - bytesBefore;
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
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    await page.goto(host.baseUrl, { waitUntil: 'commit' });
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      mapPromise,
      new Promise((_, fail) => {
        timeout = setTimeout(() => {
          fail(new Error(`no "Kaart geladen" within ${MILESTONE_TIMEOUT_MS} ms`));
        }, MILESTONE_TIMEOUT_MS);
      }),
    ]).finally(() => {
      clearTimeout(timeout);
    });
    const missing = MILESTONES.filter((m) => marks[m] === undefined);
    if (missing.length > 0) throw new Error(`milestones never reached: ${missing.join(', ')}`);

    const problems: string[] = [];
    const list = page.getByRole('list', { name: 'Plaatsen' }).getByRole('button');
    if ((await list.count()) === 0) problems.push('no button in the list "Plaatsen"');
    const region = page.getByRole('region', { name: 'Kaart', exact: true });
    const loaded = region.getByRole('status').filter({ hasText: /^Kaart geladen/ });
    if ((await loaded.count()) === 0) problems.push('no "Kaart geladen" status in region "Kaart"');
    const field = page.getByRole('combobox', { name: 'Zoek hulp' });
    await field.fill('u', { timeout: 10_000 });
    if ((await field.inputValue()) !== 'u') problems.push('the search field did not take input');
    return { marks: marks as Record<Milestone, number>, bytesUntilMap, problems };
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Loads the built app in `distDir` `runs` times, cold, under 4x CPU and slow-4G throttling, and
 * summarises the milestones. Returns `{ skipped }` instead of failing when there is no build.
 */
export async function runLoadBench(
  distDir: string,
  options: LoadBenchOptions = {},
): Promise<LoadBenchResult> {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    return { skipped: `no build in ${distDir}: run npm run build first` };
  }
  const server = await startStaticServer(distDir);
  const gzip = options.gzip !== false;
  const host = await startHost(server.baseUrl, gzip);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const runs: LoadRun[] = [];
  const failures: string[] = [];
  try {
    for (let i = 0; i < (options.runs ?? DEFAULT_RUNS); i += 1) {
      try {
        runs.push(await measureRun(browser, host));
      } catch (error) {
        failures.push(`run ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await browser.close();
    host.close();
    await server.close();
  }
  const summary = MILESTONES.map((milestone) => {
    const times = runs.map((run) => run.marks[milestone]);
    return { milestone, medianMs: median(times), maxMs: Math.max(0, ...times) };
  });
  const medianBytes = median(runs.map((r) => r.bytesUntilMap));
  return { runs, failures, summary, medianBytes, gzip };
}

const LABELS: Record<Milestone, string> = {
  searchUsable: 'search field usable',
  firstResults: 'first results list',
  mapDrawn: 'map drawn',
};

/** The load section as printable lines: conditions, one row per milestone, bytes, failures. */
export function formatLoadBench(result: LoadBenchResult): string[] {
  if ('skipped' in result) return [result.skipped];
  const lines = [
    `${result.runs.length} cold loads, ${VIEWPORT.width}x${VIEWPORT.height}, cache off, ${result.gzip ? 'gzip' : 'uncompressed'}; ` +
      `RTT ${SLOW_4G.latency} ms, down ${DOWNLOAD_KBPS.toFixed(2)} kbit/s, ` +
      `up ${UPLOAD_KBPS} kbit/s, CPU ${CPU_SLOWDOWN}x slower`,
    '',
    'milestone (ms after navigation start)   median        max',
  ];
  if (result.runs.length > 0) {
    for (const row of result.summary) {
      lines.push(
        `${LABELS[row.milestone].padEnd(36)}${row.medianMs.toFixed(0).padStart(9)}  ${row.maxMs.toFixed(0).padStart(9)}`,
      );
    }
    const kib = (result.medianBytes / 1024).toFixed(1);
    lines.push(`${'transferred until map drawn'.padEnd(36)}${`${kib} KiB`.padStart(13)} (median)`);
  }
  for (const run of result.runs) lines.push(...run.problems.map((p) => `check failed: ${p}`));
  lines.push(...result.failures.map((f) => `FAILED ${f}`));
  return lines;
}
