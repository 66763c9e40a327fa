import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { readPublished } from '../../src/shared/model/dataset-split';
import type { Dataset } from '../../src/shared/model/schema';
import { launchChromium } from './chromium';

/** The app's name, the page's only level-1 heading. */
export const APP_TITLE = 'Sociaal-juridische kaart';

/** How long the map may take to draw in software WebGL (SwiftShader) before a test gives up. */
export const MAP_TIMEOUT = 20_000;

/** The start of the map's live status once all gemeenten are drawn. */
const MAP_LOADED = 'Kaart geladen';

/**
 * A file of the build the test server serves (global-setup.ts: `dist/`, or E2E_DIST_DIR), so tests
 * read the very dataset or service worker the browser gets.
 */
export function distFile(relativePath: string): string {
  const dist = process.env.E2E_DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
  return resolve(dist, relativePath);
}

/** The dataset the built app serves (its three files joined), validated like the app does. */
export function servedDataset(): Dataset {
  return readPublished((file) => JSON.parse(readFileSync(distFile(`data/${file}`), 'utf8')));
}

/**
 * Starts one Chromium for the calling test file and closes it afterwards; returns a getter that
 * fails clearly when the browser did not start.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium did not start (see beforeAll)');
    return browser;
  };
}

/** The map's landmark region. */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Kaart', exact: true });
}

/** The search field of the start page. */
export function searchField(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Zoek hulp' });
}

export interface WaitForMapOptions {
  /** Text the status must contain; by default any "Kaart geladen…" will do. */
  readonly status?: string;
  readonly timeout?: number;
}

/**
 * Scrolls to the map as a user would, when it lies below the upper half of the screen (on a phone
 * the map loads only once it is scrolled to; on a wide screen it is in view and nothing scrolls).
 */
export async function scrollToMap(page: Page): Promise<void> {
  const region = mapRegion(page);
  await region.waitFor({ state: 'attached', timeout: MAP_TIMEOUT });
  await region.evaluate((element) => {
    if (element.getBoundingClientRect().top > window.innerHeight / 2) {
      element.scrollIntoView({ block: 'center' });
    }
  });
}

/**
 * Waits until the map's live status says the gemeenten are drawn ("Kaart geladen: …"); on timeout,
 * fails with what the status did say instead (still loading, or an error), not just "timed out".
 */
export async function waitForMapLoaded(
  page: Page,
  { status = MAP_LOADED, timeout = MAP_TIMEOUT }: WaitForMapOptions = {},
): Promise<void> {
  await scrollToMap(page);
  const statuses = mapRegion(page).getByRole('status');
  try {
    await statuses.filter({ hasText: status }).waitFor({ timeout });
  } catch (error) {
    const now = JSON.stringify(await statuses.allTextContents());
    throw new Error(`map status never said "${status}"; status text now: ${now}`, { cause: error });
  }
}

/** Everything a page did that a healthy page should not do. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  /** Requests to any origin other than the local test server. */
  readonly foreignRequests: string[];
}

export interface OpenPageOptions {
  /** Make WebGL unavailable, to test the no-map fallback. */
  readonly noWebGL?: boolean;
  /** Runs after the page exists but before navigation, e.g. to add `page.route`. */
  readonly beforeGoto?: (page: Page) => Promise<unknown>;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Let the app register its service worker (blocked by default, so tests see the network). */
  readonly allowServiceWorkers?: boolean;
  /** Another server than the shared one (e.g. one that sends `Vary: Origin`, or `npm start`). */
  readonly baseUrl?: string;
  /**
   * Keep the browser's HTTP cache on: other hosts are then only recorded as problems, not also
   * blocked, because Playwright turns the cache off for a context that routes requests.
   */
  readonly httpCache?: boolean;
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: PageProblems;
  readonly baseUrl: string;
  /** Closes the page's own browser context. */
  close(): Promise<void>;
}

const CSP_BINDING = '__e2eReportCspViolation';

/** Init script: forward CSP violations (which otherwise only show up as console text) to Node. */
function cspListenerScript(binding: string): void {
  const report = (window as unknown as Record<string, (text: string) => void>)[binding];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    },
    true,
  );
}

/**
 * Init script: getContext returns null for every WebGL flavour, as on machines
 * with WebGL blocked or no usable GPU driver (the constructors stay defined, as there).
 */
