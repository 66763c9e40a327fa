import fs from 'node:fs';

import { describe, expect, it } from 'vitest';
import {
  computeCoverage,
  COVERAGE_STATES,
  coverageTotals,
  statusTotal,
} from '../../src/shared/model/coverage';
import { localToday } from '../../src/shared/model/freshness';
import { nl } from '../../src/shared/i18n/nl';
import {
  expectNoProblems,
  expectNoSeriousAxeViolations,
  mapRegion,
  servedDataset,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';
import { countDarkPixels, DARK_LUMINANCE, decodePng, MIN_OUTLINE_PIXELS } from './png';

const requireBrowser = useBrowser();

/** The expected numbers, computed from the data file the built app serves. */
function expectedTotals() {
  const dataset = servedDataset();
  const coverage = computeCoverage(
    dataset.gemeenten,
    dataset.services,
    dataset.evidence,
    localToday(),
  );
  return coverageTotals(dataset.gemeenten, coverage.byCode);
}

/** Counts CSV records (a newline inside quotes does not end a record). */
function countCsvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  for (const char of text.replace(/\r\n/g, '\n').trimEnd()) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) records += 1;
  }
  return records + 1;
}

describe('coverage view (Dekking)', () => {
  // axe over the 342-row table takes most of a minute on a busy 2-core machine.
  it('shows counts per status that match the data', async () => {
    const totals = expectedTotals();
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Dekking sociaal raadsliedenwerk' }).waitFor();
      const legend = page.locator('.coverage-legend');
      const items = legend.getByRole('listitem');
      expect(await items.count()).toBe(COVERAGE_STATES.length);
      for (const [index, state] of COVERAGE_STATES.entries()) {
        const text = await items.nth(index).innerText();
        expect(text).toContain(nl.freshness.state[state]);
        expect(text.trim().endsWith(String(totals.gemeenten[state]))).toBe(true);
      }
      expect(Object.values(totals.gemeenten).reduce((a, b) => a + b, 0)).toBe(342);
      // The national context stands in the summary, and again beside the reach figures.
      await page
        .getByText(/In 2023 had 42% van de gemeenten/)
        .first()
        .waitFor();
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  }, 150_000);

  it('the table sorts and filters', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const table = page.getByRole('table', { name: /Dekking per gemeente/ });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBe(343);
      const firstCell = () => table.getByRole('row').nth(1).getByRole('rowheader').innerText();
      const before = await firstCell();
      const header = table.getByRole('columnheader', { name: /Inwoners/ });
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort')).toMatch(/ascending|descending/);
      if ((await header.getAttribute('aria-sort')) === 'ascending')
        await header.getByRole('button').click();
      await expect.poll(firstCell).not.toBe(before);
      expect(await firstCell()).toContain('Amsterdam');

      await page.getByRole('combobox', { name: 'Status' }).selectOption('niet');
      const totals = expectedTotals();
      await expect
        .poll(() => table.getByRole('row').count())
        .toBe(statusTotal(totals.gemeenten, 'niet') + 1);
      expect(page.url()).toContain('status=niet');
      expectNoProblems(problems);
    });
  });

  it('the keyboard reaches a gemeente profile, and back', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const filter = page.getByRole('searchbox', { name: 'Filter op naam' });
      await filter.focus();
      await page.keyboard.type('Hoeksche');
      const open = page
        .getByRole('table')
        .getByRole('button', { name: 'Hoeksche Waard', exact: true });
      await open.waitFor();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if (await open.evaluate((el) => el === document.activeElement)) break;
      }
      expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
      await page
        .locator('.map-hover-label')
        .getByText(/^Hoeksche Waard: Wel sociaal raadslieden/)
        .waitFor();
      await page.keyboard.press('Enter');
      const title = page.getByRole('heading', { level: 2, name: 'Hoeksche Waard' });
      await title.waitFor();
      await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByText('Kwadraad', { exact: false }).count()).toBeGreaterThan(0);
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
      await page.getByRole('heading', { name: 'Dekking sociaal raadsliedenwerk' }).waitFor();
      expectNoProblems(problems);
    });
  });

  it('downloads a CSV with all 342 gemeenten', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const button = page.getByRole('button', { name: 'Download CSV' });
      await button.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const file = await download.path();
      const text = fs.readFileSync(file, 'utf8');
      expect(countCsvRecords(text)).toBe(343);
      // What Dutch Excel needs to open it in columns with the accents intact: a UTF-8 byte order
      // mark and its list separator, the semicolon.
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.slice(1).split('\r\n')[0]?.split(';')).toEqual(
        expect.arrayContaining(['code', 'naam', 'status', 'leeftijd', 'bron', 'bron_datum']),
      );
      expectNoProblems(problems);
    });
  });

  it('exports the map as a PNG with legend and sources', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      const button = page.getByRole('button', { name: 'Download kaart (PNG)' });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const image = decodePng(fs.readFileSync(await download.path()));
      const mapBox = await mapRegion(page).boundingBox();
      expect(image.width).toBeGreaterThan(mapBox?.width ?? 0);
      expect(image.height).toBeGreaterThan(mapBox?.height ?? 0);
      expect(countDarkPixels(image, DARK_LUMINANCE)).toBeGreaterThan(MIN_OUTLINE_PIXELS);
      expectNoProblems(problems);
    });
  });
});
