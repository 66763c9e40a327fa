/** [[west, south], [east, north]] */
export type Bounds = [[number, number], [number, number]];

/** The bounding box of the whole country and of each province, from the province boundaries. */
export interface AreaBounds {
  country: Bounds;
  provinces: ReadonlyMap<string, Bounds>;
}

function extend(bounds: Bounds | undefined, [lon, lat]: readonly number[]): Bounds {
  const x = lon ?? 0;
  const y = lat ?? 0;
  if (!bounds)
    return [
      [x, y],
      [x, y],
    ];
  return [
    [Math.min(bounds[0][0], x), Math.min(bounds[0][1], y)],
    [Math.max(bounds[1][0], x), Math.max(bounds[1][1], y)],
  ];
}

/**
 * Boxes from `provincies.geojson` (features with a `code` property). Used to show the whole
 * country, or one province, whatever the map showed before: exact outlines, not label points.
 */
export function areaBounds(collection: GeoJSON.FeatureCollection): AreaBounds {
  let country: Bounds | undefined;
  const provinces = new Map<string, Bounds>();
  for (const feature of collection.features) {
    const code: unknown = feature.properties?.['code'];
    const geometry = feature.geometry;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    let box: Bounds | undefined;
    for (const polygon of polygons) for (const point of polygon[0] ?? []) box = extend(box, point);
    if (!box) continue;
    if (typeof code === 'string') provinces.set(code, box);
    country = extend(extend(country, box[0]), box[1]);
  }
  if (!country) throw new Error('no province boundaries to take bounds from');
  return { country, provinces };
}
