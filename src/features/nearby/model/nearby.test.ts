// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/model/coverage';
import type { Dataset, HelpLocation, PostcodeTable } from '../../../shared/model/schema';
import { findNearby, formatDistance, NEARBY_MAX_KM, OTHER_RAADSLIEDEN_MAX_KM } from './nearby';
import { nextSteps } from './next-steps';
import { resolveOrigin } from './resolve-origin';

const checked = { source: 'https://example.nl/bron', checkedOn: '2026-11-22' };

function location(
  id: string,
  kind: HelpLocation['kind'],
  gemeenteCode: string,
  lon: number,
  lat: number,
  serviceId?: string,
): HelpLocation {
  return {
    id,
    kind,
    name: id,
    organisation: 'Organisatie',
    address: { place: 'Plaats' },
    gemeenteCode,
    lon,
    lat,
    precision: 'plaats',
    access: [],
    openingHours: {},
    provenance: checked,
    ...(serviceId ? { serviceId } : {}),
  };
}

/** Two neighbouring gemeenten: A funds a service whose only office stands in B. C has no evidence. */
function createDataset(): Dataset {
  return {
    version: 'test',
    checkedUntil: '2026-11-22',
    populationNote: 'test',
    gemeenten: [
      {
        code: 'GM0001',
        name: 'Aadorp',
        provinceCode: 'PV21',
        provinceName: 'P',
        population: 1000,
        label: [5.0, 52.0],
      },
      {
        code: 'GM0002',
        name: 'Beedorp',
        provinceCode: 'PV21',
        provinceName: 'P',
        population: 2000,
        label: [5.2, 52.0],
      },
      {
        code: 'GM0003',
        name: 'Ceedorp',
        provinceCode: 'PV21',
        provinceName: 'P',
        population: 3000,
        label: [5.4, 52.0],
      },
    ],
    services: [
      {
        id: 'srl-a',
        name: 'Raadslieden A',
        provider: 'Welzijn',
        serviceArea: ['GM0001'],
        basis: 'vermeld',
        provenance: checked,
      },
    ],
    evidence: [],
    documents: [],
    locations: [
      location('srl-office-in-b', 'sociaal-raadslieden', 'GM0002', 5.2, 52.0, 'srl-a'),
      location('ido-near', 'ido', 'GM0001', 5.01, 52.0),
      location('ido-far', 'ido', 'GM0003', 5.4, 52.0),
      location('hjl', 'juridisch-loket', 'GM0003', 5.41, 52.0),
    ],
  };
}

