import type { CoverageResult } from '../../../shared/model/coverage';
import type { AreaReach, ReachData } from '../../../shared/model/reach';
import { REACH_BANDS, reachBand, type ReachBand } from '../../../shared/model/reach';
import type { Dataset, PlaceKind } from '../../../shared/model/schema';

/**
 * What the reach figures are measured against: how many places the map knows of each kind, and
 * for sociaal raadslieden how many gemeenten have a service with a known office. Shown beside
 * every reach figure, because a missing place makes help look farther away than it is.
 */
export interface ReachCompleteness {
  places: Record<PlaceKind, number>;
  /** Gemeenten named in the area of a service with at least one known office. */
  gemeentenWithOffice: number;
  gemeenten: number;
}

export function reachCompleteness(
  dataset: Pick<Dataset, 'gemeenten' | 'services' | 'locations'>,
  reach: Pick<ReachData, 'places'>,
): ReachCompleteness {
  const withOffice = new Set(dataset.locations.flatMap((l) => (l.serviceId ? [l.serviceId] : [])));
  const served = new Set(
    dataset.services.filter((s) => withOffice.has(s.id)).flatMap((s) => s.serviceArea),
  );
  return {
    places: reach.places,
    gemeentenWithOffice: dataset.gemeenten.filter((g) => served.has(g.code)).length,
    gemeenten: dataset.gemeenten.length,
  };
}

/**
 * Gemeenten (and their inwoners) that a service works for but where no office is known: their
 * inwoners count as "no place known" for sociaal raadslieden, which a reader should not take for
 * "no sociaal raadslieden".
 */
export function servedWithoutOffice(
  gemeenten: readonly Pick<Dataset['gemeenten'][number], 'code' | 'population'>[],
  coverage: Pick<CoverageResult, 'byCode'>,
  reach: Pick<ReachData, 'gemeenten'>,
): { gemeenten: number; inwoners: number } {
  const none = REACH_BANDS.indexOf('geen');
  let count = 0;
  let inwoners = 0;
  for (const g of gemeenten) {
    const served = (coverage.byCode.get(g.code)?.serviceIds.length ?? 0) > 0;
    const area = reach.gemeenten[g.code];
    const bands = area?.kinds['sociaal-raadslieden'].bands;
    if (served && area && area.inwoners > 0 && bands?.[none] === area.inwoners) {
      count += 1;
      inwoners += area.inwoners;
    }
  }
  return { gemeenten: count, inwoners };
}

/** The reach of a scope: the country, or a province when its code is in the file. */
export function scopeReach(
  reach: Pick<ReachData, 'nederland' | 'provinces'>,
  provinceCode: string | undefined,
): AreaReach {
  return (provinceCode ? reach.provinces[provinceCode] : undefined) ?? reach.nederland;
}

/**
 * For the map's distance layer: per gemeente, the band of the distance within which half its
 * inwoners live from a known place of `kind`. `geen` when half or more have no known place (the
 * map then shows "geen plaats bekend", never "far"). Gemeenten missing from reach.json are left
 * out, so the map shows them as `geen` too.
 */
export function gemeenteBands(
  reach: Pick<ReachData, 'gemeenten'>,
  kind: PlaceKind,
): Map<string, ReachBand> {
  const bands = new Map<string, ReachBand>();
  for (const [code, area] of Object.entries(reach.gemeenten)) {
    if (area) bands.set(code, reachBand(area.kinds[kind].medianKm));
  }
  return bands;
}
