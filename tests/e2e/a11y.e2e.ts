import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  expectNoSeriousAxeViolations,
  searchField,
  useBrowser,
  withPage,
} from './browser';

const requireBrowser = useBrowser();

/**
 * Controls smaller than 24×24 CSS pixels (WCAG 2.2, 2.5.8). Links inside running text are exempt
 * by the criterion itself, so only buttons, form fields, options and navigation links count.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input, select, [role="option"], nav a, .map-basemap label';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
}

describe('accessibility of every view', () => {
  it('the start page on a small phone screen', async () => {
    const viewport = { width: 360, height: 740 };
    await withPage(requireBrowser(), '/', { viewport }, async ({ page, problems }) => {
      await page.getByRole('list', { name: 'Plaatsen' }).waitFor();
      await expectNoSeriousAxeViolations(page);
      expect(await smallTargets(page)).toEqual([]);
      expectNoProblems(problems);
    });
  });

  it('search suggestions', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      await searchField(page).fill('utrecht');
      await page.getByRole('option').first().waitFor();
      await expectNoSeriousAxeViolations(page);
      expect(await smallTargets(page)).toEqual([]);
      expectNoProblems(problems);
    });
  });

  it('Hulp bij u in de buurt and the Dekking view have no small targets', async () => {
    await withPage(requireBrowser(), '/#bij=gm:GM0599', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('link', { name: 'Dekking' }).click();
      await page.getByRole('table', { name: /Dekking per gemeente/ }).waitFor();
      expect(await smallTargets(page)).toEqual([]);
      expectNoProblems(problems);
    });
  });

  it.each([
    ['Over deze kaart', '/#v=over'],
    ['Toegankelijkheid', '/#v=toegankelijkheid'],
  ])('the page %s', async (title, path) => {
    await withPage(requireBrowser(), path, async ({ page, problems }) => {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  });

  it('the embeddable finder for a preset gemeente, before and after a postcode search', async () => {
    await withPage(requireBrowser(), '/embed.html?gm=GM0268', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      await page
        .getByText(/In Nijmegen/)
        .first()
        .waitFor();
      await expectNoSeriousAxeViolations(page);
      expect(await smallTargets(page)).toEqual([]);
      await page.getByLabel('Uw postcode').fill('6511 AB');
      await page.getByRole('button', { name: 'Zoek hulp' }).click();
      await page.getByText(/^6511 AB ligt in gemeente Nijmegen\./).waitFor();
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  });

  it('Dekking with an earlier year chosen', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const year = page.getByLabel('Kies een jaar');
      await year.waitFor();
      const first = await year.locator('option').first().getAttribute('value');
      await year.selectOption(first ?? '');
      await page.getByText(/^Op 31 december \d{4}/).waitFor();
      // The side column holds the year choice and what it changes (the table shows today).
      await expectNoSeriousAxeViolations(page, '.workspace__side');
      expect(await smallTargets(page)).toEqual([]);
      expectNoProblems(problems);
    });
  }, 90_000);

  it('Over deze kaart with the embed snippet made for a gemeente', async () => {
    await withPage(requireBrowser(), '/#v=over', async ({ page, problems }) => {
      const choice = page.getByLabel('Voor welke gemeente of provincie?');
      await choice.selectOption({ label: 'Nijmegen' });
      const snippet = page.getByLabel('Code om op uw website te plakken');
      await expect.poll(() => snippet.inputValue()).toContain('gm=GM0268');
      await expectNoSeriousAxeViolations(page);
      expect(await smallTargets(page)).toEqual([]);
      expectNoProblems(problems);
    });
  });

  it('focus goes back to the place in the list after closing its details', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      const item = page.getByRole('list', { name: 'Plaatsen' }).getByRole('button').nth(2);
      // Read the id first: opening a place moves the map, and the list then shows what is in view.
      const id = await item.getAttribute('data-place-id');
      await item.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Terug naar de lijst/ }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place-id')))
        .toBe(id);
      expectNoProblems(problems);
    });
  });
});