describe('Hulp bij u in de buurt', () => {
  it('gives the service that funds the gemeente, even with its office in another gemeente', () => {
    const dataset = createDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.0, 52.0], 'GM0001');
    expect(result?.coverage.status).toBe('wel');
    expect(result?.services.map((s) => s.service.id)).toEqual(['srl-a']);
    expect(result?.services[0]?.offices.map((o) => o.location.gemeenteCode)).toEqual(['GM0002']);
  });

  it('does not offer that service to the gemeente where its office merely stands', () => {
    const dataset = createDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.2, 52.0], 'GM0002');
    expect(result?.services).toEqual([]);
    expect(result?.coverage.status).toBe('onbekend');
    expect(result?.otherRaadslieden.map((p) => p.location.id)).toEqual(['srl-office-in-b']);
  });

  it('does not offer a service to its gemeente once a newer source says there is none', () => {
    const dataset = createDataset();
    dataset.services = dataset.services.map((service) => ({
      ...service,
      provenance: { ...checked, sourceDate: '2013' },
    }));
    dataset.evidence.push({
      id: 'ev-a-gestopt',
      gemeenteCode: 'GM0001',
      kind: 'sociaal-raadslieden',
      status: 'niet',
      basis: 'vermeld',
      provenance: { ...checked, sourceDate: '2024-05-01' },
    });
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.0, 52.0], 'GM0001');
    expect(result?.coverage.status).toBe('niet');
    expect(result?.services).toEqual([]);
    // Its office is still near: shown apart, as sociaal raadslieden that may not work for Aadorp.
    expect(result?.otherRaadslieden.map((p) => p.location.id)).toEqual(['srl-office-in-b']);
  });

  it('sorts IDO and Juridisch Loket by straight-line distance, far ones only when nothing is near', () => {
    const dataset = createDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.0, 52.0], 'GM0001');
    // ido-far is 27 km away: with ido-near at hand it is left out.
    expect(result?.ido.map((p) => p.location.id)).toEqual(['ido-near']);
    expect(result?.ido[0]?.km).toBeLessThan(1);
    // The only loket is 28 km away: still shown, as the nearest there is.
    expect(result?.juridischLoket.map((p) => p.location.id)).toEqual(['hjl']);
    expect(result?.juridischLoket[0]?.km).toBeGreaterThan(NEARBY_MAX_KM);
    const fromBeedorp = findNearby(dataset, coverage, [5.2, 52.0], 'GM0002');
    expect(fromBeedorp?.ido.map((p) => p.location.id)).toEqual(['ido-near', 'ido-far']);
  });

  it('shows sociaal raadslieden for other gemeenten only within a sensible distance', () => {
    const dataset = createDataset();
    // Another service's office some 55 km east of Beedorp.
    dataset.locations.push(location('srl-far-away', 'sociaal-raadslieden', 'GM0003', 6.0, 52.0));
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.2, 52.0], 'GM0002');
    expect(result?.otherRaadslieden.map((p) => p.location.id)).toEqual(['srl-office-in-b']);
    expect(OTHER_RAADSLIEDEN_MAX_KM).toBeLessThan(34);
  });

  it('counts the places of each kind the data knows', () => {
    const dataset = createDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    expect(findNearby(dataset, coverage, [5.0, 52.0], 'GM0001')?.known).toEqual({
      'sociaal-raadslieden': 1,
      ido: 2,
      'juridisch-loket': 1,
    });
  });

  it('writes distances the way people say them', () => {
    expect(formatDistance(0.35)).toBe('350 m');
    expect(formatDistance(4.23)).toBe('4,2 km');
    expect(formatDistance(27.4)).toBe('27 km');
  });
});

describe('Wat kunt u nu doen?', () => {
  function stepsFor(dataset: Dataset, code: string) {
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.0, 52.0], code);
    if (!result) throw new Error(`no result for ${code}`);
    return nextSteps(result);
  }

  it('sends people to the nearest office of a service that works for their gemeente', () => {
    const steps = stepsFor(createDataset(), 'GM0001');
    expect(steps.raadslieden).toMatchObject({
      type: 'office',
      service: { id: 'srl-a' },
      office: { location: { id: 'srl-office-in-b' } },
    });
  });

  it('gives the service phone when no office is known, and the gemeente when nothing is', () => {
    const dataset = createDataset();
    dataset.locations = dataset.locations.filter((l) => l.kind !== 'sociaal-raadslieden');
    expect(stepsFor(dataset, 'GM0001').raadslieden.type).toBe('via-gemeente');
    const service = dataset.services[0];
    if (!service) throw new Error('no service');
    service.phone = '030 123 45 67';
    expect(stepsFor(dataset, 'GM0001').raadslieden).toMatchObject({
      type: 'service-contact',
      service: { phone: '030 123 45 67' },
    });
  });

  it('asks the gemeente when it is not known, and has no step when a source says there are none', () => {
    const dataset = createDataset();
    expect(stepsFor(dataset, 'GM0003').raadslieden).toMatchObject({
      type: 'ask-gemeente',
      gemeente: { code: 'GM0003' },
    });
    dataset.evidence.push({
      id: 'ev-c-niet',
      gemeenteCode: 'GM0003',
      kind: 'sociaal-raadslieden',
      status: 'niet',
      basis: 'vermeld',
      provenance: { ...checked, sourceDate: '2025-01-01' },
    });
    expect(stepsFor(dataset, 'GM0003').raadslieden).toEqual({ type: 'none' });
  });

  it("takes Het Juridisch Loket's number from the data and says how many IDO's the map knows", () => {
    const dataset = createDataset();
    const steps = stepsFor(dataset, 'GM0001');
    expect(steps.loket.phone).toBeUndefined();
    const loket = dataset.locations.find((l) => l.id === 'hjl');
    if (!loket) throw new Error('no loket');
    loket.phone = '0800-8020';
    expect(stepsFor(dataset, 'GM0001').loket).toMatchObject({
      phone: '0800-8020',
      nearest: { location: { id: 'hjl' } },
    });
    expect(steps.ido).toMatchObject({ nearest: { location: { id: 'ido-near' } }, known: 2 });
    expect(steps.ido.total).toBe(823);
  });
});

