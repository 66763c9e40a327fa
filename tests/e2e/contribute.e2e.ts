import { describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  expectNoSeriousAxeViolations,
  mapRegion,
  useBrowser,
  withPage,
} from './browser';

const requireBrowser = useBrowser();
const PHONE = { width: 390, height: 844 };

describe('"Weet u meer? Geef het door"', () => {
  it('from a gemeente profile: says what is wrong next to the field, then fills the e-mail', async () => {
    await withPage(requireBrowser(), '/#v=dekking&gm=GM0014', async ({ page, problems }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.getByRole('heading', { level: 2, name: 'Groningen' }).waitFor();
      await page.getByRole('button', { name: 'Weet u meer? Geef het door' }).click();
      const form = page.getByRole('region', { name: 'Geef het door: Groningen (GM0014)' });
      await form.waitFor();

      await form.getByLabel('Heeft de gemeente sociaal raadslieden?').selectOption('niet');
      await form.getByLabel(/^Aanbieder/).fill('MJD & partners');
      await form.getByLabel(/^Bron/).fill('www.groningen.nl/raadslieden');
      await form.getByLabel('Datum op de bron').fill('01-01-2999');
      await form.getByLabel('Toelichting').fill('Gestopt per 1 mei; "geen" opvolger');
      await form.getByRole('button', { name: 'Controleren en e-mail maken' }).click();
      await form.getByRole('alert').filter({ hasText: 'Er zijn 2 dingen niet goed' }).waitFor();
      const bron = form.getByLabel(/^Bron/);
      expect(await bron.getAttribute('aria-invalid')).toBe('true');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
        .toBe('url');
      // The message is tied to its field, so a screen reader says it there.
      const described = (await bron.getAttribute('aria-describedby')) ?? '';
      const said = await page.evaluate(
        (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
        described,
      );
      expect(said).toContain('Dit is geen webadres. Het moet beginnen met https:// of http://.');
      await form.getByText('Deze datum ligt in de toekomst.', { exact: false }).waitFor();
      await expectNoSeriousAxeViolations(page, '.contribute');

      await bron.fill('https://gemeente.groningen.nl/raadslieden?a=1&b=2');
      await form.getByLabel('Datum op de bron').fill('2025-03');
      await form.getByRole('button', { name: 'Controleren en e-mail maken' }).click();
      const mail = form.getByRole('link', { name: 'E-mail openen in uw mailprogramma' });
      const href = (await mail.getAttribute('href')) ?? '';
      expect(href).toMatch(/^mailto:/);
      const url = new URL(href);
      const body = url.searchParams.get('body') ?? '';
      expect(url.searchParams.get('subject')).toBe('Geef het door: Groningen (GM0014)');
      for (const field of [
        'Gemeente: Groningen (GM0014)',
        'Sociaal raadslieden: Nee, er zijn geen sociaal raadslieden',
        'Aanbieder: MJD & partners',
        'Bron: https://gemeente.groningen.nl/raadslieden?a=1&b=2',
        'Datum op de bron: 2025-03',
        'Toelichting: Gestopt per 1 mei; "geen" opvolger',
      ]) {
        expect(body).toContain(field);
      }
      // No address in this build: the form says so and still offers the sheet row.
      await form.getByText(/nog geen e-mailadres ingesteld/).waitFor();
      const row = await form.getByLabel('De regel, om te kopiëren').inputValue();
      expect(row).toBe(
        'gemeente,cbs_code,status,aanbieder,bron,titel_bron,datum,toelichting\n' +
          'Groningen,GM0014,niet,MJD & partners,https://gemeente.groningen.nl/raadslieden?a=1&b=2,,2025-03,"Gestopt per 1 mei; ""geen"" opvolger"\n',
      );
      await expectNoSeriousAxeViolations(page, '.contribute');
      // Nothing was sent: no request carries what was typed.
      expect(requests.filter((r) => /raadslieden%3F|MJD|opvolger/i.test(r))).toEqual([]);

      await form.getByRole('button', { name: 'Formulier sluiten' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Weet u meer? Geef het door');
      expectNoProblems(problems);
    });
  }, 90_000);

  it('on a place: the form names the place', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      const item = page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first();
      const name = (await item.innerText()).split('\n')[0] ?? '';
      await item.click();
      await page.getByRole('button', { name: 'Weet u meer? Geef het door' }).click();
      const form = page.getByRole('region', { name: /^Geef het door: / });
      await form.waitFor();
      expect(await form.getByRole('heading').first().innerText()).toContain(name.trim());
      expectNoProblems(problems);
    });
  }, 90_000);
});

describe('"Kaart nu laden" on a phone', () => {
  // Focusing the button scrolls the map into view, which loads it by itself: with a pause before
  // the key press, the button is gone before Enter (what a slow CI machine did by chance).
  it.each([
    ['at once', 0],
    ['after a pause', 1500],
  ])(
    'moves focus to the map, not to the start of the page, when the button goes (Enter %s)',
    async (_when, pause) => {
      await withPage(
        requireBrowser(),
        '/#v=dekking',
        { viewport: PHONE },
        async ({ page, problems }) => {
          const load = mapRegion(page).getByRole('button', { name: 'Kaart nu laden' });
          await load.focus();
          await page.waitForTimeout(pause);
          await page.keyboard.press('Enter');
          await load.waitFor({ state: 'detached' });
          const focused = () =>
            page.evaluate(() => {
              const active = document.activeElement;
              return {
                body: active === document.body || active === null,
                inMap: active?.closest('section[aria-label="Kaart"]') !== null,
              };
            });
          expect(await focused()).toEqual({ body: false, inMap: true });
          // Tab goes on inside the map (to the map itself or its tools), not back to the page's top.
          await mapRegion(page).getByRole('status').filter({ hasText: 'Kaart geladen' }).waitFor({
            timeout: 30_000,
          });
          await page.keyboard.press('Tab');
          expect(await focused()).toEqual({ body: false, inMap: true });
          expectNoProblems(problems);
        },
      );
    },
    90_000,
  );
});
