import { describe, expect, it } from 'vitest';
import { expectNoProblems, useBrowser, waitForMapLoaded, withPage } from './browser';

const requireBrowser = useBrowser();

const PDOK = 'https://api.pdok.nl/kadaster/brt-achtergrondkaart/**';

/** A tiny stand-in for PDOK's style: the network is never used in tests. */
const FAKE_STYLE = {
  version: 8,
  sources: { brt: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#ffffff' } },
    { id: 'water', type: 'fill', source: 'brt', paint: { 'fill-color': '#aaccee' } },
  ],
};

describe('optional online basemap', () => {
  it('is off by default: the app loads nothing from PDOK', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      expect(
        await page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ }).isChecked(),
      ).toBe(false);
      expectNoProblems(problems);
    });
  });

  it('switched on by the user, loads the PDOK style and credits Kadaster', async () => {
    await withPage(
      requireBrowser(),
      '/',
      { beforeGoto: (page) => page.route(PDOK, (route) => route.fulfill({ json: FAKE_STYLE })) },
      async ({ page, problems }) => {
        await waitForMapLoaded(page);
        await page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ }).check();
        await page
          .getByText(/© Kadaster/)
          .first()
          .waitFor({ state: 'attached' });
        expect(
          await page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ }).isChecked(),
        ).toBe(true);
        expect(problems.consoleErrors).toEqual([]);
        expect(problems.cspViolations).toEqual([]);
      },
    );
  });

  it('falls back to the embedded map with a message when PDOK cannot be reached', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      const toggle = page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ });
      // click, not check(): the box is unticked again as soon as the fetch fails.
      await toggle.click();
      await page
        .getByText('De online achtergrondkaart laadt niet. We tonen de eenvoudige kaart.')
        .waitFor();
      expect(await toggle.isChecked()).toBe(false);
      expect(problems.foreignRequests.every((request) => request.includes('api.pdok.nl'))).toBe(
        true,
      );
      expect(problems.pageErrors).toEqual([]);
    });
  });
});
