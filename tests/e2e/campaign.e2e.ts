import { describe, expect, it } from 'vitest';
import { expectNoProblems, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

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
});
