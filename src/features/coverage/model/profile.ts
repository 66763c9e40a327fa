import {
  unknownCoverage,
  type CoverageClaim,
  type CoverageResult,
  type GemeenteCoverage,
  type OtherHelp,
} from '../../../shared/model/coverage';
import { claimAge, type ClaimAge } from '../../../shared/model/freshness';
import { byDistance } from '../../../shared/model/geo';
import { servicesForGemeente } from '../../../shared/model/help-for-gemeente';
import type { Dataset, Gemeente, HelpLocation, Service } from '../../../shared/model/schema';
import { describeSource, type SourceLabel } from '../../../shared/model/sources';

/** A claim as the profile shows it: its source by title, its age and, for a service claim, the service. */
export interface ProfileClaim {
  claim: CoverageClaim;
  source: SourceLabel;
  /** Measured on the same day as the status (coverage.today). */
  age: ClaimAge;
  service?: Service;
}

/** Other help named for the gemeente, with its source and age: shown, never counted as coverage. */
export interface ProfileOtherHelp {
  help: OtherHelp;
  source: SourceLabel;
  age: ClaimAge;
}

/** An office of a service, and whether it stands in another gemeente than the one in the profile. */
export interface ProfileOffice {
  location: HelpLocation;
  elsewhere: boolean;
  /** Name of the gemeente the office stands in (its code if the name is not known). */
  gemeenteName: string;
}

export interface ProfileService {
  service: Service;
  offices: ProfileOffice[];
}

/** Everything the profile of one gemeente shows, worked out without React so it can be tested. */
export interface GemeenteProfileData {
  gemeente: Gemeente;
  coverage: GemeenteCoverage;
  claims: ProfileClaim[];
  otherHelp: ProfileOtherHelp[];
  services: ProfileService[];
  idos: HelpLocation[];
  nearestLoket?: { location: HelpLocation; km: number };
}

/**
 * The profile of a gemeente: its evidence (newest first, as computeCoverage sorted it), the
 * sociaal raadslieden services that work for it now with their offices (which may stand in
 * another gemeente), the IDO's in it and the nearest Juridisch Loket from its label point.
 * Undefined when the code is not a gemeente in the dataset.
 */
export function buildGemeenteProfile(
  dataset: Dataset,
  coverage: Pick<CoverageResult, 'byCode' | 'today'>,
  code: string,
): GemeenteProfileData | undefined {
  const gemeente = dataset.gemeenten.find((g) => g.code === code);
  if (!gemeente) return undefined;
  const entry: GemeenteCoverage = coverage.byCode.get(code) ?? unknownCoverage(code);
  const serviceById = new Map(dataset.services.map((s) => [s.id, s]));
  const nameByCode = new Map(dataset.gemeenten.map((g) => [g.code, g.name]));

  const claims = entry.claims.map((claim): ProfileClaim => {
    const service = claim.from === 'service' ? serviceById.get(claim.recordId) : undefined;
    const shown: ProfileClaim = {
      claim,
      source: describeSource(claim.provenance, dataset.documents),
      age: claimAge(claim.provenance.sourceDate, coverage.today),
    };
    if (service) shown.service = service;
    return shown;
  });

  // The same services as the resident's answer (help-for-gemeente.ts): none once a newer source
  // says 'niet'; the older service claim stays in the claims above, with its date.
  const services = servicesForGemeente(dataset, entry).map(
    ({ service, offices }): ProfileService => ({
      service,
      offices: offices.map((location) => ({
        location,
        elsewhere: location.gemeenteCode !== code,
        gemeenteName: nameByCode.get(location.gemeenteCode) ?? location.gemeenteCode,
      })),
    }),
  );

  const idos = dataset.locations
    .filter((l) => l.kind === 'ido' && l.gemeenteCode === code)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const lokets = dataset.locations.filter((l) => l.kind === 'juridisch-loket');
  const nearest = byDistance(gemeente.label, lokets, (l) => [l.lon, l.lat])[0];

  const otherHelp = entry.otherHelp.map((help) => ({
    help,
    source: describeSource(help.provenance, dataset.documents),
    age: claimAge(help.provenance.sourceDate, coverage.today),
  }));

  const profile: GemeenteProfileData = {
    gemeente,
    coverage: entry,
    claims,
    otherHelp,
    services,
    idos,
  };
  if (nearest) profile.nearestLoket = { location: nearest.item, km: nearest.km };
  return profile;
}
