/**
 * What a first visit costs a phone (issue 19): MapLibre, its worker and the boundary files are not
 * downloaded before the map is wanted, and the start view does not jump when the data arrives.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  distFile,
  expectNoProblems,
  mapRegion,
  searchField,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const requireBrowser = useBrowser();
const PHONE = { width: 390, height: 844 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;
/** The map's files: MapLibre's chunk, its worker and the boundary files. */
const MAP_FILE = /map-view-|maplibre-gl-worker|(gemeenten|provincies|land)\.geojson/;

let server: StaticServer | undefined;
beforeAll(async () => {
  server = await startStaticServer(distFile('.'));
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server?.requests.splice(0);
});

function own(): StaticServer {
  if (!server) throw new Error('the test server did not start');
  return server;
}

function mapRequests(): string[] {
  return own().requests.filter((url) => MAP_FILE.test(url));
}

/** The layout shift (CLS) of the page so far, from the browser's own layout-shift entries. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) total += shift.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          done(total);
        }, 200);
      }),
  );
}

describe('the map on a 390 px phone', () => {
  it('is not downloaded while the start view is used; scrolling to it loads and draws it', async () => {
    await withPage(
      requireBrowser(),
      '/',
      { viewport: PHONE, baseUrl: own().baseUrl },
      async ({ page, problems }) => {
        await page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().waitFor();
        await searchField(page).fill('3511');
        await page.getByRole('option', { name: /3511/ }).first().waitFor();
        await page.waitForTimeout(1500);
        expect(mapRequests()).toEqual([]);
        expect(
          await mapRegion(page).getByRole('button', { name: 'Kaart nu laden' }).isVisible(),
        ).toBe(true);

        await waitForMapLoaded(page);
        const loaded = mapRequests();
        expect(loaded.some((url) => url.includes('map-view-'))).toBe(true);
        expect(loaded).toEqual(
          expect.arrayContaining(['/data/gemeenten.geojson', '/data/provincies.geojson']),
        );
        expectNoProblems(problems);
      },
    );
  });

  it('Dekking shows the static picture until the user goes to the map', async () => {
    await withPage(
      requireBrowser(),
      '/#v=dekking',
      { viewport: PHONE, baseUrl: own().baseUrl },
      async ({ page, problems }) => {
        await page.getByRole('table', { name: /Dekking per gemeente/ }).waitFor();
        const picture = mapRegion(page).getByRole('img', { name: /Kaart van de dekking/ });
        await picture.waitFor({ state: 'attached' });
        await page.waitForTimeout(1000);
        expect(mapRequests()).toEqual([]);

        // Going to the map asks for it (the button "Kaart nu laden" is for the keyboard; the
        // scroll a tap on it needs already loads the map, see contribute.e2e.ts for the button).
        await mapRegion(page).scrollIntoViewIfNeeded();
        await waitForMapLoaded(page);
        expect(mapRequests().some((url) => url.includes('map-view-'))).toBe(true);
        await picture.waitFor({ state: 'detached' });
        expectNoProblems(problems);
      },
    );
  });
});

describe('the start view does not jump', () => {
  it.each([
    ['a 390 px phone', PHONE],
    ['a 1280 px screen', DESKTOP],
  ])('on %s: layout shift (CLS) stays under 0.05', async (_name, viewport) => {
    await withPage(
      requireBrowser(),
      '/',
      { viewport, baseUrl: own().baseUrl },
      async ({ page, problems }) => {
        await page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().waitFor();
        await page.waitForTimeout(1000);
        expect(await layoutShift(page)).toBeLessThan(0.05);
        expectNoProblems(problems);
      },
    );
  });
});

describe('a first visit with the offline worker', () => {
  it('on a slow connection, stores only what the page used, and the rest on a later good visit', async () => {
    const host = await startStaticServer(distFile('.'), { cacheHeaders: true });
    let network: CDPSession | undefined;
    /** Chromium's throttling as the bench's phone (slow 4G), which the page reads as '3g'. */
    const throttle = (slow: boolean) =>
      network?.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slow ? 562.5 : 0,
        downloadThroughput: slow ? (1475 * 1024) / 8 : -1,
        uploadThroughput: slow ? (675 * 1024) / 8 : -1,
      });
    const downloaded = () =>
      host.responses
        .filter((r) => r.status === 200)
        .map((r) => r.path.replace(/[?&]__WB_REVISION__=[^&]*/, '').replace(/\?$/, ''));
    try {
      await withPage(
        requireBrowser(),
        '/',
        {
          viewport: PHONE,
          baseUrl: host.baseUrl,
          allowServiceWorkers: true,
          httpCache: true,
          beforeGoto: async (page) => {
            network = await page.context().newCDPSession(page);
            await network.send('Network.enable');
            await throttle(true);
          },
        },
        async ({ page, context, problems }) => {
          await page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().waitFor();
          await page.evaluate(() => navigator.serviceWorker.ready);
          await page.waitForTimeout(3000);
          // Nothing for views or parts the user did not open: not Dekking, its reach figures or
          // the workbench, and not the map below the search.
          const unused = /coverage-view|workbench|reach\.json|postcodes\.json/;
          expect(downloaded().filter((file) => unused.test(file) || MAP_FILE.test(file))).toEqual(
            [],
          );

          // What the page used opens without a network next time.
          await context.setOffline(true);
          await page.reload({ waitUntil: 'load' });
          await page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().waitFor();

          // A later visit over a good connection stores the rest, Dekking included.
          await context.setOffline(false);
          await throttle(false);
          host.responses.splice(0);
          await page.reload({ waitUntil: 'load' });
          await expect
            .poll(() => downloaded().some((file) => file.endsWith('/data/reach.json')), {
              timeout: 30_000,
            })
            .toBe(true);
          await page.waitForTimeout(2000);
          await context.setOffline(true);
          await page.goto(new URL('/#v=dekking', host.baseUrl).href, { waitUntil: 'load' });
          await page.getByRole('table', { name: /Dekking per gemeente/ }).waitFor();
          expectNoProblems(problems, { allowConsole: [/net::ERR_INTERNET_DISCONNECTED/] });
        },
      );
    } finally {
      await host.close();
    }
  }, 120_000);

  it('downloads no file twice: the worker takes what the page fetched from the HTTP cache', async () => {
    // A host with the deploy's cache rules and ETags, as the worker would meet in production.
    const host = await startStaticServer(distFile('.'), { cacheHeaders: true });
    try {
      await withPage(
        requireBrowser(),
        '/',
        { viewport: PHONE, baseUrl: host.baseUrl, allowServiceWorkers: true, httpCache: true },
        async ({ page, problems }) => {
          await page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().waitFor();
          await page.evaluate(async () => {
            const registration = await navigator.serviceWorker.ready;
            return registration.active?.state;
          });
          // The precache list is fetched by now; give the last responses a moment.
          await page.waitForTimeout(1000);
          const downloads = new Map<string, number>();
          for (const { path, status } of host.responses) {
            if (status !== 200) continue;
            // The worker asks for unversioned files with a revision query: still the same file.
            const file = path.replace(/[?&]__WB_REVISION__=[^&]*/, '').replace(/\?$/, '');
            downloads.set(file, (downloads.get(file) ?? 0) + 1);
          }
          const twice = [...downloads].filter(([, n]) => n > 1).map(([file]) => file);
          expect(downloads.size).toBeGreaterThan(10);
          expect(twice).toEqual([]);
          expectNoProblems(problems);
        },
      );
    } finally {
      await host.close();
    }
  });
});
