import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distFile, expectNoProblems, searchField, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Bibliotheek <b>Test</b>';
const HOSTILE_NOTE = '<script>window.__pwned=2</script> Neem <i>ID</i> mee';
/** A curator's research note: internal, it must never reach the page. */
const INTERNAL_NOTE = 'Intern: de pagina noemt nog 0900-8020, niet nagegaan.';

/**
 * The served place files with the first place changed by `edit` (its summary in places.json, its
 * details in details.json), as a hand-broken or hostile file would be.
 */
function hostileDataset(
  edit: (summary: Record<string, unknown>, details: Record<string, unknown>) => void,
): { places: string; details: string; id: string } {
  const read = (name: string): unknown =>
    JSON.parse(fs.readFileSync(distFile(`data/${name}`), 'utf8'));
  const list = read('places.json') as { places: Record<string, unknown>[] };
  const details = read('details.json') as { places: Record<string, Record<string, unknown>> };
  const first = list.places[0];
  const firstDetails = details.places[String(first?.['id'])];
  if (!first || !firstDetails) throw new Error('dataset has no places');
  edit(first, firstDetails);
  return {
    places: JSON.stringify(list),
    details: JSON.stringify(details),
    id: String(first['id']),
  };
}

function serve(body: { places: string; details: string }) {
  return async (page: Page) => {
    await page.route('**/data/places.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: body.places }),
    );
    await page.route('**/data/details.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: body.details }),
    );
  };
}

describe('safety', () => {
  it('shows HTML and script in data as plain text and never runs it; internal notes never', async () => {
    const body = hostileDataset((summary, details) => {
      summary['name'] = HOSTILE_NAME;
      details['publicNote'] = HOSTILE_NOTE;
      details['accessNote'] = INTERNAL_NOTE;
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
    const body = hostileDataset((_summary, details) => {
      details['website'] = 'javascript:window.__pwned=3';
    });
    // The details file is checked when it arrives; its message shows where a detail is asked.
    await withPage(
      requireBrowser(),
      `/#plek=${body.id}`,
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
