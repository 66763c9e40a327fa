import { describe, expect, it } from 'vitest';
import {
  APP_TITLE,
  MAP_TIMEOUT,
  expectNoProblems,
  expectNoSeriousAxeViolations,
  mapRegion,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';
import { countDarkPixels, DARK_LUMINANCE, decodePng, MIN_OUTLINE_PIXELS } from './png';

const LOADED = 'Kaart geladen: 342 gemeenten getekend.';

const requireBrowser = useBrowser();

describe('app shell', () => {
  it('shows the heading, the map and the attribution, and draws all gemeenten, quietly and accessibly', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor({ state: 'visible' });
      const canvas = mapRegion(page).locator('canvas').first();
      await canvas.waitFor({ state: 'visible' });
      await waitForMapLoaded(page, { status: LOADED });
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

      expectNoProblems(problems);
      await expectNoSeriousAxeViolations(page);
    });
  });

  it('keeps the page usable and explains itself when WebGL is unavailable', async () => {
    await withPage(requireBrowser(), '/', { noWebGL: true }, async ({ page, problems }) => {
      await page
        .getByText('De kaart kan niet worden getoond')
        .first()
        .waitFor({ state: 'visible', timeout: MAP_TIMEOUT });
      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor({ state: 'visible' });
      expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(100);
      expectNoProblems(problems);
    });
  });
});
