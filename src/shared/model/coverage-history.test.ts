// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageState, coverageTotals } from './coverage';
import {
  computeCoverageAsOf,
  coverageHistory,
  coverageInYear,
  coverageYears,
  firstEvidenceYear,
  periodEnd,
  sourceKnownBy,
  yearAsOf,
} from './coverage-history';
import type { Evidence, EvidenceKind, Gemeente, Service } from './schema';

const TODAY = '2026-11-20';
const gemeenten: Pick<Gemeente, 'code' | 'population'>[] = [
  { code: 'GM0001', population: 1000 },
  { code: 'GM0002', population: 2000 },
  { code: 'GM0003', population: 3000 },
];

const provenance = (date?: string) => ({
  source: 'https://example.nl/bron',
  checkedOn: '2026-11-01',
  ...(date ? { sourceDate: date, sourceDateHow: 'vermeld' as const } : {}),
});
const service = (id: string, area: string[], date?: string): Service => ({
  id,
  name: id,
  provider: 'Welzijn',
  serviceArea: area,
  basis: 'vermeld',
  provenance: provenance(date),
});
const claim = (id: string, code: string, status: 'wel' | 'niet', date?: string): Evidence => ({
  id,
  gemeenteCode: code,
  kind: 'sociaal-raadslieden',
  status,
  basis: 'vermeld',
  provenance: provenance(date),
});
const other = (id: string, code: string, kind: EvidenceKind, date?: string): Evidence => ({
  id,
  gemeenteCode: code,
  kind,
  basis: 'vermeld',
  provenance: provenance(date),
});

/** The state of one gemeente as of a day (or today when asOf is undefined). */
function stateOn(
  services: Service[],
  evidence: Evidence[],
  code: string,
  asOf: string | undefined,
): string {
  const result = asOf
    ? computeCoverageAsOf(gemeenten, services, evidence, asOf)
    : computeCoverage(gemeenten, services, evidence, TODAY);
  const entry = result.byCode.get(code);
  return entry ? coverageState(entry) : 'missing';
}

describe('source dates in time', () => {
  it('ends a month or a year on its last day', () => {
    expect(periodEnd('2013')).toBe('2013-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2022-12-05')).toBe('2022-12-05');
  });

  it('counts a source as of a day only when its whole period lies on or before it', () => {
    expect(sourceKnownBy('2022-12', '2022-12-15')).toBe(false);
    expect(sourceKnownBy('2022-12', '2022-12-31')).toBe(true);
    expect(sourceKnownBy('2022-12-15', '2022-12-15')).toBe(true);
    expect(sourceKnownBy(undefined, '2030-01-01')).toBe(false);
  });
});

