import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distFile, expectNoProblems, searchField, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Bibliotheek <b>Test</b>';
const HOSTILE_NOTE = '<script>window.__pwned=2</script> Neem <i>ID</i> mee';
/** A curator's research note: internal, it must never reach the page. */
const INTERNAL_NOTE = 'Intern: de pagina noemt nog 0900-8020, niet nagegaan.';

/** The served dataset with one record changed by `edit`, as a hand-broken or hostile file would be. */
function hostileDataset(edit: (location: Record<string, unknown>) => void): string {
  const dataset = JSON.parse(fs.readFileSync(distFile('data/dataset.json'), 'utf8')) as {
    locations: Record<string, unknown>[];
  };
  const first = dataset.locations[0];
  if (!first) throw new Error('dataset has no locations');
  edit(first);
  return JSON.stringify(dataset);
}

function serve(body: string) {
  return (page: Page) =>
    page.route('**/data/dataset.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
}

describe('safety', () => {
  it('shows HTML and script in data as plain text and never runs it; internal notes never', async () => {
    const body = hostileDataset((location) => {
      location['name'] = HOSTILE_NAME;
      location['publicNote'] = HOSTILE_NOTE;
      location['accessNote'] = INTERNAL_NOTE;
    });
    await withPage(
      requireBrowser(),
      '/',
      { beforeGoto: serve(body) },
      async ({ page, problems }) => {
        let dialogs = 0;
        page.on('dialog', (dialog) => {
          dialogs += 1;
          void dialog.dismiss();
        });
        const item = page.getByRole('button', { name: /Bibliotheek <b>Test<\/b>/ });
        await item.click();
        await page.getByRole('heading', { level: 2, name: HOSTILE_NAME }).waitFor();
        await page.getByText(HOSTILE_NOTE).waitFor();
        expect(await page.getByText(INTERNAL_NOTE).count()).toBe(0);
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
        ).toBeUndefined();
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(dialogs).toBe(0);
        expectNoProblems(problems);
      },
    );
  });

  it('rejects a javascript: link in the data instead of rendering it', async () => {
    const body = hostileDataset((location) => {
      location['website'] = 'javascript:window.__pwned=3';
    });
    await withPage(
      requireBrowser(),
      '/',
      { beforeGoto: serve(body) },
      async ({ page, problems }) => {
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(await alert.innerText()).toContain('Het gegevensbestand is kapot of verouderd.');
        expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
        expectNoProblems(problems);
      },
    );
  });

  it('contacts no other host and leaves no postcode in a request', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      const field = searchField(page);
      await field.fill('3511 AB');
      await page.getByRole('option', { name: /3511/ }).first().click();
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      expect(urls.filter((url) => /3511/.test(url))).toEqual([]);
      expect(page.url()).toContain('#');
      expectNoProblems(problems);
    });
  });
});
