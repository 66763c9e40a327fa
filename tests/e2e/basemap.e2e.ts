import { describe, expect, it } from 'vitest';
import { expectNoProblems, openPage, useBrowser, waitForMapLoaded } from './browser';

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
    const opened = await openPage(requireBrowser(), '/');
    try {
      await waitForMapLoaded(opened.page);
      expect(
        await opened.page
          .getByRole('checkbox', { name: /Achtergrondkaart met straten/ })
          .isChecked(),
      ).toBe(false);
      expectNoProblems(opened.problems);
    } finally {
      await opened.close();
    }
  });

  it('switched on by the user, loads the PDOK style and credits Kadaster', async () => {
    const opened = await openPage(requireBrowser(), '/', {
      beforeGoto: (page) => page.route(PDOK, (route) => route.fulfill({ json: FAKE_STYLE })),
    });
    const { page } = opened;
    try {
      await waitForMapLoaded(page);
      await page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ }).check();
      await page
        .getByText(/© Kadaster/)
        .first()
        .waitFor({ state: 'attached' });
      expect(
        await page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ }).isChecked(),
      ).toBe(true);
      expect(opened.problems.consoleErrors).toEqual([]);
      expect(opened.problems.cspViolations).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('falls back to the embedded map with a message when PDOK cannot be reached', async () => {
    const opened = await openPage(requireBrowser(), '/');
    const { page } = opened;
    try {
      await waitForMapLoaded(page);
      const toggle = page.getByRole('checkbox', { name: /Achtergrondkaart met straten/ });
      // click, not check(): the box is unticked again as soon as the fetch fails.
      await toggle.click();
      await page
        .getByText('De online achtergrondkaart laadt niet. We tonen de eenvoudige kaart.')
        .waitFor();
      expect(await toggle.isChecked()).toBe(false);
      expect(
        opened.problems.foreignRequests.every((request) => request.includes('api.pdok.nl')),
      ).toBe(true);
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
