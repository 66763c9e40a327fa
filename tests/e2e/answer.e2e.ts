import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  expectNoSeriousAxeViolations,
  searchField,
  servedDataset,
  useBrowser,
  withPage,
} from './browser';

const requireBrowser = useBrowser();

/** A cheap phone held upright. */
const PHONE = { width: 390, height: 844 } as const;

/** Whether the element's box lies wholly inside the visible part of the page. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.y + box.height <= size.height && box.x >= 0;
}

/** The page as a printer gets it: its visible text under print media, and the PDF's page count. */
async function printed(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('body').innerText();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  return { text, pages };
}

describe('the answer first, on a phone', () => {
  it('a postcode and Enter bring the answer and the first step into view, announced', async () => {
    await withPage(requireBrowser(), '/', { viewport: PHONE }, async ({ page, problems }) => {
      const field = searchField(page);
      await field.click();
      await page.keyboard.type('3511');
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: 'Hulp bij u in de buurt' });
      await heading.waitFor();
      // Focus moved to the answer, whose heading is described by the status: it is announced.
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      const description = await heading.evaluate((el) => {
        const id = el.getAttribute('aria-describedby') ?? '';
        return document.getElementById(id)?.textContent ?? '';
      });
      expect(description).toContain('In Utrecht zijn sociaal raadslieden.');
      await expect.poll(() => inViewport(page, heading)).toBe(true);
      const steps = page.getByRole('list', { name: 'Wat kunt u nu doen?' });
      const firstStep = steps.getByRole('listitem').first();
      expect(await inViewport(page, firstStep)).toBe(true);
      await expectNoSeriousAxeViolations(page);
      expectNoProblems(problems);
    });
  });

  it('"gemeente Utrecht" and Enter lead to Utrecht, not to a place in another gemeente', async () => {
    await withPage(requireBrowser(), '/', { viewport: PHONE }, async ({ page, problems }) => {
      await searchField(page).click();
      await page.keyboard.type('gemeente Utrecht');
      await page.keyboard.press('Enter');
      await page.getByText('In Utrecht zijn sociaal raadslieden.').waitFor();
      expect(page.url()).toContain('bij=gm%3AGM0344');
      expect(await page.getByRole('article').count()).toBe(0);
      expectNoProblems(problems);
    });
  });

  it('Enter on a guess opens the list instead of choosing', async () => {
    await withPage(requireBrowser(), '/', { viewport: PHONE }, async ({ page, problems }) => {
      await searchField(page).click();
      await page.keyboard.type('amsterdm');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await page.getByText(/Kies een van de suggesties/).waitFor({ state: 'attached' });
      expect(await page.getByRole('listbox').isVisible()).toBe(true);
      expect(page.url()).not.toContain('bij=');
      expectNoProblems(problems);
    });
  });
});

describe('words for needs lead to the kind of help', () => {
  const needs: readonly [string, string, readonly string[]][] = [
    ['schulden', 'Hulp bij schulden', ['Sociaal raadslieden', 'Het Juridisch Loket']],
    [
      'toeslagen',
      'Hulp bij toeslagen',
      ['Sociaal raadslieden', 'Informatiepunt Digitale Overheid'],
    ],
    ['uitkering', 'Hulp bij een uitkering', ['Sociaal raadslieden']],
    ['bezwaar', 'Hulp bij bezwaar maken', ['Sociaal raadslieden', 'Het Juridisch Loket']],
    ['huurachterstand', 'Hulp bij huurachterstand', ['Sociaal raadslieden', 'Het Juridisch Loket']],
    ['boete', 'Hulp bij een boete', ['Het Juridisch Loket', 'Sociaal raadslieden']],
    ['DigiD', 'Hulp met DigiD', ['Informatiepunt Digitale Overheid']],
    ['belastingaangifte', 'Hulp bij belastingaangifte', ['Informatiepunt Digitale Overheid']],
    ['advocaat', 'Een advocaat of juridisch advies', ['Het Juridisch Loket']],
    ['scheiding', 'Hulp bij scheiding', ['Het Juridisch Loket']],
  ];

  it('each need word, with Enter, opens its help with a sentence why', async () => {
    await withPage(requireBrowser(), '/', { viewport: PHONE }, async ({ page, problems }) => {
      const field = searchField(page);
      for (const [word, title, kinds] of needs) {
        await field.fill('');
        await field.click();
        await page.keyboard.type(word);
        await page.keyboard.press('Enter');
        const heading = page.getByRole('heading', { level: 2, name: title });
        await heading.waitFor();
        const panel = page.getByRole('region', { name: title });
        for (const kind of kinds) {
          expect(await panel.getByRole('listitem').filter({ hasText: kind }).count(), word).toBe(1);
        }
        const why = await heading.evaluate((el) => {
          const id = el.getAttribute('aria-describedby') ?? '';
          return document.getElementById(id)?.textContent ?? '';
        });
        expect(why.length, word).toBeGreaterThan(40);
      }
      expectNoProblems(problems);
    });
  });
});

