import { areaBounds, type AreaBounds, type Bounds } from './area-bounds';
import type { StyleUrls } from './layers';

/**
 * The box of the country or of one province, read once from the province boundaries (the file the
 * map already drew, or the collection it was given). A failed read is forgotten, so the next
 * request tries again. Both the camera ("show this province") and the PNG export use it.
 */
export function createAreaLookup(
  provincies: StyleUrls['provincies'],
): (province: string | undefined) => Promise<Bounds> {
  let areas: Promise<AreaBounds> | undefined;
  const load = (): Promise<AreaBounds> => {
    areas ??= (
      typeof provincies === 'string'
        ? fetch(provincies).then((response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            return response.json() as Promise<GeoJSON.FeatureCollection>;
          })
        : Promise.resolve(provincies)
    )
      .then(areaBounds)
      .catch((error: unknown) => {
        areas = undefined;
        throw error;
      });
    return areas;
  };
  return async (province) => {
    const loaded = await load();
    return (province ? loaded.provinces.get(province) : undefined) ?? loaded.country;
  };
}
