import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hsdsErrors } from '../hsds-schema';
import { expectNoProblems, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

/** The semicolon-separated Windows-1252 status sheet of 50 gemeenten the workbench tests load. */
const SHEET = fileURLToPath(
  new URL('../fixtures/workbench/statuslijst-50-cp1252.csv', import.meta.url),
);

interface Attribute {
  taxonomy_term: { code: string };
  value: string;
}
interface ServiceRecord {
  name: string;
  attributes: Attribute[];
}

describe('HSDS downloads', () => {
  it('Dekking offers the published data as a valid HSDS file beside CSV and GeoJSON', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const downloads = page.getByRole('region', { name: 'Gegevens downloaden' });
      const link = downloads.getByRole('link', { name: 'Download HSDS' });
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(
        /^sociaal-juridische-kaart-hsds-\d{4}-\d{2}-\d{2}\.json$/,
      );
      const services = JSON.parse(await readFile(await download.path(), 'utf8')) as unknown;
      expect(hsdsErrors(services)).toEqual([]);
      expectNoProblems(problems);
    });
  });

  it('Eigen gegevens: the HSDS download, made in a worker, holds the owner’s rows', async () => {
    await withPage(requireBrowser(), '/#v=gegevens', async ({ page, problems }) => {
      await page.getByRole('heading', { level: 2, name: 'Eigen gegevens' }).waitFor();
      await page.getByLabel('Kies een of meer CSV-bestanden').setInputFiles(SHEET);
      await page.getByRole('status').filter({ hasText: 'Klaar' }).waitFor({ timeout: 30_000 });

      const button = page.getByRole('button', { name: 'HSDS downloaden (open data)' });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^eigen-gegevens-hsds-.*\.json$/);
      const services = JSON.parse(await readFile(await download.path(), 'utf8')) as ServiceRecord[];
      expect(hsdsErrors(services)).toEqual([]);
      const stadskanaal = services.find(
        (s) => s.name === 'Sociaal raadsliedenwerk voor inwoners van Stadskanaal',
      );
      expect(stadskanaal?.attributes.find((a) => a.taxonomy_term.code === 'herkomst')?.value).toBe(
        'eigen gegevens',
      );
      await page
        .getByRole('status')
        .filter({ hasText: 'staan niet in het HSDS-bestand' })
        .waitFor();
      expectNoProblems(problems);
    });
  });
});
