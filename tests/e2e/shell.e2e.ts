import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoProblems, expectNoSeriousAxeViolations, openPage, useBrowser } from './browser';
import { countDarkPixels, decodePng } from './png';

const TITLE = 'Sociaal-juridische kaart';
const LOADED = 'Kaart geladen: 342 gemeenten getekend.';
const MAP_TIMEOUT = 20_000;
/** Land #f6f6f2 and sea #dce9f2 are light; outlines #6b7280 / #1f2937 are dark. */
const DARK_LUMINANCE = 140;
const MIN_OUTLINE_PIXELS = 2_000;

const requireBrowser = useBrowser();

function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Kaart', exact: true });
}

/** Waits for the map's live status to announce that all gemeenten are drawn; on timeout, says what it did announce. */
async function waitForMapLoaded(page: Page): Promise<void> {
  const statuses = mapRegion(page).getByRole('status');
  try {
    await statuses.filter({ hasText: LOADED }).waitFor({ state: 'attached', timeout: MAP_TIMEOUT });
  } catch {
    const texts = await statuses.allTextContents();
    throw new Error(`map status never said "${LOADED}"; status text now: ${JSON.stringify(texts)}`);
  }
}

describe('app shell', () => {
  it('shows the heading, the map and the attribution, and draws all gemeenten, quietly and accessibly', async () => {
    const opened = await openPage(requireBrowser(), '/');
    const { page } = opened;
    try {
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ state: 'visible' });
      const canvas = mapRegion(page).locator('canvas').first();
      await canvas.waitFor({ state: 'visible' });
      await waitForMapLoaded(page);
      const status = mapRegion(page).getByRole('status').filter({ hasText: LOADED });
      expect(await status.getAttribute('aria-live')).not.toBe('assertive');

      const text = await page.locator('body').innerText();
      expect(text).toContain('CBS');
      expect(text).toContain('PDOK');

      const image = decodePng(await canvas.screenshot({ animations: 'disabled' }));
      const dark = countDarkPixels(image, DARK_LUMINANCE);
      expect(dark, `dark outline pixels in the ${image.width}x${image.height} map`).toBeGreaterThan(
        MIN_OUTLINE_PIXELS,
      );

      expectNoProblems(opened.problems);
      await expectNoSeriousAxeViolations(page);
    } finally {
      await opened.close();
    }
  });

  it('keeps the page usable and explains itself when WebGL is unavailable', async () => {
    const opened = await openPage(requireBrowser(), '/', { noWebGL: true });
    const { page } = opened;
    try {
      await page
        .getByText('De kaart kan niet worden getoond')
        .first()
        .waitFor({ state: 'visible', timeout: MAP_TIMEOUT });
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ state: 'visible' });
      expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(100);
      expectNoProblems(opened.problems);
    } finally {
      await opened.close();
    }
  });

  it('shows a retryable alert when the data cannot be loaded, and recovers on retry', async () => {
    const dataset = '**/data/dataset.json';
    const opened = await openPage(requireBrowser(), '/', {
      beforeGoto: (page) =>
        page.route(dataset, (route) =>
          route.fulfill({ status: 500, body: 'Internal Server Error' }),
        ),
    });
    const { page } = opened;
    try {
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'De gegevens konden niet worden geladen' });
      await alert.waitFor({ state: 'visible', timeout: MAP_TIMEOUT });
      const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
      await retry.waitFor({ state: 'visible' });

      await page.unroute(dataset);
      await retry.click();
      await alert.waitFor({ state: 'hidden', timeout: MAP_TIMEOUT });
      await waitForMapLoaded(page);
      // Chromium logs the deliberate 500 as "Failed to load resource: ... status of 500".
      expectNoProblems(opened.problems, { allowConsole: [/status of 500/] });
    } finally {
      await opened.close();
    }
  });

  it('says the map cannot be shown when the boundaries fail to load, and the list still works', async () => {
    const opened = await openPage(requireBrowser(), '/', {
      beforeGoto: (page) =>
        page.route('**/data/gemeenten.geojson', (route) =>
          route.fulfill({ status: 404, body: 'Not Found' }),
        ),
    });
    const { page } = opened;
    try {
      await page.getByText('De kaart kan niet worden getoond').waitFor({ timeout: MAP_TIMEOUT });
      await page.getByRole('list', { name: 'Plaatsen' }).waitFor();
      expectNoProblems(opened.problems, { allowConsole: [/status of 404/] });
    } finally {
      await opened.close();
    }
  });
});
