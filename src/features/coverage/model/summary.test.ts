import { computeCoverage } from '../../../shared/model/coverage';
import {
  createCoverageDataset,
  fixturePopulation,
} from '../../../../tests/fixtures/coverage-dataset';
import { provinceList } from './provinces';
import { summarizeCoverage } from './summary';

describe('summarizeCoverage', () => {
  it('sums to 342 gemeenten and to the total population', () => {
    const dataset = createCoverageDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const summary = summarizeCoverage(dataset.gemeenten, coverage, undefined, 'Nederland');
    const { gemeenten, inwoners } = summary.totals;
    expect(summary.label).toBe('Nederland');
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(gemeenten)).toBe(342);
    expect(summary.gemeenten).toBe(342);
    expect(sum(inwoners)).toBe(fixturePopulation(dataset));
    expect(summary.inwoners).toBe(fixturePopulation(dataset));
    expect(gemeenten).toEqual({
      'wel-actueel': 4,
      'wel-verouderd': 0,
      'niet-actueel': 0,
      'niet-verouderd': 1,
      onbekend: 337,
    });
  });

  it('counts one province when asked, and the provinces add up to the country', () => {
    const dataset = createCoverageDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const utrecht = summarizeCoverage(dataset.gemeenten, coverage, 'PV26', 'Nederland');
    expect(utrecht.label).toBe('Utrecht');
    expect(utrecht.provinceCode).toBe('PV26');
    expect(utrecht.totals.gemeenten['wel-actueel']).toBe(2);

    const provinces = provinceList(dataset.gemeenten);
    expect(provinces).toHaveLength(12);
    const sum = provinces
      .map((p) => summarizeCoverage(dataset.gemeenten, coverage, p.code, 'Nederland'))
      .reduce((acc, s) => ({ g: acc.g + s.gemeenten, i: acc.i + s.inwoners }), { g: 0, i: 0 });
    expect(sum).toEqual({ g: 342, i: fixturePopulation(dataset) });
  });
});

describe('provinceList', () => {
  it('lists each province once, sorted by name', () => {
    const names = provinceList(createCoverageDataset().gemeenten).map((p) => p.name);
    expect(names[0]).toBe('Drenthe');
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(names);
  });
});
