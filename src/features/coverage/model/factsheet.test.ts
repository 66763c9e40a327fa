// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/model/coverage';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { factsheetPages, gemeenteFactsheet, provinceFactsheet } from './factsheet';

const dataset = createCoverageDataset();
const coverage = computeCoverage(
  dataset.gemeenten,
  dataset.services,
  dataset.evidence,
  dataset.checkedUntil,
);

describe('gemeenteFactsheet', () => {
  it('names the office of the service that works for the gemeente, even in another gemeente', () => {
    const sheet = gemeenteFactsheet(dataset, coverage, 'GM0307');
    expect(sheet?.profile.gemeente.name).toBe('Amersfoort');
    expect(sheet?.offices.map((o) => o.location.id)).toEqual(['srl-utrecht-kantoor']);
    expect(sheet?.offices[0]?.km).toBeGreaterThan(15);
  });

  it('lists each source once, with the date it shows and the day we read it', () => {
    const sheet = gemeenteFactsheet(dataset, coverage, 'GM0344');
    const keys = sheet?.sources.map((s) => `${s.label.url ?? ''}|${s.label.title}`) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    // The office, the IDO's and the loket all cite the same page: it is listed once.
    expect(keys.filter((k) => k.startsWith('https://example.org/locaties|'))).toHaveLength(1);
    expect(sheet?.sources).toContainEqual({
      label: { title: 'example.org', url: 'https://example.org/srl-utrecht' },
      sourceDate: '2024-05-01',
      checkedOn: '2026-11-22',
    });
    // The older "niet" claim is on the sheet too: it lost, but it is a source.
    expect(sheet?.sources.some((s) => s.label.url === 'https://example.org/oud-bericht')).toBe(
      true,
    );
  });

  it('gives nothing for a code that is not a gemeente', () => {
    expect(gemeenteFactsheet(dataset, coverage, 'GM9999')).toBeUndefined();
  });
});

describe('provinceFactsheet', () => {
  it('lists every gemeente of the province by name with its state and deciding source date', () => {
    const sheet = provinceFactsheet(dataset, coverage, 'PV26', 2020);
    expect(sheet?.name).toBe('Utrecht');
    const names = sheet?.rows.map((r) => r.gemeente.name) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(sheet?.rows.find((r) => r.gemeente.code === 'GM0344')).toMatchObject({
      state: 'wel-actueel',
      sourceDate: '2024-05-01',
    });
    expect(sheet?.summary.gemeenten).toBe(sheet?.rows.length);
  });

  it('follows the province since the given year, with unknown larger before the sources', () => {
    const sheet = provinceFactsheet(dataset, coverage, 'PV26', 2020);
    const years = sheet?.history.map((y) => y.year) ?? [];
    expect(years[0]).toBe(2020);
    expect(years.at(-1)).toBe(2026);
    const wel = (year: number) =>
      sheet?.history.find((y) => y.year === year)?.totals.gemeenten['wel-actueel'];
    // srl-utrecht is dated May 2024: before that the sources say nothing of wel.
    expect(wel(2023)).toBe(0);
    expect(wel(2024)).toBe(2);
  });
});

describe('factsheetPages', () => {
  it('states two pages for a gemeente and more for a province with many gemeenten and sources', () => {
    expect(factsheetPages('gemeente', 0, 12)).toBe(2);
    expect(factsheetPages('provincie', 44, 5)).toBe(2);
    expect(factsheetPages('provincie', 56, 6)).toBe(3);
    expect(factsheetPages('provincie', 56, 60)).toBe(4);
  });
});
