import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_TITLE,
  distFile,
  expectNoProblems,
  expectNoSeriousAxeViolations,
  searchField,
  servedDataset,
  useBrowser,
  withPage,
} from './browser';
import { copyBuild, deploy } from './deploy';
import { startPreviewServer } from './preview-server';
import { startStaticServer, type StaticServer } from './static-server';

const requireBrowser = useBrowser();
const DIST = distFile('.');

/** Waits until the service worker is active and controls this page, reloading once if needed. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  // A first visit is not taken over (the worker claims pages only when asked), so load once more.
  if (!(await controlled())) await page.reload({ waitUntil: 'load' });
  expect(await controlled(), 'the service worker controls the page after one reload').toBe(true);
}

/** The URLs of the map's label glyph files in the build (`/glyphs/<font>/<range>.pbf`). */
function glyphUrls(): string[] {
  return readdirSync(distFile('glyphs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.pbf'))
    .map((file) => `/glyphs/${file.split(sep).join('/')}`);
}

/**
 * Which build the page runs (its entry script) and which data it shows. Residents see only the
 * date; the data version stands in Dekking, for whoever quotes its figures, so look there.
 */
async function versions(page: Page): Promise<{ code: string; data: string }> {
  await page.evaluate(() => {
    window.location.hash = 'v=dekking';
  });
  await page.getByText(/^Gegevens versie /).waitFor();
  const code = await page.evaluate(
    () => document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? '',
  );
  const data = (await page.getByText(/^Gegevens versie /).innerText()).split(',')[0] ?? '';
  return { code: new URL(code).pathname, data };
}

/** The three kinds of host the service worker must work behind. */
const HOSTS = [
  { name: 'a host without Vary', start: () => startStaticServer(DIST) },
  { name: 'a host sending Vary: Origin', start: () => startStaticServer(DIST, { vary: 'Origin' }) },
  { name: 'npm start (vite preview)', start: () => startPreviewServer(DIST) },
] as const;

describe.each(HOSTS)('offline behind $name', ({ start }) => {
  let server: { baseUrl: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('after one visit, list, search, details and coverage work without a network', async () => {
    const baseUrl = server?.baseUrl ?? '';
    const options = { allowServiceWorkers: true, baseUrl };
    await withPage(requireBrowser(), '/', options, async ({ page, context, problems }) => {
      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
      await waitForServiceWorker(page);

      await context.setOffline(true);
      const response = await page.reload({ waitUntil: 'load' });
      expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
      // Really offline, for the worker too: a data file it did not store cannot be fetched.
      const uncached = await page.evaluate(() =>
        fetch('/data/niet-opgeslagen.json').then(
          () => 'loaded',
          () => 'failed',
        ),
      );
      expect(uncached).toBe('failed');
      // The map's label glyphs come from the worker too (they are fetched only once labels draw).
      const glyphs = await page.evaluate(
        (urls) =>
          Promise.all(
            urls.map((url) =>
              fetch(url).then(
                (r) => (r.ok ? 'loaded' : 'failed'),
                () => 'failed',
              ),
            ),
          ),
        glyphUrls(),
      );
      expect(glyphs, 'every glyph file is stored for offline use').toEqual(
        glyphUrls().map(() => 'loaded'),
      );

      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
      const list = page.getByRole('list', { name: 'Plaatsen' });
      await list.waitFor();
      expect(await list.getByRole('button').count()).toBeGreaterThan(10);

      const search = searchField(page);
      await search.fill('Utrecht');
      await page
        .getByRole('option', { name: /Utrecht/ })
        .first()
        .waitFor();

      await page.keyboard.press('Escape');
      await search.fill('');
      await list.getByRole('button').first().click();
      await page
        .getByRole('article')
        .getByText(/Gecontroleerd op/)
        .waitFor();

      await page.goto(new URL('/#v=dekking', baseUrl).href, { waitUntil: 'load' });
      const table = page.getByRole('table', { name: /Dekking per gemeente/ });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBe(servedDataset().gemeenten.length + 1);

      // The map either renders from the cache or says it cannot be shown; both are fine offline.
      // The only expected console error is the test's own probe above, failing as it should.
      expectNoProblems(problems, {
        allowConsole: [/^Failed to load resource: net::\w+ \(\S+\/data\/niet-opgeslagen\.json/],
      });
    });
  });
});

describe('deploys', () => {
  let server: StaticServer | undefined;
  const builds: { remove: () => void }[] = [];
  /** A fresh copy of the build, served from now on. */
  const serveCopy = () => {
    const copy = copyBuild(DIST);
    builds.push(copy);
    server?.setRoot(copy.dir);
    return copy.dir;
  };
  beforeAll(async () => {
    server = await startStaticServer(DIST);
  });
  afterAll(async () => {
    await server?.close();
    for (const build of builds) build.remove();
  });

  // Installing a new version stores every renamed file again: slow on a busy machine.
  it(
    'never serves new code with old data, and switches both with "Nieuwe versie laden"',
    { timeout: 150_000 },
    async () => {
      const before = serveCopy();
      const options = { allowServiceWorkers: true, baseUrl: server?.baseUrl ?? '' };
      await withPage(requireBrowser(), '/', options, async ({ page, problems }) => {
        await waitForServiceWorker(page);
        const old = await versions(page);

        // New code and new data on the host, in a folder of their own.
        const next = copyBuild(before);
        builds.push(next);
        await deploy(next.dir, { dataVersion: 'e2e-nieuw', codeMarker: 'e2e' });
        server?.setRoot(next.dir);

        // Reloads before the user takes the new version: the old code with the old data, each time.
        for (let i = 0; i < 3; i += 1) {
          await page.reload({ waitUntil: 'load' });
          expect(await versions(page), `reload ${i + 1} after the deploy`).toEqual(old);
        }

        const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' });
        await banner.waitFor({ timeout: 60_000 });
        expect(await banner.innerText()).toContain(
          'Er is een nieuwe versie van de kaart. Laad de nieuwe versie.',
        );
        await expectNoSeriousAxeViolations(page);

        const reloaded = page.waitForEvent('load');
        await banner.getByRole('button', { name: 'Nieuwe versie laden' }).click();
        await reloaded;
        await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
        expect(await banner.count()).toBe(0);
        const now = await versions(page);
        expect(now.data).toBe('Gegevens versie e2e-nieuw');
        expect(now.code).toMatch(/e2e\.js$/);
        expectNoProblems(problems);
      });
    },
  );

  it(
    'fetches only the changed data file when only the data changed',
    { timeout: 120_000 },
    async () => {
      const before = serveCopy();
      const options = { allowServiceWorkers: true, baseUrl: server?.baseUrl ?? '' };
      await withPage(requireBrowser(), '/', options, async ({ page, problems }) => {
        await waitForServiceWorker(page);
        await versions(page);

        const next = copyBuild(before);
        builds.push(next);
        await deploy(next.dir, { dataVersion: 'e2e-alleen-gegevens' });
        server?.setRoot(next.dir);
        server?.requests.splice(0);
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        });
        const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' });
        await banner.waitFor({ timeout: 60_000 });
        // Which files, not how often: the browser may check sw.js more than once.
        expect([...new Set(server?.requests ?? [])].sort()).toEqual([
          '/data/dataset.json',
          '/data/details.json',
          '/data/places.json',
          '/sw.js',
        ]);
        expectNoProblems(problems);
      });
    },
  );
});
