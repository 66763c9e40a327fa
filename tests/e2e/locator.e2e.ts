import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  expectNoSeriousAxeViolations,
  searchField,
  servedDataset,
  useBrowser,
  waitForMapLoaded,
  withPage,
} from './browser';

const requireBrowser = useBrowser();

/** The map zoom the link holds (`kaart=lon,lat,zoom` in the fragment); NaN before the first move. */
function mapZoomInLink(page: Page): number {
  const view = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('kaart');
  return Number(view?.split(',')[2]);
}

/** Has the focused element a visible focus indicator (outline or box-shadow)? */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (
      (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'
    );
  });
}

describe('locator: find free help near you', () => {
  it('a postcode shows the sociaal raadslieden for that gemeente and the nearest places', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await searchField(page).fill('3511');
      const option = page.getByRole('option', { name: /3511/ });
      await option.first().click();
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      await expect.poll(() => page.getByText('3511 ligt in gemeente Utrecht.').count()).toBe(1);
      expect(await page.getByText('Sociaal raadsliedenwerk Utrecht').count()).toBeGreaterThan(0);
      const idoSection = page.getByRole('heading', { name: /Informatiepunten Digitale Overheid/ });
      await idoSection.waitFor();
      expect(await page.getByText(/ km/).count()).toBeGreaterThan(0);
      expect(page.url()).toContain('bij=pc');
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  });

  it('works with the keyboard only: search, open details, go back, with visible focus', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await searchField(page).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Ga naar de inhoud',
      );
      await searchField(page).focus();
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.type('bibliotheek');
      await page.getByRole('listbox').waitFor({ state: 'visible' });
      await page.keyboard.press('ArrowDown');
      const active = await searchField(page).getAttribute('aria-activedescendant');
      expect(active).toBeTruthy();
      await page.keyboard.press('Enter');
      const details = page.getByRole('article');
      await details.waitFor();
      const title = details.getByRole('heading', { level: 2 });
      await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
      await details.getByRole('button', { name: /Terug naar de lijst/ }).focus();
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('list', { name: 'Plaatsen' }).waitFor();
      expectNoProblems(problems);
    });
  });

  it('a shared link restores the place search, the filters and the result', async () => {
    await withPage(requireBrowser(), '/#bij=gm:GM0344&soort=ido', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      expect(await page.getByRole('checkbox', { name: /IDO/ }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /Juridisch Loket/ }).isChecked()).toBe(false);
      expect(
        await page.getByRole('combobox', { name: 'Andere gemeente kiezen' }).inputValue(),
      ).toBe('GM0344');
      expectNoProblems(problems);
    });
  });

  it('without WebGL the page says the map cannot be shown, and search and list still work', async () => {
    await withPage(requireBrowser(), '/', { noWebGL: true }, async ({ page, problems }) => {
      await page.getByText('De kaart kan niet worden getoond').waitFor();
      const list = page.getByRole('list', { name: 'Plaatsen' });
      await list.waitFor();
      expect(await list.getByRole('button').count()).toBeGreaterThan(10);
      await searchField(page).fill('Den Bosch');
      await page
        .getByRole('option', { name: /'s-Hertogenbosch/ })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  });

  it('place details are accessible and show where the facts come from', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      const list = page.getByRole('list', { name: 'Plaatsen' });
      await list.getByRole('button').first().click();
      const details = page.getByRole('article');
      await details.getByText(/Gecontroleerd op/).waitFor();
      expect(await details.getByRole('link', { name: /Route/ }).getAttribute('href')).toMatch(
        /^https:\/\/www\.openstreetmap\.org\//,
      );
      expect(
        await details.getByRole('link', { name: 'Meld een wijziging' }).getAttribute('href'),
      ).toMatch(/^mailto:/);
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  });

  it('closing a place takes the map back, so the list shows the same places as before', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await waitForMapLoaded(page);
      const heading = page.getByRole('heading', { name: /^\d+ plaatsen/ });
      /** The number of places the list shows ("82 plaatsen" or "82 plaatsen in beeld"). */
      const listed = async () => Number((await heading.textContent())?.split(' ')[0]);
      const before = await listed();
      await page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').first().click();
      const details = page.getByRole('article');
      await details.waitFor();
      // The map zooms in on the place (to woonplaats level: its position is approximate); once
      // it is there, the link holds the new view.
      await expect.poll(() => mapZoomInLink(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(12);
      await details.getByRole('button', { name: /Terug naar de lijst/ }).click();
      await expect.poll(listed, { timeout: 20_000, interval: 250 }).toBe(before);
      expectNoProblems(problems);
    });
  });

  it('zooms in on an opened place only as far as its position is sure', async () => {
    const place = servedDataset().locations.find((l) => l.precision === 'gemeente');
    if (!place) throw new Error('the data has no place positioned at the middle of a gemeente');
    await withPage(requireBrowser(), `/#plek=${place.id}`, async ({ page, problems }) => {
      await page
        .getByRole('article')
        .getByText(/het midden van de gemeente/)
        .waitFor();
      await expect.poll(() => mapZoomInLink(page), { timeout: 20_000 }).toBe(10);
      expectNoProblems(problems);
    });
  });
});
