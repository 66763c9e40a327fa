import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS, LAYER_IDS, SOURCE_IDS } from '../../src/features/map/layers';
import {
  expectNoProblems,
  mapRegion,
  MAP_TIMEOUT,
  servedDataset,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';
import { decodePng } from './png';
import { countReactCommits, reactCommits } from './react-commits';

const requireBrowser = useBrowser();

/** The few MapLibre calls the tests make on the map the app drew (see `sjkMap` in create-map.ts). */
interface TestMap {
  queryRenderedFeatures(options: { layers: string[] }): {
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: unknown };
  }[];
  project(lngLat: [number, number]): { x: number; y: number };
  getZoom(): number;
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  getFeatureState(feature: { source: string; id: number }): Record<string, unknown>;
  isMoving(): boolean;
  loaded(): boolean;
  once(event: 'idle', listener: () => void): void;
  getCanvas(): HTMLCanvasElement;
  jumpTo(options: { center: [number, number]; zoom: number }): void;
}

/** The map's container, where the controller leaves the MapLibre map for tests. */
type MapElement = Element & { sjkMap?: TestMap };

/** Waits until the map has stopped moving and drawn everything it needs. */
async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<MapElement>('.map-canvas')?.sjkMap, {
    timeout: MAP_TIMEOUT,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = document.querySelector<MapElement>('.map-canvas')?.sjkMap;
        const check = () => {
          if (!map || (map.loaded() && !map.isMoving())) resolve();
          else map.once('idle', check);
        };
        check();
      }),
  );
}

/** Names drawn by one label layer right now. */
function renderedNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      (
        document.querySelector<MapElement>('.map-canvas')?.sjkMap?.queryRenderedFeatures({
          layers: [id],
        }) ?? []
      ).map((f) => String(f.properties['name'] ?? f.properties['label'])),
    layer,
  );
}

/** The colour of the map's pixel at a position, from a screenshot (what a person sees). */
async function pixelAt(page: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const point = await page.evaluate(
    (p) => document.querySelector<MapElement>('.map-canvas')?.sjkMap?.project(p),
    lonLat,
  );
  if (!point) throw new Error('map not ready');
  const png = decodePng(await mapRegion(page).locator('.map-canvas').screenshot());
  const x = Math.round(point.x);
  const y = Math.round(point.y);
  const i = (y * png.width + x) * png.channels;
  return [png.data[i] ?? -1, png.data[i + 1] ?? -1, png.data[i + 2] ?? -1];
}

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colours equal within a small tolerance (anti-aliasing, colour management). */
function near(actual: readonly number[], expected: readonly number[], tolerance = 6): boolean {
  return actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= tolerance);
}

