// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageState, coverageTotals, statusTotal } from './coverage';
import {
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
  type Gemeente,
  type Service,
} from './schema';

const TODAY = '2026-11-20';
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
  basis: 'vermeld',
  provenance: {
    source: 'https://example.nl',
    sourceDate: date,
    sourceDateHow: 'vermeld',
    checkedOn: TODAY,
  },
});
const evidence = (id: string, code: string, status: 'wel' | 'niet', date?: string): Evidence => ({
  id,
  gemeenteCode: code,
  kind: 'sociaal-raadslieden',
  status,
  basis: 'vermeld',
  provenance: {
    source: 'doc.txt',
    checkedOn: TODAY,
    ...(date ? { sourceDate: date, sourceDateHow: 'vermeld' as const } : {}),
  },
});
const otherHelp = (id: string, code: string, kind: EvidenceKind, date: string): Evidence => ({
  id,
  gemeenteCode: code,
  kind,
  basis: 'vermeld',
  provenance: { source: 'doc.txt', checkedOn: TODAY, sourceDate: date, sourceDateHow: 'vermeld' },
});

describe('computeCoverage', () => {
  it('counts a gemeente in a service area as wel, even when the office stands elsewhere', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0001', 'GM0002'], '2025-01-01')],
      [],
      TODAY,
    );
    expect(result.byCode.get('GM0002')).toMatchObject({
      status: 'wel',
      age: 'actueel',
      serviceIds: ['srl-a'],
      conflict: false,
    });
  });

  it('leaves a gemeente without evidence onbekend, without an age', () => {
    const result = computeCoverage(gemeenten, [], [evidence('ev-1', 'GM0001', 'niet')], TODAY);
    expect(result.byCode.get('GM0003')).toEqual({
      code: 'GM0003',
      status: 'onbekend',
      claims: [],
      otherHelp: [],
      serviceIds: [],
      conflict: false,
    });
    expect(result.byCode.get('GM0001')?.status).toBe('niet');
  });

  it('counts an undated source as verouderd, never as written today', () => {
    const result = computeCoverage(gemeenten, [], [evidence('ev-1', 'GM0001', 'wel')], TODAY);
    expect(result.byCode.get('GM0001')).toMatchObject({ status: 'wel', age: 'verouderd' });
    expect(coverageState(result.byCode.get('GM0001') ?? { status: 'onbekend' })).toBe(
      'wel-verouderd',
    );
  });

  it('ages a claim on the day it is asked about, so the map ages without a rebuild', () => {
    const rows = [evidence('ev-1', 'GM0001', 'wel', '2023-12-01')];
    expect(computeCoverage(gemeenten, [], rows, '2026-11-30').byCode.get('GM0001')?.age).toBe(
      'actueel',
    );
    expect(computeCoverage(gemeenten, [], rows, '2026-12-02').byCode.get('GM0001')?.age).toBe(
      'verouderd',
    );
  });

  it.each(EVIDENCE_KINDS.filter((k) => k !== 'sociaal-raadslieden'))(
    'never makes a gemeente wel from evidence of kind %s, but lists it as other help',
    (kind) => {
      const result = computeCoverage(
        gemeenten,
        [],
        [otherHelp('ev-x', 'GM0004', kind, '2026-01-01')],
        TODAY,
      );
      const entry = result.byCode.get('GM0004');
      expect(entry?.status).toBe('onbekend');
      expect(entry?.claims).toEqual([]);
      expect(entry?.otherHelp.map((h) => h.kind)).toEqual([kind]);
    },
  );

  it('resolves a conflict to the newest claim and reports it', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0003'], '2022-01-01')],
      [evidence('ev-niet', 'GM0003', 'niet', '2024-06-01')],
      TODAY,
    );
    const coverage = result.byCode.get('GM0003');
    expect(coverage?.status).toBe('niet');
    expect(coverage?.age).toBe('actueel');
    expect(coverage?.conflict).toBe(true);
    expect(coverage?.claims.map((c) => c.recordId)).toEqual(['ev-niet', 'srl-a']);
    expect(result.conflicts.map((c) => c.code)).toEqual(['GM0003']);
  });

  it('lets any dated claim beat an undated one, and a newer old claim beat an older one', () => {
    const result = computeCoverage(
      gemeenten,
      [],
      [
        evidence('ev-undated', 'GM0001', 'wel'),
        evidence('ev-2013', 'GM0001', 'niet', '2013'),
        evidence('ev-2012', 'GM0002', 'wel', '2012-05-01'),
        evidence('ev-2013-03', 'GM0002', 'niet', '2013-03'),
      ],
      TODAY,
    );
    expect(result.byCode.get('GM0001')).toMatchObject({ status: 'niet', age: 'verouderd' });
    expect(result.byCode.get('GM0002')).toMatchObject({ status: 'niet', age: 'verouderd' });
  });

  it('breaks a same-day tie in favour of wel, independent of input order', () => {
    const claims = [
      evidence('ev-b', 'GM0004', 'niet', '2024-01-01'),
      evidence('ev-a', 'GM0004', 'wel', '2024-01-01'),
    ];
    expect(computeCoverage(gemeenten, [], claims, TODAY).byCode.get('GM0004')?.status).toBe('wel');
    expect(
      computeCoverage(gemeenten, [], [...claims].reverse(), TODAY).byCode.get('GM0004')?.status,
    ).toBe('wel');
  });

  it('lists service area codes that are not gemeenten', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0001', 'GM9999'], '2025-01-01')],
      [],
      TODAY,
    );
    expect(result.unknownAreaCodes).toEqual([{ serviceId: 'srl-a', code: 'GM9999' }]);
  });
});

describe('coverageTotals', () => {
  it('sums per status and age to every gemeente and the whole population', () => {
    const result = computeCoverage(
      gemeenten,
      [service('srl-a', ['GM0001'], '2025-01-01')],
      [evidence('ev-1', 'GM0002', 'niet')],
      TODAY,
    );
    const totals = coverageTotals(gemeenten, result.byCode);
    expect(totals.gemeenten).toEqual({
      'wel-actueel': 1,
      'wel-verouderd': 0,
      'niet-actueel': 0,
      'niet-verouderd': 1,
      onbekend: 2,
    });
    expect(statusTotal(totals.inwoners, 'wel')).toBe(1000);
    expect(statusTotal(totals.inwoners, 'niet')).toBe(2000);
    expect(statusTotal(totals.inwoners, 'onbekend')).toBe(7000);
  });

  it('sums to 342 gemeenten and the total population for a country-sized list', () => {
    const many = Array.from({ length: 342 }, (_, i) =>
      gemeente(`GM${String(i + 1).padStart(4, '0')}`, 100 + i),
    );
    const result = computeCoverage(
      many,
      [service('srl-a', ['GM0001', 'GM0010'], '2025-01-01')],
      [evidence('e', 'GM0020', 'niet')],
      TODAY,
    );
    const totals = coverageTotals(many, result.byCode);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(totals.gemeenten)).toBe(342);
    expect(sum(totals.inwoners)).toBe(many.reduce((s, g) => s + g.population, 0));
  });
});
