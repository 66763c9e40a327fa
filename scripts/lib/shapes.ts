import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaShape, type AreaShape } from '../../src/shared/intake/polygon';

/**
 * Gemeente boundaries as shapes for the position check: from the reference topology when the
 * sources are there (build, data:check), or from the committed public/data/gemeenten.geojson.
 */

export function shapesFromTopology(topology: Topology, objectName: string): AreaShape[] {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`topology has no GeometryCollection ${objectName}`);
  }
  const collection = feature(topology, object as GeometryCollection);
  return collection.features.flatMap((f) => {
    const props = f.properties as Record<string, unknown> | null;
    const code = typeof props?.statcode === 'string' ? props.statcode : undefined;
    const name = typeof props?.statnaam === 'string' ? props.statnaam : '';
    const g = f.geometry;
    if (!code || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
    return [areaShape(code, name, g)];
  });
}

/** Shapes from public/data/gemeenten.geojson (shared with the browser's workbench). */
export { shapesFromGeoJson } from '../../src/shared/intake/polygon';
