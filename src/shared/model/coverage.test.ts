// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimDate, computeCoverage, coverageTotals } from './coverage';
import type { Evidence, Gemeente, Service } from './schema';

const gemeente = (code: string, population: number): Pick<Gemeente, 'code' | 'population'> => ({
  code,
  population,
});
const gemeenten = [
  gemeente('GM0001', 1000),
  gemeente('GM0002', 2000),
  gemeente('GM0003', 3000),
  gemeente('GM0004', 4000),
];

const service = (id: string, area: string[], date: string): Service => ({
  id,
  name: id,
  provider: 'Welzijn',
  serviceArea: area,
  provenance: { source: 'https://example.nl', sourceDate: date, checkedOn: '2026-11-20' },
});
const evidence = (id: string, code: string, status: 'wel' | 'niet', date?: string): Evidence => ({
  id,
  gemeenteCode: code,
  status,
  provenance: { source: 'doc.txt', checkedOn: '2026-11-20', ...(date ? { sourceDate: date } : {}) },
});

describe('computeCoverage', () => {
  it('counts a gemeente in a service area as wel, even when the office stands elsewhere', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0001', 'GM0002'], '2025-01-01')],
      [],
    );
    expect(result.byCode.get('GM0002')).toMatchObject({
      status: 'wel',
      serviceIds: ['srl-a'],
      conflict: false,
    });
  });

  it('leaves a gemeente without evidence onbekend', () => {
    const result = computeCoverage(gemeenten, [], [evidence('ev-1', 'GM0001', 'niet')]);
    expect(result.byCode.get('GM0003')).toEqual({
      code: 'GM0003',
      status: 'onbekend',
      claims: [],
      serviceIds: [],
      conflict: false,
    });
    expect(result.byCode.get('GM0001')?.status).toBe('niet');
  });

  it('resolves a conflict to the newest claim and reports it', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0003'], '2022-01-01')],
      [evidence('ev-niet', 'GM0003', 'niet', '2024-06-01')],
    );
    const coverage = result.byCode.get('GM0003');
    expect(coverage?.status).toBe('niet');
    expect(coverage?.conflict).toBe(true);
    expect(coverage?.claims.map((c) => c.recordId)).toEqual(['ev-niet', 'srl-a']);
    expect(result.conflicts.map((c) => c.code)).toEqual(['GM0003']);
  });

  it('breaks a same-day tie in favour of wel, independent of input order', () => {
    const claims = [
      evidence('ev-b', 'GM0004', 'niet', '2024-01-01'),
      evidence('ev-a', 'GM0004', 'wel', '2024-01-01'),
    ];
    expect(computeCoverage(gemeenten, [], claims).byCode.get('GM0004')?.status).toBe('wel');
    expect(computeCoverage(gemeenten, [], [...claims].reverse()).byCode.get('GM0004')?.status).toBe(
      'wel',
    );
  });

  it('lists service area codes that are not gemeenten', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0001', 'GM9999'], '2025-01-01')],
      [],
    );
    expect(result.unknownAreaCodes).toEqual([{ serviceId: 'srl-a', code: 'GM9999' }]);
  });

  it('dates a claim by its source date, else the day it was read', () => {
    expect(claimDate({ source: 'x', sourceDate: '2024-01-01', checkedOn: '2026-11-20' })).toBe(
      '2024-01-01',
    );
    expect(claimDate({ source: 'x', checkedOn: '2026-11-20' })).toBe('2026-11-20');
  });
});

describe('coverageTotals', () => {
  it('sums to every gemeente and the whole population', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0001'], '2025-01-01')],
      [evidence('ev-1', 'GM0002', 'niet')],
    );
    const totals = coverageTotals(gemeenten, result.byCode);
    expect(totals.gemeenten).toEqual({ wel: 1, niet: 1, onbekend: 2 });
    expect(totals.inwoners).toEqual({ wel: 1000, niet: 2000, onbekend: 7000 });
  });

  it('sums to 342 gemeenten and the total population for a country-sized list', () => {
    const many = Array.from({ length: 342 }, (_, i) =>
      gemeente(`GM${String(i + 1).padStart(4, '0')}`, 100 + i),
    );
    const result = computeCoverage(
      many,
      [service('srl-a', ['GM0001', 'GM0010'], '2025-01-01')],
      [evidence('e', 'GM0020', 'niet')],
    );
    const totals = coverageTotals(many, result.byCode);
    const count = totals.gemeenten.wel + totals.gemeenten.niet + totals.gemeenten.onbekend;
    const people = totals.inwoners.wel + totals.inwoners.niet + totals.inwoners.onbekend;
    expect(count).toBe(342);
    expect(people).toBe(many.reduce((sum, g) => sum + g.population, 0));
  });
});