describe('a map people can read', () => {
  it('names gemeenten, and woonplaatsen at city zoom, with glyphs from our own origin', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems, baseUrl }) => {
      const glyphs: string[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/glyphs/'))
          glyphs.push(`${response.status()} ${response.url()}`);
      });
      await waitForMapLoaded(page);
      await waitForIdle(page);
      const gemeenten = await renderedNames(page, LAYER_IDS.gemeenteLabel);
      expect(gemeenten).toEqual(expect.arrayContaining(['Amsterdam', 'Utrecht', 'Maastricht']));
      expect(glyphs.length).toBeGreaterThan(0);
      for (const g of glyphs) expect(g).toMatch(new RegExp(`^200 ${baseUrl}/glyphs/NotoSans-`));
      expectNoProblems(problems);
    });
    await withPage(requireBrowser(), '/#kaart=5.1200,52.0900,12.0', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      await expect
        .poll(async () => {
          await waitForIdle(page);
          return renderedNames(page, LAYER_IDS.woonplaatsMainLabel);
        })
        .toContain('Utrecht');
      expectNoProblems(problems);
    });
  });

  it('draws the neighbouring countries in the colour of land, and the sea as sea', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      await waitForIdle(page);
      // Open country side in Germany and in Belgium, away from borders, labels and markers.
      expect(near(await pixelAt(page, [7.6, 51.6]), hex(BASEMAP_COLOURS.abroad))).toBe(true);
      expect(near(await pixelAt(page, [4.0, 51.0]), hex(BASEMAP_COLOURS.abroad))).toBe(true);
      expect(near(await pixelAt(page, [3.2, 53.0]), hex(BASEMAP_COLOURS.sea))).toBe(true);
      expectNoProblems(problems);
    });
  });

  it('marks the searched postcode and outlines its gemeente', async () => {
    await withPage(requireBrowser(), '/#bij=pc:3511', async ({ page, problems }) => {
      await page.getByText('3511 ligt in gemeente Utrecht.').waitFor({ timeout: MAP_TIMEOUT });
      await waitForMapLoaded(page);
      await expect
        .poll(async () => {
          await waitForIdle(page);
          return renderedNames(page, LAYER_IDS.searchedLabel);
        })
        .toEqual(['Postcode 3511 (midden)']);
      const spot = await page.evaluate(
        (layer) =>
          document.querySelector<MapElement>('.map-canvas')?.sjkMap?.queryRenderedFeatures({
            layers: [layer],
          })[0]?.geometry.coordinates,
        LAYER_IDS.searchedDot,
      );
      expect(Array.isArray(spot)).toBe(true);
      // The dot itself is drawn (dark) where the postcode is.
      const [lon, lat] = spot as [number, number];
      expect(near(await pixelAt(page, [lon, lat]), hex(BASEMAP_COLOURS.searched), 40)).toBe(true);
      const outlined = await page.evaluate(
        (source) =>
          document
            .querySelector<MapElement>('.map-canvas')
            ?.sjkMap?.getFeatureState({ source, id: 344 }),
        SOURCE_IDS.gemeenten,
      );
      expect(outlined).toMatchObject({ searched: true });
      expectNoProblems(problems);
    });
  });

  it('shows how many places a cluster holds, and a click zooms to them', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      await waitForIdle(page);
      const layer = LAYER_IDS.placesSymbol('ido');
      const clusters = await page.evaluate(
        (id) =>
          (
            document.querySelector<MapElement>('.map-canvas')?.sjkMap?.queryRenderedFeatures({
              layers: [id],
            }) ?? []
          )
            .filter((f) => typeof f.properties['point_count'] === 'number')
            .map((f) => ({
              count: Number(f.properties['point_count']),
              at: f.geometry.coordinates as [number, number],
            })),
        layer,
      );
      const biggest = clusters.sort((a, b) => b.count - a.count)[0];
      expect(biggest?.count).toBeGreaterThan(1);
      if (!biggest) return;
      // The count is white text on the blue square: both colours are in the middle of the icon.
      const point = await page.evaluate(
        (p) => document.querySelector<MapElement>('.map-canvas')?.sjkMap?.project(p),
        biggest.at,
      );
      const png = decodePng(await mapRegion(page).locator('.map-canvas').screenshot());
      let white = 0;
      let blue = 0;
      for (let dy = -5; dy <= 5; dy += 1)
        for (let dx = -5; dx <= 5; dx += 1) {
          const i =
            ((Math.round(point?.y ?? 0) + dy) * png.width + Math.round(point?.x ?? 0) + dx) *
            png.channels;
          const rgb = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
          if (rgb.every((c) => c > 220)) white += 1;
          if (near(rgb, hex('#1d4ed8'), 30)) blue += 1;
        }
      expect(white).toBeGreaterThan(3);
      expect(blue).toBeGreaterThan(10);

      const zoomBefore = await page.evaluate(
        () => document.querySelector<MapElement>('.map-canvas')?.sjkMap?.getZoom() ?? 0,
      );
      const box = await mapRegion(page).locator('.map-canvas').boundingBox();
      await page.mouse.click((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
      await expect
        .poll(async () => {
          await waitForIdle(page);
          return page.evaluate(
            () => document.querySelector<MapElement>('.map-canvas')?.sjkMap?.getZoom() ?? 0,
          );
        })
        .toBeGreaterThanOrEqual(zoomBefore + 1);
      expectNoProblems(problems);
    });
  });

  it('entering Dekking after a search shows the whole country', async () => {
    await withPage(requireBrowser(), '/#bij=pc:6211', async ({ page, problems }) => {
      await page.getByText(/6211 ligt in gemeente Maastricht/).waitFor({ timeout: MAP_TIMEOUT });
      await waitForMapLoaded(page);
      await waitForIdle(page);
      await page.getByRole('link', { name: 'Dekking' }).click();
      await page.getByRole('heading', { name: 'Dekking sociaal raadsliedenwerk' }).waitFor();
      await expect
        .poll(
          async () => {
            await waitForIdle(page);
            return page.evaluate(() => {
              const b = document.querySelector<MapElement>('.map-canvas')?.sjkMap?.getBounds();
              return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : [];
            });
          },
          { timeout: MAP_TIMEOUT },
        )
        .toSatisfy(
          // From Zeeuws-Vlaanderen to Groningen, from Zuid-Limburg to Schiermonnikoog.
          (b: number[]) =>
            (b[0] ?? 9) <= 3.37 &&
            (b[1] ?? 90) <= 50.76 &&
            (b[2] ?? 0) >= 7.22 &&
            (b[3] ?? 0) >= 53.55,
        );
      expectNoProblems(problems);
    });
  });

  it('hover on the map stays on the map: a label, no selection, the table untouched', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      await waitForIdle(page);
      const table = page.getByRole('table', { name: /Dekking per gemeente/ });
      await table.waitFor();
      // Count every change to the table while the pointer moves over the map.
      await table.evaluate((el) => {
        const w = window as unknown as { tableMutations: number };
        w.tableMutations = 0;
        new MutationObserver((records) => {
          w.tableMutations += records.length;
        }).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const hashBefore = await page.evaluate(() => window.location.hash);
      const utrecht = servedDataset().gemeenten.find((g) => g.code === 'GM0344');
      if (!utrecht) throw new Error('Utrecht missing from the data');
      const point = await page.evaluate(
        (p) => document.querySelector<MapElement>('.map-canvas')?.sjkMap?.project(p),
        utrecht.label,
      );
      const box = await mapRegion(page).locator('.map-canvas').boundingBox();
      if (!point || !box) throw new Error('map not ready');
      await page.mouse.move(box.x + point.x - 30, box.y + point.y - 30);
      await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 5 });

      await page
        .locator('.map-hover-label')
        .getByText(/^Utrecht: /)
        .waitFor();
      const state = () =>
        page.evaluate(
          (source) =>
            document
              .querySelector<MapElement>('.map-canvas')
              ?.sjkMap?.getFeatureState({ source, id: 344 }),
          SOURCE_IDS.gemeenten,
        );
      expect(await state()).toMatchObject({ hover: true });
      expect((await state())?.['selected'], 'hover does not outline as selected').not.toBe(true);
      expect(await page.evaluate(() => window.location.hash)).toBe(hashBefore);
      expect(
        await page.evaluate(() => (window as unknown as { tableMutations: number }).tableMutations),
      ).toBe(0);

      // The other way round: pointing at a row in the table shows that gemeente on the map.
      await page.mouse.move(0, 0);
      const row = table.getByRole('row').filter({ hasText: 'Maastricht' }).first();
      await row.scrollIntoViewIfNeeded();
      await row.hover();
      await expect
        .poll(() =>
          page.evaluate(
            (source) =>
              document
                .querySelector<MapElement>('.map-canvas')
                ?.sjkMap?.getFeatureState({ source, id: 935 }),
            SOURCE_IDS.gemeenten,
          ),
        )
        .toMatchObject({ hover: true });
      expectNoProblems(problems);
    });
  });
  // Counts React commits (react-commits.ts); long timeout: software WebGL redraws the map on
  // every hover change, slow on a busy CI machine.
  it('hover on the map and along the table re-renders nothing in React', async () => {
    await withPage(
      requireBrowser(),
      '/#v=dekking',
      { beforeGoto: countReactCommits },
      async ({ page, problems }) => {
        await waitForMapLoaded(page);
        await waitForIdle(page);
        const table = page.getByRole('table', { name: /Dekking per gemeente/ });
        await table.waitFor();
        const box = await mapRegion(page).locator('.map-canvas').boundingBox();
        if (!box) throw new Error('map not ready');
        const gemeenten = servedDataset().gemeenten;
        const state = (id: number) =>
          page.evaluate(
            ([source, feature]) =>
              document
                .querySelector<MapElement>('.map-canvas')
                ?.sjkMap?.getFeatureState({ source, id: feature }),
            [SOURCE_IDS.gemeenten, id] as const,
          );
        // Whatever the page still had to do after loading (e.g. the status line) settles first.
        await expect
          .poll(
            async () => {
              const before = await reactCommits(page);
              await page.waitForTimeout(300);
              return (await reactCommits(page)) - before;
            },
            { timeout: MAP_TIMEOUT },
          )
          .toBe(0);
        const settled = await reactCommits(page);
        expect(settled, 'the counter sees React render the page').toBeGreaterThan(0);

        // The pointer crosses the country over several gemeenten; each is hovered on the map and
        // named in its label, none selected, and React does not commit once.
        for (const code of ['GM0014', 'GM0193', 'GM0344', 'GM0363', 'GM0935']) {
          const gemeente = gemeenten.find((g) => g.code === code);
          if (!gemeente) throw new Error(`${code} missing from the data`);
          const point = await page.evaluate(
            (p) => document.querySelector<MapElement>('.map-canvas')?.sjkMap?.project(p),
            gemeente.label,
          );
          if (!point) throw new Error('map not ready');
          await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 4 });
          await page
            .locator('.map-hover-label')
            .getByText(new RegExp(`^${gemeente.name}: `))
            .waitFor();
          const id = Number(code.slice(2));
          expect(await state(id)).toMatchObject({ hover: true });
          expect((await state(id))?.['selected'], `${gemeente.name} not selected`).not.toBe(true);
        }
        expect(await reactCommits(page), 'React commits while hovering the map').toBe(settled);

        // Pointing along the table shows each gemeente on the map, again without a commit.
        await page.mouse.move(0, 0);
        for (const name of ['Maastricht', 'Almere', 'Utrecht']) {
          const row = table
            .getByRole('row')
            .filter({ has: page.getByRole('button', { name, exact: true }) });
          await row.scrollIntoViewIfNeeded();
          await row.hover();
          const code = gemeenten.find((g) => g.name === name)?.code;
          if (!code) throw new Error(`${name} missing from the data`);
          await expect.poll(() => state(Number(code.slice(2)))).toMatchObject({ hover: true });
          await page
            .locator('.map-hover-label')
            .getByText(new RegExp(`^${name}: `))
            .waitFor();
        }
        expect(await reactCommits(page), 'React commits while pointing along the table').toBe(
          settled,
        );
        expectNoProblems(problems);
      },
    );
  }, 150_000);
});

