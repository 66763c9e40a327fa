import { claimText } from '../../src/shared/i18n/claim-text';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeCoverage,
  COVERAGE_STATES,
  coverageState,
  type CoverageState,
} from '../../src/shared/model/coverage';
import { localToday } from '../../src/shared/model/freshness';
import { nl } from '../../src/shared/i18n/nl';
import { expectNoProblems, servedDataset, useBrowser, withPage } from './browser';
import { decodePng, type DecodedPng } from './png';

const requireBrowser = useBrowser();

/** Mean and spread of the luma (Rec. 601) of an image: what a greyscale print keeps. */
function greyStats(image: DecodedPng): { mean: number; spread: number } {
  const values: number[] = [];
  for (let i = 0; i < image.data.length; i += image.channels) {
    const [r = 0, g = 0, b = 0] = [image.data[i], image.data[i + 1], image.data[i + 2]];
    values.push(0.299 * r + 0.587 * g + 0.114 * b);
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const spread = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  return { mean, spread };
}

/** A gemeente in the served data whose status rests only on an old or undated source. */
function outdatedGemeente(): { code: string; name: string; state: CoverageState } {
  const dataset = servedDataset();
  const coverage = computeCoverage(
    dataset.gemeenten,
    dataset.services,
    dataset.evidence,
    localToday(),
  );
  const amsterdam = dataset.gemeenten.find((g) => g.code === 'GM0363');
  const entry = amsterdam && coverage.byCode.get(amsterdam.code);
  if (!amsterdam || !entry) throw new Error('Amsterdam is missing from the data');
  return { code: amsterdam.code, name: amsterdam.name, state: coverageState(entry) };
}

describe('age of every claim (freshness)', () => {
  it('tells current and outdated apart in the legend, also in greyscale', async () => {
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const legend = page.locator('.coverage-legend');
      await legend.waitFor();
      const stats = new Map<CoverageState, { mean: number; spread: number }>();
      for (const state of COVERAGE_STATES) {
        const swatch = legend.locator(`.coverage-swatch--${state}`);
        stats.set(state, greyStats(decodePng(await swatch.screenshot())));
        const item = legend.getByRole('listitem').filter({ hasText: nl.freshness.state[state] });
        expect(await item.first().innerText()).toMatch(/\d+\s*$/);
      }
      for (const status of ['wel', 'niet'] as const) {
        const current = stats.get(`${status}-actueel`);
        const outdated = stats.get(`${status}-verouderd`);
        if (!current || !outdated) throw new Error('swatch missing');
        // Told apart without colour: a clearly different grey, or a pattern where there was none.
        const apart =
          Math.abs(current.mean - outdated.mean) > 25 ||
          Math.abs(current.spread - outdated.spread) > 10;
        expect(apart, `${status}: ${JSON.stringify({ current, outdated })}`).toBe(true);
      }
      expectNoProblems(problems);
    });
  });

  it('puts the source title, its date, how it was found and the age in the CSV', async () => {
    const amsterdam = outdatedGemeente();
    await withPage(requireBrowser(), '/#v=dekking', async ({ page, problems }) => {
      const button = page.getByRole('button', { name: 'Download CSV' });
      await button.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const text = fs.readFileSync(await download.path(), 'utf8');
      const header = text.split('\r\n')[0] ?? '';
      for (const column of ['status', 'leeftijd', 'bron', 'bron_datum', 'bron_datum_hoe'])
        expect(header.split(';')).toContain(column);
      const row = text.split('\r\n').find((line) => line.startsWith(`${amsterdam.code};`));
      expect(row).toContain(';verouderd;');
      expect(row).toMatch(/;2013-09-26;/);
      expectNoProblems(problems);
    });
  });

  it('never shows a gemeente whose only source is from 2013 as a present-day fact', async () => {
    const amsterdam = outdatedGemeente();
    expect(amsterdam.state).toBe('wel-verouderd');
    await withPage(
      requireBrowser(),
      `/#v=dekking&gm=${amsterdam.code}`,
      async ({ page, problems }) => {
        const profile = page.getByRole('article');
        await profile.getByRole('heading', { name: amsterdam.name }).waitFor();
        const text = await profile.innerText();
        expect(text).toContain(nl.freshness.state['wel-verouderd']);
        expect(text).toContain(claimText.ageExplain.verouderd);
        expect(text).toContain('2013');
        expectNoProblems(problems);
      },
    );
  });

  it('says in the resident answer how old the source is and that it may have changed', async () => {
    const amsterdam = outdatedGemeente();
    await withPage(requireBrowser(), `/#bij=gm:${amsterdam.code}`, async ({ page, problems }) => {
      const answer = page.getByRole('region', { name: 'Hulp bij u in de buurt' });
      await answer.getByText(/Volgens een bron van .*2013/).waitFor();
      expect(await answer.innerText()).toContain(claimText.mayHaveChanged);
      expectNoProblems(problems);
    });
  });
});
