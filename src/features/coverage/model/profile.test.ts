import { computeCoverage } from '../../../shared/model/coverage';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { buildGemeenteProfile } from './profile';

function profile(code: string) {
  const dataset = createCoverageDataset();
  return buildGemeenteProfile(
    dataset,
    computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, dataset.checkedUntil),
    code,
  );
}

describe('buildGemeenteProfile', () => {
  it('names the service, its office in another gemeente, the IDO and the nearest loket', () => {
    const amersfoort = profile('GM0307');
    expect(amersfoort?.coverage.status).toBe('wel');
    expect(amersfoort?.services[0]?.service.id).toBe('srl-utrecht');
    expect(amersfoort?.services[0]?.offices[0]).toMatchObject({
      elsewhere: true,
      gemeenteName: 'Utrecht',
    });
    expect(amersfoort?.idos.map((l) => l.id)).toEqual(['ido-amersfoort']);
    expect(amersfoort?.nearestLoket?.location.id).toBe('hjl-utrecht');
    expect(amersfoort?.nearestLoket?.km).toBeGreaterThan(15);
    expect(amersfoort?.nearestLoket?.km).toBeLessThan(25);
  });

  it('gives every claim its age and keeps newest first', () => {
    const utrecht = profile('GM0344');
    expect(utrecht?.coverage.conflict).toBe(true);
    expect(utrecht?.claims.map((c) => [c.claim.status, c.age])).toEqual([
      ['wel', 'actueel'],
      ['niet', 'verouderd'],
    ]);
    expect(utrecht?.claims[0]?.service?.name).toBe('Sociaal Raadslieden Utrecht');
    expect(utrecht?.services[0]?.offices[0]?.elsewhere).toBe(false);
  });

  it('lists a pilot as other help beside the status, never as a claim', () => {
    const heerenveen = profile('GM0074');
    expect(heerenveen?.coverage.status).toBe('niet');
    expect(heerenveen?.claims.map((c) => c.claim.recordId)).toEqual(['ev-gm0074-2020']);
    expect(heerenveen?.otherHelp.map((h) => [h.help.kind, h.age])).toEqual([['pilot', 'actueel']]);
  });

  it('has no claims for an onbekend gemeente and is undefined for an unknown code', () => {
    expect(profile('GM0599')?.claims).toEqual([]);
    expect(profile('GM0599')?.coverage.status).toBe('onbekend');
    expect(profile('GM9999')).toBeUndefined();
  });
});