function disableWebGLScript(): void {
  const blocked = new Set(['webgl', 'webgl2', 'experimental-webgl']);
  type GetContext = (this: unknown, id: string, ...rest: unknown[]) => unknown;
  const patch = (proto: object): void => {
    const original = Reflect.get(proto, 'getContext') as GetContext;
    Object.defineProperty(proto, 'getContext', {
      configurable: true,
      writable: true,
      value: function getContext(this: unknown, id: string, ...rest: unknown[]): unknown {
        return blocked.has(id) ? null : original.call(this, id, ...rest);
      },
    });
  };
  patch(HTMLCanvasElement.prototype);
  if (typeof OffscreenCanvas === 'function') patch(OffscreenCanvas.prototype);
}

/**
 * Opens `path` of the built app in a fresh context and records every problem
 * (console errors, uncaught errors, CSP violations, requests leaving the local
 * server), so each test can assert the app stays quiet, safe and offline-clean.
 * Foreign requests are recorded and aborted, never sent.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
    serviceWorkers: options.allowServiceWorkers === true ? 'allow' : 'block',
  });
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
  };

  const isForeign = (url: URL): boolean =>
    url.origin !== origin &&
    url.protocol !== 'data:' &&
    url.protocol !== 'blob:' &&
    url.protocol !== 'about:';
  context.on('request', (request) => {
    if (isForeign(new URL(request.url())))
      problems.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  if (options.httpCache !== true) {
    await context.route(isForeign, (route) => route.abort('blockedbyclient'));
  }
  await context.exposeFunction(CSP_BINDING, (text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(cspListenerScript, CSP_BINDING);
  if (options.noWebGL === true) await context.addInitScript(disableWebGLScript);

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? error.message);
  });
  if (options.beforeGoto) await options.beforeGoto(page);
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });

  return { page, context, problems, baseUrl, close: () => context.close() };
}

/** A test's work on one opened page; see `withPage`. */
export type PageBody<T> = (opened: OpenedPage) => Promise<T>;

/**
 * Opens `path` (as `openPage` does, with optional `options`), runs `body` on it and always closes
 * the page's context afterwards, also when `body` fails. Every test needs this open/try/finally/close
 * sequence; one helper keeps a forgotten `close()` from leaking a context into the next test.
 */
export async function withPage<T>(
  browser: Browser,
  path: string,
  ...args: [body: PageBody<T>] | [options: OpenPageOptions, body: PageBody<T>]
): Promise<T> {
  const [options, body] = args.length === 1 ? [{}, args[0]] : args;
  const opened = await openPage(browser, path, options);
  try {
    return await body(opened);
  } finally {
    await opened.close();
  }
}

export interface ProblemFilter {
  /** Console errors matching any of these are expected (e.g. a deliberately failed request). */
  readonly allowConsole?: readonly RegExp[];
}

/**
 * Asserts the page produced no console errors, uncaught errors, CSP violations
 * or requests to other hosts; one readable (soft) failure lists them all, so
 * later checks in the same test still run and report.
 */
export function expectNoProblems(problems: PageProblems, filter: ProblemFilter = {}): void {
  const allowed = filter.allowConsole ?? [];
  // Deduplicated: with the CSP both in the meta tag and as a header, each violation is reported twice.
  const unique = (items: readonly string[]): string[] => [...new Set(items)];
  const unexpected = {
    consoleErrors: unique(
      problems.consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text))),
    ),
    pageErrors: unique(problems.pageErrors),
    cspViolations: unique(problems.cspViolations),
    foreignRequests: unique(problems.foreignRequests),
  };
  expect
    .soft(unexpected, 'the page should produce no errors, CSP violations or foreign requests')
    .toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
    });
}

/** WCAG 2.0, 2.1 and 2.2 level A and AA rules, as promised in the accessibility statement. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the current page and fails on any serious or critical WCAG
 * A/AA violation, listing rule, impact and the offending selectors so the
 * failure can be fixed without re-running axe by hand (soft: the test goes on). With `include`,
 * only that part of the page is checked.
 */
export async function expectNoSeriousAxeViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  // `include`: one part of the page (a CSS selector), where the whole page (Dekking's table of
  // 342 rows) would take axe most of a minute on a shared CI machine.
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
      return `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}: ${targets}`;
    });
  expect.soft(serious, 'axe found serious/critical accessibility violations').toEqual([]);
}
