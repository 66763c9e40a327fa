import type { GemeenteCoverage } from './coverage';
import type { Dataset, HelpLocation, Service } from './schema';

/** A sociaal raadslieden service that works for a gemeente, with its offices (anywhere). */
export interface ServiceForGemeente {
  service: Service;
  offices: HelpLocation[];
}

/**
 * The sociaal raadslieden services that work for a gemeente now, each with its offices, which
 * may stand in another gemeente. The one rule for the resident's answer and the gemeente profile:
 * a service counts only while the gemeente's status is `wel`; when a newer source says there is
 * no sociaal raadsliedenwerk any more, the older service is a claim in the history, not help.
 */
export function servicesForGemeente(
  dataset: Pick<Dataset, 'services' | 'locations'>,
  coverage: GemeenteCoverage,
): ServiceForGemeente[] {
  if (coverage.status !== 'wel') return [];
  const ids = new Set(coverage.serviceIds);
  return dataset.services
    .filter((service) => ids.has(service.id))
    .map((service) => ({
      service,
      offices: dataset.locations.filter((l) => l.serviceId === service.id),
    }));
}
