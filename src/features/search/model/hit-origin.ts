import type { NearbyOrigin } from '../../../shared/model/url-state';
import type { SearchHit } from './search-types';

/** Where "Hulp bij u in de buurt" starts for a chosen gemeente, woonplaats or postcode. */
export function originFromHit(hit: SearchHit): NearbyOrigin | undefined {
  if (hit.type === 'gemeente') return { type: 'gemeente', code: hit.code };
  if (hit.type === 'woonplaats')
    return { type: 'plaats', name: hit.name, gemeenteCode: hit.gemeenteCode };
  if (hit.type === 'postcode')
    return { type: 'postcode', pc4: hit.pc4, ...(hit.letters ? { letters: hit.letters } : {}) };
  return undefined;
}
