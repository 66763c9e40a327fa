import { describe, expect, it } from 'vitest';
import { committedDataset } from '../../../tests/fixtures/committed-data';
import type { GemeenteCoverage } from './coverage';
import { servicesForGemeente } from './help-for-gemeente';

const service = committedDataset.services.find((s) =>
  committedDataset.locations.some((l) => l.serviceId === s.id),
);
if (!service) throw new Error('the data has no service with an office');
const code = service.serviceArea[0] ?? '';

function coverageWith(status: GemeenteCoverage['status']): GemeenteCoverage {
  return {
    code,
    status,
    claims: [],
    otherHelp: [],
    serviceIds: [service?.id ?? ''],
    conflict: false,
  };
}

describe('servicesForGemeente', () => {
  it('gives the services whose area names the gemeente, with all their offices', () => {
    const [first, ...rest] = servicesForGemeente(committedDataset, coverageWith('wel'));
    expect(rest).toEqual([]);
    expect(first?.service.id).toBe(service.id);
    expect(first?.offices.map((l) => l.id)).toEqual(
      committedDataset.locations.filter((l) => l.serviceId === service.id).map((l) => l.id),
    );
  });

  it('gives none once a newer source says there is no sociaal raadsliedenwerk, or nothing is known', () => {
    expect(servicesForGemeente(committedDataset, coverageWith('niet'))).toEqual([]);
    expect(servicesForGemeente(committedDataset, coverageWith('onbekend'))).toEqual([]);
  });
});
