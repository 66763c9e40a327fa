import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, mapRegion, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

/** Prints the open factsheet to A4 and returns the pages it states and the pages it took. */
async function printedPages(page: Page): Promise<{ stated: number; printed: number }> {
  const text = await page.getByText(/Dit blad past op \d+ A4/).innerText();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return { stated: Number(/(\d+) A4/.exec(text)?.[1]), printed: pdfPageCount(pdf) };
}

/** Counts the pages of a PDF (each page object has `/Type /Page`, the tree `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('campaign: coverage through the years, reach and the factsheet', () => {
  it('the year choice changes the counts, and unknown grows going back', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const year = page.getByLabel('Kies een jaar');
      await year.waitFor();
      const summary = page.getByText(/^(Vandaag|Op) .*gemeenten met sociaal raadslieden/);
      const today = await summary.innerText();
      expect(today).toMatch(/^Vandaag/);
      const unknown = (text: string) => Number(/, (\d+) onbekend\.$/.exec(text)?.[1] ?? NaN);
      const values = await year
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(values.length).toBeGreaterThan(1);
      await year.selectOption(values[0] ?? '');
      await expect.poll(() => summary.innerText()).toMatch(/^Op 31 december \d{4}/);
      const past = await summary.innerText();
      expect(unknown(past)).toBeGreaterThan(unknown(today));
      expectNoProblems(problems);
    });
  }, 90_000);

  it('shows inwoners per distance band for each kind, with what the figures leave out', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const table = page.getByRole('table', { name: /Inwoners naar afstand.*Nederland/ });
      await table.waitFor();
      for (const kind of ['Sociaal raadslieden', "IDO's", 'Het Juridisch Loket']) {
        await table.getByRole('columnheader', { name: kind }).waitFor();
      }
      const bands = [
        '0 tot 5 km',
        '5 tot 10 km',
        '10 tot 20 km',
        '20 km of meer',
        'Geen plaats bekend',
      ];
      for (const band of bands) {
        // Every band row has a figure and its share for each kind, e.g. "318.035 (2%)".
        const row = table.getByRole('row', { name: new RegExp(`^${band}`) });
        expect(await row.getByRole('cell').allInnerTexts()).toEqual([
          expect.stringMatching(/^[\d.]+\s*\(\d+%\)$/),
          expect.stringMatching(/^[\d.]+\s*\(\d+%\)$/),
          expect.stringMatching(/^[\d.]+\s*\(\d+%\)$/),
        ]);
      }
      await page
        .getByText(/telt alleen de plaatsen die op de kaart staan/)
        .first()
        .waitFor();
      await page
        .getByText(/van de 823 IDO's op de kaart/)
        .first()
        .waitFor();
      expectNoProblems(problems);
    });
  }, 90_000);

  it('the factsheet of a gemeente prints to the number of A4 pages it states', async () => {
    await withPage(requireBrowser(), '/#v=blad&gm=GM0014', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Feitenblad Groningen' }).waitFor();
      await page.getByText(/Afgedrukt op/).waitFor();
      await page
        .getByRole('table', { name: /Inwoners naar afstand/ })
        .first()
        .waitFor();
      const stated = await page.getByText(/Dit blad past op \d+ A4/).innerText();
      const pages = Number(/(\d+) A4/.exec(stated)?.[1]);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPageCount(pdf)).toBe(pages);
      expectNoProblems(problems);
    });
  }, 90_000);

  it('the factsheet of a province prints to the number of A4 pages it states', async () => {
    // Zuid-Holland has the most gemeenten of any province: the longest sheet.
    await withPage(requireBrowser(), '/#v=blad&prov=PV28', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Feitenblad Zuid-Holland' }).waitFor();
      await page.getByText(/Afgedrukt op/).waitFor();
      await page
        .getByRole('table', { name: /Inwoners naar afstand/ })
        .first()
        .waitFor();
      const { stated, printed } = await printedPages(page);
      expect(stated).toBeGreaterThanOrEqual(1);
      expect(printed).toBe(stated);
      expectNoProblems(problems);
    });
  }, 90_000);

  it('keeps the distance layer in the link: a shared link and Back restore it', async () => {
    await withPage(
      requireBrowser(),
      '/#v=dekking&afstand=juridisch-loket',
      async ({ page, problems }) => {
        const choice = page.getByRole('group', { name: 'De kaart laat zien' });
        const loket = choice.getByRole('radio', { name: 'Afstand tot Het Juridisch Loket' });
        await loket.waitFor();
        expect(await loket.isChecked()).toBe(true);
        // The legend of the distance layer shows with it.
        await choice.getByText(/0 tot 5 km/).waitFor();

        await choice.getByRole('radio', { name: 'Afstand tot een IDO' }).check();
        await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('afstand=ido');
        await page.goBack();
        await expect.poll(() => loket.isChecked()).toBe(true);
        expect(await page.evaluate(() => window.location.hash)).toContain(
          'afstand=juridisch-loket',
        );
        await choice.getByRole('radio', { name: /^Status sociaal raadslieden/ }).check();
        await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('afstand');
        expectNoProblems(problems);
      },
    );
  }, 90_000);

  it('while the map loads, the status picture shows only for the status layer', async () => {
    // The boundary files never arrive: the map stays "loading" for as long as the test looks.
    const holdBoundaries = (page: Page) =>
      page.route(/\/data\/(gemeenten|provincies)[^/]*\.geojson/, () => undefined);
    const picture = (page: Page) =>
      mapRegion(page).getByRole('img', { name: /Kaart van de dekking/ });
    await withPage(
      requireBrowser(),
      '/#v=dekking',
      { beforeGoto: holdBoundaries },
      async ({ page, problems }) => {
        await page.getByRole('table', { name: /Dekking per gemeente/ }).waitFor();
        await picture(page).waitFor();
        await page.getByRole('radio', { name: 'Afstand tot een IDO' }).check();
        await picture(page).waitFor({ state: 'detached' });
        await mapRegion(page).getByText('Kaart laden…').first().waitFor();
        await page.getByRole('radio', { name: /^Status sociaal raadslieden/ }).check();
        await picture(page).waitFor();
        expectNoProblems(problems);
      },
    );
    await withPage(
      requireBrowser(),
      '/#v=dekking&afstand=ido',
      { beforeGoto: holdBoundaries },
      async ({ page, problems }) => {
        await page.getByRole('table', { name: /Dekking per gemeente/ }).waitFor();
        await mapRegion(page).getByText('Kaart laden…').first().waitFor();
        await page.waitForTimeout(500);
        expect(await picture(page).count()).toBe(0);
        expectNoProblems(problems);
      },
    );
  }, 90_000);
});
