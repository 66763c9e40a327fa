import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../src/features/map/layers';
import { computeCoverage, COVERAGE_STATES, coverageTotals } from '../../src/shared/model/coverage';
import { localToday } from '../../src/shared/model/freshness';
import { nl } from '../../src/shared/i18n/nl';
import {
  expectNoProblems,
  MAP_TIMEOUT,
  servedDataset,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';

const requireBrowser = useBrowser();

/** The semicolon-separated Windows-1252 status sheet of 50 gemeenten (see its README). */
const SHEET = fileURLToPath(
  new URL('../fixtures/workbench/statuslijst-50-cp1252.csv', import.meta.url),
);
const BANNER = 'U bekijkt de kaart met uw eigen gegevens (niet gepubliceerd)';
/** Amsterdam: wel from 2013 in the published data; the sheet's "Amsterdm" (2025) makes it actueel. */
const AMSTERDAM = 363;

/** The published number of gemeenten per status, from the data file the built app serves. */
function publishedCounts(): number[] {
  const dataset = servedDataset();
  const coverage = computeCoverage(
    dataset.gemeenten,
    dataset.services,
    dataset.evidence,
    localToday(),
  );
  const totals = coverageTotals(dataset.gemeenten, coverage.byCode);
  return COVERAGE_STATES.map((state) => totals.gemeenten[state]);
}

/** Dekking's legend: the number of gemeenten per status, as a reader sees it. */
async function legendCounts(page: Page): Promise<number[]> {
  const items = page.locator('.coverage-legend').getByRole('listitem');
  await items.first().waitFor();
  const texts = await items.allInnerTexts();
  return texts.map((text) => Number(/(\d+)\s*$/.exec(text)?.[1] ?? NaN));
}

/** The map's container, where the controller leaves the MapLibre map for tests. */
type MapElement = Element & {
  sjkMap?: { getFeatureState(f: { source: string; id: number }): Record<string, unknown> };
};

/** The colour state the map gave a gemeente (what its fill shows). */
function mapState(page: Page, id: number): Promise<unknown> {
  return page.evaluate(
    ({ source, id }) =>
      document.querySelector<MapElement>('.map-canvas')?.sjkMap?.getFeatureState({ source, id })[
        'coverage'
      ],
    { source: SOURCE_IDS.gemeenten, id },
  );
}

/** Loads the sheet in Eigen gegevens, confirms "Amsterdm", and returns the counts with it. */
async function loadSheet(page: Page): Promise<number[]> {
  await page.getByRole('heading', { level: 2, name: 'Eigen gegevens' }).waitFor();
  await page.getByLabel('Kies een of meer CSV-bestanden').setInputFiles(SHEET);
  await page.getByRole('status').filter({ hasText: 'Klaar' }).waitFor({ timeout: 30_000 });
  await page.getByRole('checkbox', { name: /"Amsterdm" is Amsterdam \(GM0363\)/ }).check();
  const changes = page.getByRole('table', { name: 'Gemeenten die van status veranderen' });
  await changes.getByRole('row', { name: /^Amsterdam/ }).waitFor();
  const counts = page.getByRole('table', { name: 'Aantal gemeenten per status' });
  const after: number[] = [];
  for (const state of COVERAGE_STATES) {
    const row = counts.getByRole('row', { name: new RegExp(`^${nl.freshness.state[state]}\\s`) });
    const cells = await row.getByRole('cell').allInnerTexts();
    after.push(Number(cells[1]));
  }
  return after;
}

describe('Eigen gegevens on the Dekking map', () => {
  it('shows the owner’s sheet in Dekking’s counts, table, profile and map colours, and switches back', async () => {
    const published = publishedCounts();
    await withPage(requireBrowser(), '/#v=gegevens', async ({ page, problems }) => {
      const own = await loadSheet(page);
      expect(own).not.toEqual(published);

      await page.getByRole('link', { name: 'Bekijk de kaart met uw gegevens (Dekking)' }).click();
      await page.getByText(BANNER).waitFor();
      expect(await legendCounts(page)).toEqual(own);
      const table = page.getByRole('table', { name: /Dekking per gemeente/ });
      const amsterdam = table.getByRole('row', { name: /^Amsterdam/ });
      expect(await amsterdam.innerText()).toContain(nl.freshness.state['wel-actueel']);
      expect(await amsterdam.innerText()).not.toContain(nl.freshness.state['wel-verouderd']);

      await waitForMapLoaded(page);
      await expect
        .poll(() => mapState(page, AMSTERDAM), { timeout: MAP_TIMEOUT })
        .toBe('wel-actueel');

      // The profile tells the same, with the owner's source.
      await amsterdam.getByRole('button', { name: 'Amsterdam', exact: true }).click();
      const profile = page.getByRole('heading', { level: 2, name: 'Amsterdam' });
      await profile.waitFor();
      const side = page.locator('.coverage-side');
      const text = await side.innerText();
      expect(text).toMatch(/Status\s+Wel sociaal raadslieden\s+De bron is van de laatste 3 jaar/);
      expect(text).toMatch(/Bron\s+example\.org/);
      await page.getByRole('button', { name: 'Terug naar overzicht' }).click();

      // "Alleen uw gegevens": only the sheet's (at most 50) gemeenten have a status.
      await page.getByRole('radio', { name: 'Alleen uw gegevens' }).check();
      await expect.poll(() => legendCounts(page)).not.toEqual(own);
      const alone = await legendCounts(page);
      expect(342 - (alone.at(-1) ?? 0)).toBeLessThanOrEqual(50);
      expect(await mapState(page, AMSTERDAM)).toBe('wel-actueel');
      await page.getByRole('radio', { name: /^Samen met de gepubliceerde/ }).check();
      await expect.poll(() => legendCounts(page)).toEqual(own);

      // Back to the published map: the old counts and colours.
      await page.getByRole('button', { name: 'Terug naar de gepubliceerde kaart' }).click();
      await expect.poll(() => legendCounts(page)).toEqual(published);
      expect(await page.getByText(BANNER).count()).toBe(0);
      await expect.poll(() => mapState(page, AMSTERDAM)).toBe('wel-verouderd');
      expectNoProblems(problems);
    });
  }, 120_000);

  it('keeps the rows in this browser only when asked, after a reload too, until removed', async () => {
    const published = publishedCounts();
    await withPage(requireBrowser(), '/#v=gegevens', async ({ page, problems }) => {
      const own = await loadSheet(page);

      // Not kept: a reload shows the published map.
      await page.goto(new URL('/#v=dekking', page.url()).href);
      await page.reload();
      expect(await legendCounts(page)).toEqual(published);

      await page.goto(new URL('/#v=gegevens', page.url()).href);
      await page.reload();
      await loadSheet(page);
      await page.getByRole('checkbox', { name: 'Bewaar in deze browser' }).check();
      await page.getByText(/Bewaard in deze browser op/).waitFor();

      await page.reload();
      await page.getByText(/Uw gegevens staan nog in deze browser/).waitFor();
      await page.goto(new URL('/#v=dekking', page.url()).href);
      await page.reload();
      await page.getByText(BANNER).waitFor();
      expect(await legendCounts(page)).toEqual(own);
      await page.getByText(/Uw gegevens staan in deze browser \(bewaard op/).waitFor();

      await page.getByRole('button', { name: 'Verwijder mijn gegevens' }).click();
      await expect.poll(() => legendCounts(page)).toEqual(published);
      await page.reload();
      expect(await legendCounts(page)).toEqual(published);
      expect(await page.getByText(BANNER).count()).toBe(0);
      expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
      expectNoProblems(problems);
    });
  }, 120_000);
});
