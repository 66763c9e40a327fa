// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/model/coverage';
import type { Dataset, Location, PostcodeTable } from '../../../shared/model/schema';
import { findNearby, formatDistance } from './nearby';
import { resolveOrigin } from './resolve-origin';

const checked = { source: 'https://example.nl/bron', checkedOn: '2026-11-22' };

function location(
  id: string,
  kind: Location['kind'],
  gemeenteCode: string,
  lon: number,
  lat: number,
  serviceId?: string,
): Location {
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

  it('sorts IDO and Juridisch Loket by straight-line distance', () => {
    const dataset = createDataset();
    const coverage = computeCoverage(
      dataset.gemeenten,
      dataset.services,
      dataset.evidence,
      dataset.checkedUntil,
    );
    const result = findNearby(dataset, coverage, [5.0, 52.0], 'GM0001');
    expect(result?.ido.map((p) => p.location.id)).toEqual(['ido-near', 'ido-far']);
    expect(result?.ido[0]?.km).toBeLessThan(1);
    expect(result?.juridischLoket[0]?.km).toBeGreaterThan(25);
  });

  it('writes distances the way people say them', () => {
    expect(formatDistance(0.35)).toBe('350 m');
    expect(formatDistance(4.23)).toBe('4,2 km');
    expect(formatDistance(27.4)).toBe('27 km');
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
      reason: 'unknown-place',
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
