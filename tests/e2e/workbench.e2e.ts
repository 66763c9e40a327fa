import { fileURLToPath } from 'node:url';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, expectNoSeriousAxeViolations, useBrowser, withPage } from './browser';

const requireBrowser = useBrowser();

/** A semicolon-separated Windows-1252 status sheet of 50 gemeenten (see its README). */
const SHEET = fileURLToPath(
  new URL('../fixtures/workbench/statuslijst-50-cp1252.csv', import.meta.url),
);

/** Text that only the loaded file holds: no request may carry it, in its URL or its body. */
const FILE_MARKERS = ['example.org/lijst', 'Welzijn Voorbeeld', 'Atlantis'];

function carriesFileContent(request: Request): boolean {
  const text = `${request.url()} ${request.postData() ?? ''}`;
  return FILE_MARKERS.some(
    (marker) => text.includes(marker) || text.includes(encodeURIComponent(marker)),
  );
}

describe('Eigen gegevens', () => {
  it('checks a Windows-1252 status sheet, lists its errors in Dutch and recomputes the counts, all in the browser', async () => {
    await withPage(requireBrowser(), '/#v=over', async ({ page, problems }) => {
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      // Reached from Over deze kaart.
      await page.getByRole('link', { name: 'Naar Eigen gegevens' }).click();
      await page.getByRole('heading', { level: 2, name: 'Eigen gegevens' }).waitFor();

      await page.getByLabel('Kies een of meer CSV-bestanden').setInputFiles(SHEET);
      const status = page.getByRole('status').filter({ hasText: 'Klaar' });
      await status.waitFor({ timeout: 30_000 });
      expect(await status.innerText()).toContain('50 rijen gecontroleerd');

      const files = page.getByRole('table', { name: /Per bestand/ });
      const row = files.getByRole('row', { name: /statuslijst-50-cp1252\.csv/ });
      expect(await row.innerText()).toMatch(/Statuslijst\s+50\s+42\s+6\s+2/);
      expect(await row.innerText()).toContain(
        'Gelezen als Windows-1252, gescheiden door puntkomma.',
      );

      const errors = page.getByRole('table', { name: /Wat er mis is/ });
      const atlantis = errors.getByRole('row', { name: /Atlantis/ });
      expect(await atlantis.innerText()).toMatch(
        /45\s+Gemeente\s+"Atlantis" is geen gemeente van 2026/,
      );
      const status46 = errors
        .getByRole('row')
        .filter({ hasText: '"Ja" is geen toegestane waarde' });
      expect(await status46.innerText()).toContain('Kies uit: wel, niet');

      // The counts with the sheet. "Amsterdm" waits for a yes; then its newer source counts and
      // Amsterdam's published claim from 2013 no longer decides.
      const counts = page.getByRole('table', { name: 'Aantal gemeenten per status' });
      const oldWel = counts.getByRole('row', { name: /^Wel sociaal raadslieden, oude bron/ });
      const before = await oldWel.innerText();
      const changes = page.getByRole('table', { name: 'Gemeenten die van status veranderen' });
      expect(await changes.getByRole('row', { name: /^Amsterdam/ }).count()).toBe(0);
      await page.getByRole('checkbox', { name: /"Amsterdm" is Amsterdam \(GM0363\)/ }).check();
      await expect.poll(() => oldWel.innerText()).not.toBe(before);
      expect(await changes.getByRole('row', { name: /^Amsterdam/ }).innerText()).toMatch(
        /Amsterdam\s+Wel sociaal raadslieden, oude bron\s+Wel sociaal raadslieden$/,
      );
      expect(
        await page
          .getByText('U bekijkt de kaart met uw eigen gegevens (niet gepubliceerd).')
          .count(),
      ).toBe(1);

      await expectNoSeriousAxeViolations(page);
      expect(requests.filter(carriesFileContent).map((r) => r.url())).toEqual([]);
      expect(requests.every((r) => r.method() === 'GET')).toBe(true);
      expectNoProblems(problems);
    });
  });

  it('lists each problem as a card on a phone', async () => {
    await withPage(
      requireBrowser(),
      '/#v=gegevens',
      { viewport: { width: 390, height: 844 } },
      async ({ page, problems }) => {
        await page.getByLabel('Kies een of meer CSV-bestanden').setInputFiles(SHEET);
        await page.getByRole('status').filter({ hasText: 'Klaar' }).waitFor({ timeout: 30_000 });
        // The wide table is not shown (nor read out); one card per problem is.
        expect(await page.getByRole('table', { name: /Wat er mis is/ }).count()).toBe(0);
        const cards = page.getByRole('list', { name: /Wat er mis is/ }).getByRole('listitem');
        expect(await cards.count()).toBe(6);
        const atlantis = cards.filter({ hasText: 'Atlantis' });
        expect(await atlantis.innerText()).toMatch(
          /Regel\s+45\s+Kolom\s+Gemeente\s+Wat is er mis\s+"Atlantis" is geen gemeente van 2026\s+Wat kunt u doen\s+\S/,
        );
        const box = await atlantis.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
        expectNoProblems(problems);
      },
    );
  });

  it('keeps the page responsive while it checks 10,000 rows', async () => {
    const lines = ['gemeente;status;aanbieder;bron;datum'];
    for (let i = 0; i < 10_000; i += 1) {
      lines.push(
        `GM${String(i % 2 ? 363 : 14).padStart(4, '0')};wel;Org ${String(i)};https://example.org/lijst/${String(i)};2025`,
      );
    }
    const buffer = Buffer.from(lines.join('\n'), 'utf8');
    await withPage(requireBrowser(), '/#v=gegevens', async ({ page, problems }) => {
      await page.getByRole('heading', { level: 2, name: 'Eigen gegevens' }).waitFor();
      // Longest gap between animation frames while the worker checks: a frozen page has long gaps.
      await page.evaluate(() => {
        const w = window as unknown as { __gaps: number[] };
        w.__gaps = [];
        let last = performance.now();
        const tick = (now: number) => {
          w.__gaps.push(now - last);
          last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const started = Date.now();
      await page
        .getByLabel('Kies een of meer CSV-bestanden')
        .setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer });
      await page
        .getByRole('status')
        .filter({ hasText: '10000 rijen gecontroleerd' })
        .waitFor({ timeout: 60_000 });
      const elapsed = Date.now() - started;
      const status = await page.getByRole('status').filter({ hasText: 'Klaar' }).innerText();
      const longest = await page.evaluate(() =>
        Math.max(...(window as unknown as { __gaps: number[] }).__gaps),
      );
      console.info(
        `10,000 rows: ${status} (${String(elapsed)} ms until shown; longest frame gap ${longest.toFixed(0)} ms)`,
      );
      // Checking 10,000 rows takes seconds; on the main thread every one of them would freeze the page.
      expect(longest).toBeLessThan(1500);
      expectNoProblems(problems);
    });
  });
});