describe('Back and Forward', () => {
  it('keep the search field and the answer in step', async () => {
    await withPage(requireBrowser(), '/', async ({ page, problems }) => {
      const field = searchField(page);
      await field.click();
      await page.keyboard.type('3511');
      await page.keyboard.press('Enter');
      await page.getByText('3511 ligt in gemeente Utrecht.').waitFor();
      await field.fill('');
      await field.click();
      await page.keyboard.type('gemeente Zwolle');
      await page.keyboard.press('Enter');
      await page
        .getByText(/In Zwolle/)
        .first()
        .waitFor();
      await page.goBack();
      await page.getByText('3511 ligt in gemeente Utrecht.').waitFor();
      expect(await field.inputValue()).toBe('3511');
      await page.goForward();
      await page
        .getByText(/In Zwolle/)
        .first()
        .waitFor();
      expect(await field.inputValue()).toBe('gemeente Zwolle');
      expect(await page.getByText('3511 ligt in gemeente Utrecht.').count()).toBe(0);
      expectNoProblems(problems);
    });
  });
});

describe('printing', () => {
  it('a place with address, hours and phone prints all three on one page, no "nu open"', async () => {
    const place = servedDataset().locations.find(
      (l) =>
        l.address.street &&
        l.phone &&
        (l.openingHours.text !== undefined || l.openingHours.osm !== undefined),
    );
    if (!place?.phone || !place.address.street)
      throw new Error('the data has no place with a street, hours and a phone number');
    await withPage(requireBrowser(), `/#plek=${place.id}`, async ({ page, problems }) => {
      await page.getByRole('article').getByRole('heading', { level: 2 }).waitFor();
      const { text, pages } = await printed(page);
      expect(text).toContain(place.address.street);
      expect(text).toContain(place.phone);
      expect(text).toContain(place.openingHours.text ?? '');
      expect(text).toMatch(/Afgedrukt op \d+ \w+ \d{4}\. Bekijk online: http/);
      expect(text).toContain(`#plek=${place.id}`);
      expect(text).not.toMatch(/Nu open|Nu gesloten|openstreetmap\.org/);
      expect(pages).toBe(1);
      expectNoProblems(problems);
    });
  });

  it('a place with weekly hours prints the hours without "nu open" or "nu gesloten"', async () => {
    const place = servedDataset().locations.find((l) => l.openingHours.osm !== undefined);
    if (!place) throw new Error('the data has no place with structured hours');
    await withPage(requireBrowser(), `/#plek=${place.id}`, async ({ page, problems }) => {
      const article = page.getByRole('article');
      await article.getByText(/Nu (open|gesloten)/).waitFor();
      const { text } = await printed(page);
      expect(text).toMatch(/(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag): \d/);
      expect(text).not.toMatch(/Nu open|Nu gesloten/);
      expectNoProblems(problems);
    });
  });

  it('the referral prints on one A4, with the client only when the worker ticks it', async () => {
    await withPage(requireBrowser(), '/#bij=pc:3511', async ({ page, problems }) => {
      await page.getByRole('heading', { name: 'Wat kunt u nu doen?' }).waitFor();
      let sheet = await printed(page);
      expect(sheet.text).toContain('Verwijzing: gratis hulp bij geld, formulieren en recht');
      expect(sheet.text).toContain('Het Juridisch Loket: Het Juridisch Loket Utrecht');
      expect(sheet.text).toMatch(/Telefoon\s+0800-8020/);
      expect(sheet.text).toMatch(/Afgedrukt op .* Meer hulp zoeken: http/);
      expect(sheet.text).not.toContain('3511');
      expect(sheet.text).not.toContain('Wat kunt u nu doen?');
      expect(sheet.pages).toBe(1);
      await page
        .getByRole('checkbox', { name: 'Postcode en gemeente op de verwijzing zetten' })
        .check();
      sheet = await printed(page);
      expect(sheet.text).toContain('Voor: 3511, gemeente Utrecht.');
      expect(sheet.pages).toBe(1);
      expectNoProblems(problems);
    });
  });
});
