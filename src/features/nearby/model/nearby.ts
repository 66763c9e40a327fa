import type { CoverageResult, GemeenteCoverage } from '../../../shared/model/coverage';
import { byDistance, type LonLat } from '../../../shared/model/geo';
import type { Dataset, Gemeente, Location, Service } from '../../../shared/model/schema';

/** A place with its straight-line distance from where the user is. */
export interface NearPlace {
  location: Location;
  km: number;
}

/** Everything "Hulp bij u in de buurt" shows for one origin. */
export interface NearbyResult {
  origin: LonLat;
  gemeente: Gemeente;
  coverage: GemeenteCoverage;
  /** Services whose service area includes the gemeente, with their offices nearest first. */
  services: { service: Service; offices: NearPlace[] }[];
  /** Other sociaal raadslieden offices, nearest first, for when none serve this gemeente. */
  otherRaadslieden: NearPlace[];
  ido: NearPlace[];
  juridischLoket: NearPlace[];
}

const position = (location: Location): LonLat => [location.lon, location.lat];

/**
 * Help that applies to a gemeente, plus the nearest places by straight-line distance. Sociaal
 * raadslieden apply by service area (who funds them), not by distance: an office in the next
 * gemeente can be the right one, and the nearest office can be the wrong one.
 */
export function findNearby(
  dataset: Dataset,
  coverage: CoverageResult,
  origin: LonLat,
  gemeenteCode: string,
  limit = 3,
): NearbyResult | undefined {
  const gemeente = dataset.gemeenten.find((g) => g.code === gemeenteCode);
  const status = coverage.byCode.get(gemeenteCode);
  if (!gemeente || !status) return undefined;
  const nearest = (kind: Location['kind'], filter: (l: Location) => boolean = () => true) =>
    byDistance(
      origin,
      dataset.locations.filter((l) => l.kind === kind && filter(l)),
      position,
    )
      .slice(0, limit)
      .map(({ item, km }) => ({ location: item, km }));

  const serviceIds = new Set(status.serviceIds);
  const services = dataset.services
    .filter((service) => serviceIds.has(service.id))
    .map((service) => ({
      service,
      offices: byDistance(
        origin,
        dataset.locations.filter((l) => l.serviceId === service.id),
        position,
      ).map(({ item, km }) => ({ location: item, km })),
    }));

  return {
    origin,
    gemeente,
    coverage: status,
    services,
    otherRaadslieden: nearest(
      'sociaal-raadslieden',
      (l) => !l.serviceId || !serviceIds.has(l.serviceId),
    ),
    ido: nearest('ido'),
    juridischLoket: nearest('juridisch-loket'),
  };
}

/** Distance as people say it: "350 m", "4,2 km", "27 km". */
export function formatDistance(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} m`;
  if (km < 10) return `${km.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} km`;
  return `${Math.round(km)} km`;
}
