import type { CoverageResult, GemeenteCoverage } from '../../../shared/model/coverage';
import { byDistance, type LonLat } from '../../../shared/model/geo';
import { servicesForGemeente } from '../../../shared/model/help-for-gemeente';
import {
  PLACE_KINDS,
  type Dataset,
  type Gemeente,
  type HelpLocation,
  type PlaceKind,
  type Service,
} from '../../../shared/model/schema';

/**
 * How far sociaal raadslieden that do not work for the gemeente are still worth showing: close
 * enough to ask whether they help anyway. Offices 34 to 55 km away only raised false hope.
 */
export const OTHER_RAADSLIEDEN_MAX_KM = 25;

/**
 * IDO's and Juridisch Loket offices help everyone, but "in de buurt" should mean near: beyond
 * this distance only the nearest one is listed, so a far one still shows where to go.
 */
export const NEARBY_MAX_KM = 25;

/** A place with its straight-line distance from where the user is. */
export interface NearPlace {
  location: HelpLocation;
  km: number;
}

/** Everything "Hulp bij u in de buurt" shows for one origin. */
export interface NearbyResult {
  origin: LonLat;
  gemeente: Gemeente;
  coverage: GemeenteCoverage;
  /**
   * Services whose service area includes the gemeente, with their offices nearest first; empty
   * unless the gemeente's status is `wel` (a newer `niet` outweighs an older service area).
   */
  services: { service: Service; offices: NearPlace[] }[];
  /**
   * Sociaal raadslieden offices that do not work for this gemeente (or whose service area is not
   * known), nearest first and within OTHER_RAADSLIEDEN_MAX_KM: shown apart, with why.
   */
  otherRaadslieden: NearPlace[];
  ido: NearPlace[];
  juridischLoket: NearPlace[];
  /** How many places of each kind the data knows, for saying how complete the lists are. */
  known: Record<PlaceKind, number>;
}

const position = (location: HelpLocation): LonLat => [location.lon, location.lat];

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
  const nearest = (kind: HelpLocation['kind'], filter: (l: HelpLocation) => boolean = () => true) =>
    byDistance(
      origin,
      dataset.locations.filter((l) => l.kind === kind && filter(l)),
      position,
    )
      .slice(0, limit)
      .map(({ item, km }) => ({ location: item, km }));

  // The services for this gemeente by the one rule (help-for-gemeente.ts), nearest office first.
  const services = servicesForGemeente(dataset, status).map(({ service, offices }) => ({
    service,
    offices: byDistance(origin, offices, position).map(({ item, km }) => ({ location: item, km })),
  }));
  const serviceIds = new Set(services.map(({ service }) => service.id));

  return {
    origin,
    gemeente,
    coverage: status,
    services,
    otherRaadslieden: nearest(
      'sociaal-raadslieden',
      (l) => !l.serviceId || !serviceIds.has(l.serviceId),
    ).filter(({ km }) => km <= OTHER_RAADSLIEDEN_MAX_KM),
    ido: withinReach(nearest('ido')),
    juridischLoket: withinReach(nearest('juridisch-loket')),
    known: Object.fromEntries(
      PLACE_KINDS.map((kind) => [kind, dataset.locations.filter((l) => l.kind === kind).length]),
    ) as Record<PlaceKind, number>,
  };
}

/** The places within NEARBY_MAX_KM, or else only the nearest. */
function withinReach(places: NearPlace[]): NearPlace[] {
  const near = places.filter(({ km }) => km <= NEARBY_MAX_KM);
  return near.length > 0 ? near : places.slice(0, 1);
}

/** Distance as people say it: "350 m", "4,2 km", "27 km". */
export function formatDistance(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} m`;
  if (km < 10) return `${km.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} km`;
  return `${Math.round(km)} km`;
}
