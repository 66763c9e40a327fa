import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  APP_TITLE,
  distFile,
  expectNoProblems,
  expectNoSeriousAxeViolations,
  searchField,
  useBrowser,
  withPage,
} from './browser';

/** The service worker the test server serves. */
const SERVICE_WORKER = distFile('sw.js');

const requireBrowser = useBrowser();

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

describe('offline', () => {
  it('after one visit, list, search, details and coverage work without a network', async () => {
    const options = { allowServiceWorkers: true };
    await withPage(requireBrowser(), '/', options, async ({ page, context, problems, baseUrl }) => {
      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
      await waitForServiceWorker(page);
      const cacheNames = await page.evaluate(() => caches.keys());
      expect(cacheNames.filter((name) => name.startsWith('sjk-'))).toHaveLength(1);

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

      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
      const list = page.getByRole('list', { name: 'Plaatsen' });
      await list.waitFor();
      expect(await list.getByRole('button').count()).toBeGreaterThan(10);

      const search = searchField(page);
      await search.fill('Utrecht');
      const option = page.getByRole('option', { name: /Utrecht/ }).first();
      await option.waitFor();

      await page.keyboard.press('Escape');
      await search.fill('');
      await list.getByRole('button').first().click();
      const details = page.getByRole('article');
      await details.getByText(/Gecontroleerd op/).waitFor();

      await page.goto(new URL('/#v=dekking', baseUrl).href, { waitUntil: 'load' });
      const table = page.getByRole('table', { name: /Dekking per gemeente/ });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBe(343);

      // The map either renders from the cache or says it cannot be shown; both are fine offline.
      // The only expected console error is the test's own probe above, failing as it should.
      expectNoProblems(problems, {
        allowConsole: [/^Failed to load resource: net::\w+ \(\S+\/data\/niet-opgeslagen\.json/],
      });
    });
  });

  it('offers a new version with a banner, and loads it with one button', async () => {
    const original = readFileSync(SERVICE_WORKER, 'utf8');
    const options = { allowServiceWorkers: true };
    try {
      await withPage(requireBrowser(), '/', options, async ({ page, problems }) => {
        await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
        await waitForServiceWorker(page);
        const oldCaches = await page.evaluate(() => caches.keys());

        // A new deploy: the worker's cache name changes. The test server reads files per request.
        const deployed = original.replace(
          /const CACHE = "(sjk-[0-9a-f]+)"/,
          'const CACHE = "$1e2e"',
        );
        expect(deployed).not.toBe(original);
        writeFileSync(SERVICE_WORKER, deployed);
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        });

        const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' });
        await banner.waitFor({ timeout: 15_000 });
        expect(await banner.innerText()).toContain(
          'Er is een nieuwe versie van de kaart. Laad de nieuwe versie.',
        );
        await expectNoSeriousAxeViolations(page);

        const reloaded = page.waitForEvent('load');
        await banner.getByRole('button', { name: 'Nieuwe versie laden' }).click();
        await reloaded;
        await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
        expect(await banner.count()).toBe(0);
        const newCaches = await page.evaluate(() => caches.keys());
        expect(newCaches).toHaveLength(1);
        expect(newCaches[0]).toMatch(/e2e$/);
        expect(newCaches).not.toEqual(oldCaches);
        expectNoProblems(problems);
      });
    } finally {
      // Put the build's own worker back, for the next test and the next run.
      writeFileSync(SERVICE_WORKER, original);
    }
  });
});