/** Downloads the Dekking map as a PNG and decodes it. */
async function exportPng(page: Page) {
  const button = page.getByRole('button', { name: 'Download kaart (PNG)' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return decodePng(fs.readFileSync(await download.path()));
}

describe('the Dekking PNG', () => {
  it('shows the whole country, whatever the map on screen shows', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      await waitForIdle(page);
      const national = await exportPng(page);
      // Zoom the screen's map right into Maastricht: the PNG must not follow.
      await page.evaluate(() =>
        document
          .querySelector<MapElement>('.map-canvas')
          ?.sjkMap?.jumpTo({ center: [5.69, 50.85], zoom: 12 }),
      );
      await waitForIdle(page);
      const zoomed = await exportPng(page);
      expect([zoomed.width, zoomed.height]).toEqual([national.width, national.height]);
      let differ = 0;
      for (let i = 0; i < national.data.length; i += 4)
        if (Math.abs((national.data[i] ?? 0) - (zoomed.data[i] ?? 0)) > 8) differ += 1;
      expect(differ / (national.width * national.height)).toBeLessThan(0.005);
      expectNoProblems(problems);
    });
    // Two exports, each drawn by a hidden map in software WebGL.
  }, 180_000);
});

describe('the Dekking picture made at build time', () => {
  const picture = (page: Page) =>
    page.getByRole('img', { name: /Kaart van de dekking per gemeente/ });

  it('shows at once, and the interactive map takes over when it has drawn', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      await picture(page).waitFor();
      expect(await picture(page).evaluate((img: HTMLImageElement) => img.src)).toMatch(
        /\/data\/dekking\.svg$/,
      );
      await waitForMapLoaded(page);
      await picture(page).waitFor({ state: 'detached' });
      expectNoProblems(problems);
    });
  });

  it('stays, drawn, when the browser has no WebGL', async () => {
    await withPage(
      requireBrowser(),
      '/#v=dekking',
      { noWebGL: true },
      async ({ page, problems }) => {
        await page.getByText('De kaart kan niet worden getoond').waitFor();
        await expect
          .poll(() =>
            picture(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
          )
          .toBeGreaterThan(500);
        expectNoProblems(problems);
      },
    );
  });
});

describe('the map on a phone', () => {
  it('comes right after the search, before the list of places', async () => {
    await withPage(
      requireBrowser(),
      '/',
      { viewport: { width: 390, height: 844 } },
      async ({ page, problems }) => {
        // Before anything scrolls: the map's top edge shows on the first screen.
        await page.getByRole('heading', { name: /plaatsen/ }).waitFor();
        const map = await mapRegion(page).boundingBox();
        const list = await page.getByRole('heading', { name: /plaatsen/ }).boundingBox();
        expect(map?.y ?? Infinity).toBeLessThan(844);
        expect(map?.y ?? Infinity).toBeLessThan(list?.y ?? 0);
        await waitForMapLoaded(page);
        expectNoProblems(problems);
      },
    );
  });
});
