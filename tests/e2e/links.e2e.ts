import { describe, expect, it } from 'vitest';
import { expectNoProblems, searchField, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

/** Text anyone could put in a link: a fake warning with a phone number, and markup. */
const HOSTILE_NAME = 'Let op: deze kaart is verhuisd. Bel 0900-1234567';
const HOSTILE_VALUE = '<img src=x onerror=alert(1)>Bel 0900-7654321';

describe('links that anyone could write', () => {
  it('never shows the text of unknown or bad parameters, only what kind of part was skipped', async () => {
    const fragment = [
      `${encodeURIComponent(HOSTILE_NAME)}=1`,
      `${'lang'.repeat(2000)}=x`,
      `plek=${encodeURIComponent(HOSTILE_VALUE)}`,
    ].join('&');
    await withPage(requireBrowser(), `/#${fragment}`, async ({ page, problems }) => {
      const notice = page
        .getByRole('status')
        .filter({ hasText: 'Een deel van de link klopt niet' });
      await notice.waitFor();
      expect(await notice.innerText()).toContain(
        'Dat deel is overgeslagen. Het ging om: de plaats, onbekende onderdelen.',
      );
      const text = await page.locator('body').innerText();
      for (const hostile of ['verhuisd', '0900', 'langlang', 'onerror', '<img']) {
        expect(text, hostile).not.toContain(hostile);
      }
      expect((await notice.innerText()).length).toBeLessThan(200);
      expectNoProblems(problems);
    });
  });

  it('says a position outside the Netherlands is outside, and offers the gemeente picker', async () => {
    await withPage(requireBrowser(), '/#bij=punt:0,0', async ({ page, problems }) => {
      await searchField(page).waitFor();
      const alert = page.getByRole('alert').filter({ hasText: 'buiten Nederland' });
      await alert.waitFor();
      expect(await page.getByText(/ligt in gemeente/).count()).toBe(0);
      const picker = alert.getByRole('combobox', { name: 'Kies uw gemeente' });
      await picker.selectOption({ label: 'Utrecht' });
      await page.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      expect(page.url()).toContain('bij=gm%3AGM0344');
      expectNoProblems(problems);
    });
  });

  it('offers the gemeente picker for an unknown gemeente code', async () => {
    await withPage(requireBrowser(), '/#bij=gm:GM9999', async ({ page, problems }) => {
      const alert = page.getByRole('alert').filter({ hasText: 'Deze gemeente kennen we niet' });
      await alert.waitFor();
      await alert.getByRole('combobox', { name: 'Kies uw gemeente' }).waitFor();
      expectNoProblems(problems);
    });
  });
});