describe('resolving where the user is', () => {
  const table: PostcodeTable = {
    gemeenten: ['GM0001', 'GM0002'],
    places: ['Aadorp', 'Beedorp'],
    pc4: [1000, 2000, 3000],
    lat: [52.0, 52.0, 52.1],
    lon: [5.0, 5.2, 5.21],
    gemeente: [0, 1, 1],
    place: [0, 1, -1],
  };
  const gemeenten = createDataset().gemeenten;

  it('a postcode gives its centroid and gemeente', () => {
    expect(resolveOrigin({ type: 'postcode', pc4: 2000 }, gemeenten, table)).toMatchObject({
      ok: true,
      point: [5.2, 52.0],
      gemeenteCode: 'GM0002',
      gemeenteFrom: 'table',
    });
  });

  it('a border postcode can be corrected to another gemeente, keeping its position', () => {
    expect(
      resolveOrigin({ type: 'postcode', pc4: 2000, gemeenteCode: 'GM0001' }, gemeenten, table),
    ).toMatchObject({
      point: [5.2, 52.0],
      gemeenteCode: 'GM0001',
      gemeenteFrom: 'chosen',
    });
  });

  it('an unknown postcode says so instead of guessing', () => {
    expect(resolveOrigin({ type: 'postcode', pc4: 9999 }, gemeenten, table)).toEqual({
      ok: false,
      reason: 'unknown-postcode',
    });
  });

  it('a GPS position takes the gemeente of the nearest postcode area, marked as a guess', () => {
    expect(resolveOrigin({ type: 'punt', lat: 52.09, lon: 5.2 }, gemeenten, table)).toMatchObject({
      gemeenteCode: 'GM0002',
      gemeenteFrom: 'nearest',
    });
  });

  it('a position far from every postcode area is outside the Netherlands, not in some gemeente', () => {
    expect(resolveOrigin({ type: 'punt', lat: 0, lon: 0 }, gemeenten, table)).toEqual({
      ok: false,
      reason: 'outside-netherlands',
    });
    // About 25 km beyond the nearest postcode area: out of the country (or at sea).
    expect(resolveOrigin({ type: 'punt', lat: 52.09, lon: 5.57 }, gemeenten, table)).toEqual({
      ok: false,
      reason: 'outside-netherlands',
    });
  });

  it('an unknown gemeente code says so', () => {
    expect(resolveOrigin({ type: 'gemeente', code: 'GM9999' }, gemeenten, undefined)).toEqual({
      ok: false,
      reason: 'unknown-gemeente',
    });
  });

  it('a woonplaats resolves within its gemeente', () => {
    expect(
      resolveOrigin({ type: 'plaats', name: 'Aadorp', gemeenteCode: 'GM0001' }, gemeenten, table),
    ).toMatchObject({
      ok: true,
      gemeenteCode: 'GM0001',
    });
    expect(
      resolveOrigin({ type: 'plaats', name: 'Aadorp', gemeenteCode: 'GM0002' }, gemeenten, table),
    ).toEqual({
      ok: false,
      reason: 'unknown-woonplaats',
    });
  });

  it('a gemeente needs no postcode table', () => {
    expect(resolveOrigin({ type: 'gemeente', code: 'GM0003' }, gemeenten, undefined)).toMatchObject(
      {
        point: [5.4, 52.0],
        gemeenteFrom: 'gemeente',
      },
    );
  });
});
