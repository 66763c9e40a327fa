import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Turns the CBS boundary topology into small GeoJSON for the map. Simplification happens on the
 * topology's arcs, before features are built, so a border shared by two gemeenten is simplified
 * once and both sides keep exactly the same line (no slivers or gaps between neighbours).
 */

/** Coordinates are written with this many decimals (4 ≈ 10 m, far below what the map shows). */
export const COORDINATE_DECIMALS = 4;

/** Perpendicular distance of p from the line a-b (or from a when a = b), in quantised units. */
function distance(p: number[], a: number[], b: number[]): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
}

/** Douglas-Peucker on absolute points; keeps the first and last point (the arc's junctions). */
function douglasPeucker(points: number[][], tolerance: number): number[][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop() as [number, number];
    let maxDist = -1;
    let index = -1;
    for (let i = start + 1; i < end; i += 1) {
      const d = distance(points[i] ?? [], points[start] ?? [], points[end] ?? []);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index > 0 && maxDist > tolerance) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies every arc of a quantised topology (tolerance in quantised units). A closed arc (an
 * island drawn as one loop) is split at its farthest point first, so it does not collapse.
 * Returns a new topology; the input is not changed.
 */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
  if (tolerance <= 0) return topology;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return [x, y];
    });
    const first = absolute[0] ?? [0, 0];
    const last = absolute[absolute.length - 1] ?? [0, 0];
    let simplified: number[][];
    if (first[0] === last[0] && first[1] === last[1] && absolute.length > 3) {
      let far = 1;
      absolute.forEach((p, i) => {
        if (distance(p, first, first) > distance(absolute[far] ?? first, first, first)) far = i;
      });
      simplified = [
        ...douglasPeucker(absolute.slice(0, far + 1), tolerance),
        ...douglasPeucker(absolute.slice(far), tolerance).slice(1),
      ];
    } else {
      simplified = douglasPeucker(absolute, tolerance);
    }
    let px = 0;
    let py = 0;
    return simplified.map(([ax = 0, ay = 0]) => {
      const delta = [ax - px, ay - py];
      px = ax;
      py = ay;
      return delta;
    });
  });
  return { ...topology, arcs };
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Twice the signed area (positive = counter-clockwise in lon/lat). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * Rounds a ring, drops repeated points, and returns undefined when fewer than 4 positions or no
 * area remain (a degenerate ring). Winding follows RFC 7946: outer rings counter-clockwise.
 */
function cleanRing(ring: Position[], outer: boolean): Position[] | undefined {
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const p = [roundTo(lon, COORDINATE_DECIMALS), roundTo(lat, COORDINATE_DECIMALS)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === p[0] && prev[1] === p[1]) continue;
    out.push(p);
  }
  if (out.length < 4) return undefined;
  const area = signedArea(out);
  if (area === 0) return undefined;
  if (outer !== area > 0) out.reverse();
  return out;
}

function cleanPolygon(rings: Position[][]): Position[][] | undefined {
  const [outer, ...holes] = rings;
  const cleanOuter = outer ? cleanRing(outer, true) : undefined;
  if (!cleanOuter) return undefined;
  const cleanHoles = holes
    .map((h) => cleanRing(h, false))
    .filter((h): h is Position[] => h !== undefined);
  return [cleanOuter, ...cleanHoles];
}

/** Rounded, cleaned geometry; undefined when nothing is left. */
export function cleanGeometry(
  geometry: Polygon | MultiPolygon,
): Polygon | MultiPolygon | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cleaned = polygons
    .map((p) => cleanPolygon(p))
    .filter((p): p is Position[][] => p !== undefined);
  const [only] = cleaned;
  if (!only) return undefined;
  return cleaned.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: cleaned };
}

/** Properties written for each area: its code and name, nothing else (keeps the file small). */
export interface AreaProperties {
  code: string;
  name: string;
  [key: string]: string;
}

/**
 * Builds a FeatureCollection from one GeometryCollection object of the topology, sorted by code.
 * `id` gives the numeric feature id (MapLibre feature-state needs numbers); `name` the display
 * name. Throws when an area loses its whole geometry, rather than leaving a hole in the map.
 */
export function topologyToGeoJson(
  topology: Topology,
  objectName: string,
  describe: (props: Record<string, unknown>) => { id: number; code: string; name: string },
): FeatureCollection<Polygon | MultiPolygon, AreaProperties> {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection')
    throw new Error(`topology has no GeometryCollection ${objectName}`);
  const collection = feature(topology, object as GeometryCollection);
  const features: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  for (const f of collection.features) {
    // The topology was validated on reading: every geometry is a (Multi)Polygon with properties.
    const { id, code, name } = describe(f.properties);
    const geometry: Geometry = f.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`${objectName} ${code}: not a polygon`);
    }
    const cleaned = cleanGeometry(geometry);
    if (!cleaned) throw new Error(`${objectName} ${code}: no geometry left after simplification`);
    features.push({ type: 'Feature', id, properties: { code, name }, geometry: cleaned });
  }
  features.sort((a, b) =>
    a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0,
  );
  return { type: 'FeatureCollection', features };
}
