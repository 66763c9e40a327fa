/**
 * Feature-state needs numeric feature ids: gemeente GM0344 is feature 344 in gemeenten.geojson.
 * The two conversions live here so no part of the map spells the code format itself.
 */
export const gemeenteFeatureId = (code: string): number => Number(code.slice(2));

/** The gemeente code of a feature the pointer hit, as the rest of the app names gemeenten. */
export const gemeenteCodeOf = (featureId: number): string =>
  `GM${String(featureId).padStart(4, '0')}`;