describe('computeCoverageAsOf', () => {
  // GM0001: a service area from 2015, then a source from June 2019 saying there is none.
  const services = [service('srl-a', ['GM0001'], '2015')];
  const evidence = [claim('ev-niet', 'GM0001', 'niet', '2019-06')];

  it('follows a hand-made timeline year by year, with ages measured on that day', () => {
    const on = (asOf: string) => stateOn(services, evidence, 'GM0001', asOf);
    expect(on('2014-12-31')).toBe('onbekend');
    expect(on('2015-06-30')).toBe('onbekend');
    expect(on('2015-12-31')).toBe('wel-actueel');
    expect(on('2017-12-31')).toBe('wel-actueel');
    expect(on('2018-12-31')).toBe('wel-verouderd');
    expect(on('2019-05-31')).toBe('wel-verouderd');
    expect(on('2019-06-30')).toBe('niet-actueel');
    expect(on('2023-12-31')).toBe('niet-verouderd');
  });

  it('reports the day it is as of, and measures ages on it', () => {
    const result = computeCoverageAsOf(gemeenten, services, evidence, '2016-12-31');
    expect(result.asOf).toBe('2016-12-31');
    expect(result.today).toBe('2016-12-31');
    expect(result.byCode.get('GM0001')).toMatchObject({
      status: 'wel',
      age: 'actueel',
      serviceIds: ['srl-a'],
      conflict: false,
    });
    expect(computeCoverage(gemeenten, services, evidence, TODAY).asOf).toBeUndefined();
  });

  it('never counts an undated source for a past day, but does today', () => {
    const undated = [claim('ev-undated', 'GM0002', 'wel')];
    const undatedService = [service('srl-undated', ['GM0003'])];
    expect(stateOn(undatedService, undated, 'GM0002', undefined)).toBe('wel-verouderd');
    expect(stateOn(undatedService, undated, 'GM0003', undefined)).toBe('wel-verouderd');
    expect(stateOn(undatedService, undated, 'GM0002', '2026-06-30')).toBe('onbekend');
    const past = computeCoverageAsOf(gemeenten, undatedService, undated, '2026-06-30');
    expect(past.byCode.get('GM0003')).toMatchObject({ status: 'onbekend', serviceIds: [] });
  });

  it('lets a dated claim decide a past year even when a newer undated one decides today', () => {
    const rows = [claim('ev-2020', 'GM0002', 'niet', '2020'), claim('ev-undated', 'GM0002', 'wel')];
    expect(stateOn([], rows, 'GM0002', '2021-12-31')).toBe('niet-actueel');
    expect(stateOn([], rows, 'GM0002', undefined)).toBe('niet-verouderd');
  });

  it('lists other help only once its source is dated', () => {
    const rows = [
      other('plan-1', 'GM0003', 'plan', '2024-03'),
      other('pilot-1', 'GM0003', 'pilot'),
    ];
    const on = (asOf?: string) =>
      (asOf
        ? computeCoverageAsOf(gemeenten, [], rows, asOf)
        : computeCoverage(gemeenten, [], rows, TODAY)
      ).byCode
        .get('GM0003')
        ?.otherHelp.map((h) => h.recordId);
    expect(on('2023-12-31')).toEqual([]);
    expect(on('2024-12-31')).toEqual(['plan-1']);
    expect(on()).toEqual(['plan-1', 'pilot-1']);
  });
});

describe('coverage through the years', () => {
  const services = [service('srl-a', ['GM0001'], '2015'), service('srl-b', ['GM0002'])];
  const evidence = [
    claim('ev-niet', 'GM0001', 'niet', '2019-06'),
    claim('ev-2012', 'GM0003', 'wel', '2012-05-01'),
    other('plan-1', 'GM0003', 'plan', '2005'),
  ];

  it('starts at the oldest dated source that can decide coverage', () => {
    expect(firstEvidenceYear(services, evidence)).toBe(2012);
    expect(firstEvidenceYear([service('x', ['GM0001'])], [])).toBeUndefined();
    expect(coverageYears([], [], TODAY)).toEqual([2026]);
    expect(coverageYears(services, evidence, TODAY)).toEqual(
      Array.from({ length: 15 }, (_, i) => 2012 + i),
    );
  });

  it('takes 31 December for a past year and today for the current one', () => {
    expect(yearAsOf(2019, TODAY)).toBe('2019-12-31');
    expect(yearAsOf(2026, TODAY)).toBe(TODAY);
    const now = coverageInYear(gemeenten, services, evidence, TODAY, 2026);
    expect(now.asOf).toBeUndefined();
    expect(now.byCode.get('GM0002')?.status).toBe('wel');
  });

  it('sums every year to all gemeenten and inwoners, with unknown growing going back', () => {
    const history = coverageHistory(gemeenten, services, evidence, TODAY);
    expect(history.map((y) => y.year)).toEqual(coverageYears(services, evidence, TODAY));
    for (const year of history) {
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      expect(sum(year.totals.gemeenten)).toBe(3);
      expect(sum(year.totals.inwoners)).toBe(6000);
    }
    const unknown = history.map((y) => y.totals.gemeenten.onbekend);
    expect(unknown[0]).toBe(2);
    expect(unknown.at(-1)).toBe(0);
    const byYear = new Map(history.map((y) => [y.year, y]));
    expect(byYear.get(2014)?.totals.gemeenten).toMatchObject({
      'wel-actueel': 1,
      onbekend: 2,
    });
    expect(byYear.get(2016)?.totals.inwoners).toMatchObject({
      'wel-actueel': 1000,
      'wel-verouderd': 3000,
      onbekend: 2000,
    });
    expect(byYear.get(2020)?.totals.gemeenten['niet-actueel']).toBe(1);
    const current = history.at(-1);
    expect(current?.current).toBe(true);
    expect(current?.totals).toEqual(
      coverageTotals(gemeenten, computeCoverage(gemeenten, services, evidence, TODAY).byCode),
    );
  });
});
