// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/model/coverage';
import type { AreaReach } from '../../../shared/model/reach';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { gemeenteBands, reachCompleteness, scopeReach, servedWithoutOffice } from './reach-view';

const area = (inwoners: number, srl: number[]): AreaReach => ({
  inwoners,
  kinds: {
    'sociaal-raadslieden': { bands: srl },
    ido: { bands: [inwoners, 0, 0, 0, 0], medianKm: 1 },
    'juridisch-loket': { bands: [inwoners, 0, 0, 0, 0], medianKm: 1 },
  },
});

describe('reach beside its completeness', () => {
  const dataset = createCoverageDataset();
  const coverage = computeCoverage(
    dataset.gemeenten,
    dataset.services,
    dataset.evidence,
    dataset.checkedUntil,
  );

  it('counts the gemeenten whose service has a known office', () => {
    const result = reachCompleteness(dataset, {
      places: { 'sociaal-raadslieden': 1, ido: 2, 'juridisch-loket': 3 },
    });
    // srl-utrecht (office in Utrecht) works for Utrecht and Amersfoort.
    expect(result).toEqual({
      places: { 'sociaal-raadslieden': 1, ido: 2, 'juridisch-loket': 3 },
      gemeentenWithOffice: 2,
      gemeenten: 342,
    });
  });

  it('finds served gemeenten where nobody has a known office, so they are not read as gaps', () => {
    const utrecht = dataset.gemeenten.find((g) => g.code === 'GM0344');
    const amersfoort = dataset.gemeenten.find((g) => g.code === 'GM0307');
    if (!utrecht || !amersfoort) throw new Error('fixture changed');
    const reach = {
      gemeenten: {
        // Utrecht: everybody near the office; Amersfoort: pretend no office is known.
        GM0344: area(utrecht.population, [utrecht.population, 0, 0, 0, 0]),
        GM0307: area(amersfoort.population, [0, 0, 0, 0, amersfoort.population]),
        // Groningen is wel by evidence only (no service): not "served without office".
        GM0014: area(100, [0, 0, 0, 0, 100]),
      },
    };
    expect(servedWithoutOffice(dataset.gemeenten, coverage, reach)).toEqual({
      gemeenten: 1,
      inwoners: amersfoort.population,
    });
  });

  it('takes the province when asked and known, else the country', () => {
    const reach = {
      nederland: area(10, [0, 0, 0, 0, 10]),
      provinces: { PV26: area(5, [5, 0, 0, 0, 0]) },
    };
    expect(scopeReach(reach, 'PV26').inwoners).toBe(5);
    expect(scopeReach(reach, 'PV99').inwoners).toBe(10);
    expect(scopeReach(reach, undefined).inwoners).toBe(10);
  });
});

describe('the distance layer per gemeente', () => {
  it('puts each gemeente in the band of its median, and none known as geen, never far', () => {
    const reach = {
      gemeenten: {
        GM0001: area(100, [100, 0, 0, 0, 0]),
        GM0002: {
          inwoners: 50,
          kinds: {
            'sociaal-raadslieden': { bands: [0, 0, 0, 0, 50] },
            ido: { bands: [0, 0, 0, 50, 0], medianKm: 23.4 },
            'juridisch-loket': { bands: [0, 50, 0, 0, 0], medianKm: 5 },
          },
        },
      },
    };
    expect([...gemeenteBands(reach, 'ido')]).toEqual([
      ['GM0001', '0-5'],
      ['GM0002', '20+'],
    ]);
    // A median exactly on a limit goes to the farther band.
    expect(gemeenteBands(reach, 'juridisch-loket').get('GM0002')).toBe('5-10');
    expect(gemeenteBands(reach, 'sociaal-raadslieden').get('GM0002')).toBe('geen');
    expect(gemeenteBands(reach, 'sociaal-raadslieden').get('GM0001')).toBe('geen');
  });
});
