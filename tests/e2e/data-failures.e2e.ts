import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FETCH_TIMEOUTS } from '../../src/shared/data/fetch-json';
import {
  APP_TITLE,
  expectNoProblems,
  mapRegion,
  searchField,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';

const requireBrowser = useBrowser();

/** The time-out, plus room for a slow machine to render the message. */
const WITHIN = FETCH_TIMEOUTS.answerMs + 6_000;

/** Each data file: the title of its message, where it shows, and how to see it work again. */
const FILES = [
  {
    file: 'dataset.json',
    title: 'De gegevens konden niet worden geladen',
    where: (page: Page): Locator => page.getByRole('main'),
    map: false,
    open: () => Promise.resolve(),
    works: (page: Page) => page.getByRole('list', { name: 'Plaatsen' }).waitFor(),
  },
  {
    // The place list comes beside dataset.json; the page works without it meanwhile.
    file: 'places.json',
    title: 'De plaatsen konden niet worden geladen',
    where: (page: Page): Locator => page.getByRole('main'),
    map: false,
    open: () => Promise.resolve(),
    works: (page: Page) => page.getByRole('list', { name: 'Plaatsen' }).waitFor(),
  },
  {
    // The details (opening hours, notes, sources) load after the first view; a place asks for them.
    file: 'details.json',
    title: 'De gegevens konden niet worden geladen',
    where: (page: Page): Locator => page.getByRole('main'),
    map: false,
    open: (page: Page) =>
      page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().click(),
    works: (page: Page) => page.getByRole('article').waitFor(),
  },
  {
    file: 'postcodes.json',
    title: 'De postcodes konden niet worden geladen',
    where: (page: Page): Locator => page.getByRole('main'),
    map: false,
    // The postcode table loads when the search field gets focus.
    open: (page: Page) => searchField(page).focus(),
    works: async (page: Page) => {
      await searchField(page).fill('3511');
      await page.getByRole('option', { name: /3511/ }).first().waitFor();
    },
  },
  {
    file: 'gemeenten.geojson',
    title: 'De kaart kon niet worden geladen',
    where: mapRegion,
    map: true,
    open: () => Promise.resolve(),
    works: (page: Page) => waitForMapLoaded(page),
  },
  {
    file: 'provincies.geojson',
    title: 'De kaart kon niet worden geladen',
    where: mapRegion,
    map: true,
    open: () => Promise.resolve(),
    works: (page: Page) => waitForMapLoaded(page),
  },
] as const;

describe('a data file that fails or never answers', () => {
  it.each(FILES)(
    '$file: a Dutch message with a retry within the time-out, and the retry works',
    async ({ file, title, where, map, open, works }) => {
      /** A failed map file keeps its message: the map never says it loaded meanwhile. */
      const mapSaysLoaded = async (page: Page) =>
        map ? await page.getByText(/Kaart geladen/).count() : 0;
      const pattern = `**/data/${file}`;
      let hanging = true;
      await withPage(
        requireBrowser(),
        '/',
        {
          // Never answers: the request stays open until the app gives up on it.
          beforeGoto: (page) =>
            page.route(pattern, async (route) => {
              if (hanging) await new Promise(() => undefined);
              else await route.continue();
            }),
        },
        async ({ page, problems }) => {
          await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
          const started = Date.now();
          await open(page);
          const alert = where(page).getByRole('alert').filter({ hasText: title });
          await alert.waitFor({ timeout: WITHIN });
          expect(Date.now() - started).toBeLessThan(WITHIN);
          expect(await alert.innerText()).toContain('Het laden duurt te lang.');
          // The message stays: nothing replaces it with a "loaded" status meanwhile.
          await page.waitForTimeout(1500);
          expect(await alert.isVisible()).toBe(true);
          expect(await mapSaysLoaded(page)).toBe(0);

          hanging = false;
          await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
          await works(page);
          expect(await alert.count()).toBe(0);
          expectNoProblems(problems);
        },
      );

      // A server error: the same message, after one quiet retry.
      await withPage(
        requireBrowser(),
        '/',
        {
          beforeGoto: (page) =>
            page.route(pattern, (route) => route.fulfill({ status: 500, body: 'Fout' })),
        },
        async ({ page, problems }) => {
          await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();
          await open(page);
          const alert = where(page).getByRole('alert').filter({ hasText: title });
          await alert.waitFor({ timeout: WITHIN });
          expect(await alert.innerText()).toContain('Controleer uw internet');
          await alert.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
          await page.waitForTimeout(1500);
          expect(await mapSaysLoaded(page)).toBe(0);
          expectNoProblems(problems, { allowConsole: [/status of 500/] });
        },
      );
    },
  );

  it('offline, says the app is offline and what still works, not "reload the page"', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((done) => (release = done));
    await withPage(
      requireBrowser(),
      '/',
      {
        // The postcode table is asked for while online and fails once the network is gone.
        beforeGoto: (page) =>
          page.route('**/data/postcodes.json', async (route) => {
            await released;
            await route.abort('internetdisconnected');
          }),
      },
      async ({ page, context, problems }) => {
        await page.getByRole('list', { name: 'Plaatsen' }).waitFor();
        await waitForMapLoaded(page);
        // The search's lazy chunk (src/features/search/search-module.ts), named after its module.
        const searchCode = page.waitForResponse(/search-module-[\w-]+\.js$/);
        await searchField(page).focus();
        await searchCode;
        await context.setOffline(true);
        release();
        const alert = page
          .getByRole('alert')
          .filter({ hasText: 'De postcodes konden niet worden geladen' });
        await alert.waitFor({ timeout: WITHIN });
        const text = await alert.innerText();
        expect(text).toContain('U bent offline');
        expect(text).toContain('Zoeken op gemeente of op de naam van een organisatie werkt wel.');
        expect(await page.getByText('Pagina opnieuw laden').count()).toBe(0);
        // Search by gemeente still works.
        await searchField(page).fill('Utrecht');
        await page
          .getByRole('option', { name: /Utrecht/ })
          .first()
          .waitFor();
        expectNoProblems(problems, { allowConsole: [/ERR_INTERNET_DISCONNECTED/] });
      },
    );
  });
});
