/**
 * Is a position inside its gemeente? A box around the Netherlands lets Groningen coordinates
 * pass on a row in Loon op Zand; a point-in-polygon test against the gemeente boundary does not.
 * The boundaries are generalised (simplified for a choropleth), so a point just outside is
 * allowed within {@link BORDER_TOLERANCE_KM}.
 */

/** [longitude, latitude]. */
export type Position = readonly number[];
/** Outer ring first, then holes; each ring closed or not. */
export type PolygonRings = readonly (readonly Position[])[];

/** A gemeente's boundary as one or more polygons. */
export interface AreaShape {
  code: string;
  name: string;
  polygons: readonly PolygonRings[];
  /** [minLon, minLat, maxLon, maxLat], for a quick reject. */
  bbox: readonly [number, number, number, number];
}

/**
 * How far outside the generalised boundary a position may lie. The boundaries in use were
 * simplified to about 100 m; a generous 1 km keeps real addresses near a border from failing
 * while a position in another part of the country still does.
 */
export const BORDER_TOLERANCE_KM = 1;

/** A shape from a GeoJSON Polygon or MultiPolygon geometry. */
export function areaShape(
  code: string,
  name: string,
  geometry:
    | { type: 'Polygon'; coordinates: PolygonRings }
    | { type: 'MultiPolygon'; coordinates: readonly PolygonRings[] },
): AreaShape {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon = 0, lat = 0] of ring) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    }
  }
  return { code, name, polygons, bbox: [minLon, minLat, maxLon, maxLat] };
}

/** Even-odd ray casting over one ring. */
function inRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the position lies inside the shape (holes excluded). */
export function containsPosition(shape: AreaShape, lon: number, lat: number): boolean {
  const [minLon, minLat, maxLon, maxLat] = shape.bbox;
  if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return false;
  return shape.polygons.some((polygon) => {
    const [outer, ...holes] = polygon;
    return (
      outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))
    );
  });
}

/** Distance in km from the position to the shape's boundary (0 inside is not implied). */
export function distanceToBoundaryKm(shape: AreaShape, lon: number, lat: number): number {
  // Local flat projection: fine for distances of a few km at Dutch latitudes.
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.574;
  let best = Infinity;
  for (const polygon of shape.polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const [ax = 0, ay = 0] = ring[i] ?? [];
        const [bx = 0, by = 0] = ring[i + 1] ?? [];
        const px = (lon - ax) * kx;
        const py = (lat - ay) * ky;
        const dx = (bx - ax) * kx;
        const dy = (by - ay) * ky;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
      }
    }
  }
  return best;
}

/** The shapes that contain the position (normally one). */
export function shapesAt(shapes: Iterable<AreaShape>, lon: number, lat: number): AreaShape[] {
  return [...shapes].filter((s) => containsPosition(s, lon, lat));
}

/**
 * A point well inside the shape, for a label or a "middle of the gemeente" position: the point
 * of a grid (refined twice around the best cell) that lies inside and furthest from the
 * boundary. Unlike the centroid it never falls in a lake or outside a crescent-shaped gemeente.
 */
export function interiorPoint(shape: AreaShape, steps = 24): [number, number] {
  let [minLon, minLat, maxLon, maxLat] = shape.bbox;
  let best: [number, number] | undefined;
  let bestDistance = -1;
  for (let round = 0; round < 3; round += 1) {
    const dLon = (maxLon - minLon) / steps;
    const dLat = (maxLat - minLat) / steps;
    for (let i = 0; i <= steps; i += 1) {
      for (let j = 0; j <= steps; j += 1) {
        const lon = minLon + i * dLon;
        const lat = minLat + j * dLat;
        if (!containsPosition(shape, lon, lat)) continue;
        const d = distanceToBoundaryKm(shape, lon, lat);
        if (d > bestDistance) {
          bestDistance = d;
          best = [lon, lat];
        }
      }
    }
    if (!best) break;
    [minLon, maxLon] = [best[0] - dLon, best[0] + dLon];
    [minLat, maxLat] = [best[1] - dLat, best[1] + dLat];
  }
  if (best) return best;
  const ring = shape.polygons[0]?.[0] ?? [];
  const [lon = 0, lat = 0] = ring[0] ?? [];
  return [lon, lat];
}

/** A feature of a boundary file as the build writes it: properties code and name. */
export interface BoundaryFeature {
  properties: unknown;
  geometry: { type: string; coordinates?: unknown } | null;
}

/**
 * Shapes from a boundary GeoJSON file (public/data/gemeenten.geojson): the pipeline's checks
 * without reference sources, and the browser's workbench, read the same file the same way.
 * Features without a code or a polygon are left out (the file has none).
 */
export function shapesFromGeoJson(collection: {
  features: readonly BoundaryFeature[];
}): AreaShape[] {
  return collection.features.flatMap((f) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = typeof props.code === 'string' ? props.code : undefined;
    const name = typeof props.name === 'string' ? props.name : '';
    const g = f.geometry;
    if (!code || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
    return [areaShape(code, name, g as Parameters<typeof areaShape>[2])];
  });
}
