import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { woonplaatsCentroids } from '../../src/shared/model/geo';
import type { Gemeente, PostcodeTable } from '../../src/shared/model/schema';
import { cleanGeometry } from './boundaries';
import { byCodePoint } from './reference';

/**
 * What the offline basemap needs besides the CBS boundaries: the land of the neighbouring
 * countries (so Belgium and Germany are not drawn in the colour of the sea) and the names of
 * woonplaatsen for labels at closer zoom. Both are derived deterministically at build time.
 */

/** Natural Earth 1:10m admin-0 countries as TopoJSON, from the world-atlas npm package. */
export const NATURAL_EARTH_FILE = 'world-atlas/countries-10m.json';
/** ISO 3166-1 numeric code of the Netherlands: its land comes from the CBS boundaries instead. */
const NETHERLANDS = '528';

/**
 * The box the neighbours' land is clipped to: a little larger than the map's `maxBounds`
 * ([1.5, 49.8] – [9.5, 54.5]), so the edge of the clipped land is never in view.
 */
export const LAND_BOX = { west: 1.0, south: 49.5, east: 10.0, north: 55.0 } as const;

type LandCollection = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

function boxRing(): [number, number][] {
  const { west, south, east, north } = LAND_BOX;
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function overlapsBox(geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) =>
    (rings[0] ?? []).some(
      ([lon = 0, lat = 0]) =>
        lon >= LAND_BOX.west &&
        lon <= LAND_BOX.east &&
        lat >= LAND_BOX.south &&
        lat <= LAND_BOX.north,
    ),
  );
}

/** Reads the Natural Earth topology from node_modules. */
export function readNaturalEarth(): Topology {
  const file = createRequire(import.meta.url).resolve(NATURAL_EARTH_FILE);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Topology;
}

/**
 * The land of every country except the Netherlands that reaches into the box, dissolved into one
 * shape (no borders between the neighbours: the map is about Dutch gemeenten) and clipped to the
 * box. Drawn under the gemeenten, so where Natural Earth's border and CBS's differ a little, the
 * CBS gemeenten win.
 */
export function buildNeighbourLand(topology: Topology): LandCollection {
  const object = topology.objects['countries'];
  if (!object || object.type !== 'GeometryCollection')
    throw new Error(`${NATURAL_EARTH_FILE}: no GeometryCollection "countries"`);
  // world-atlas gives every country a `name` property.
  const countries = object as GeometryCollection<{ name?: string }>;
  const all = feature(topology, countries).features;
  const chosen = countries.geometries.filter(
    (g, i): g is TopoPolygon<{ name?: string }> | TopoMultiPolygon<{ name?: string }> => {
      const geometry = all[i]?.geometry;
      return (
        String(g.id) !== NETHERLANDS &&
        (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') &&
        overlapsBox(geometry)
      );
    },
  );
  if (chosen.length === 0)
    throw new Error(`${NATURAL_EARTH_FILE}: no country near the Netherlands`);
  const dissolved = merge(topology, chosen);
  const clipped: ClipMultiPolygon = polygonClipping.intersection(
    dissolved.coordinates as ClipMultiPolygon,
    [boxRing()],
  );
  const geometry = cleanGeometry({ type: 'MultiPolygon', coordinates: clipped });
  if (!geometry) throw new Error(`${NATURAL_EARTH_FILE}: no land left inside the box`);
  const names = chosen
    .map((g, i) => {
      return g.properties?.name ?? String(g.id ?? i);
    })
    .sort(byCodePoint);
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: names.join(', ') }, geometry }],
  };
}

/** Properties of a woonplaats label point. */
export interface WoonplaatsLabel {
  name: string;
  /** How many PC4 areas the woonplaats spans: a stand-in for its size, to rank the labels. */
  size: number;
  /** 1 when the woonplaats has its gemeente's name (e.g. Utrecht in Utrecht), else 0. */
  main: 0 | 1;
}

/** Four decimals (about 10 m): plenty for a label, and a third smaller file than five. */
function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** Lower-case name without a CBS suffix like " (NH.)", to compare gemeente and woonplaats names. */
function bareName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').toLocaleLowerCase('nl');
}

/**
 * One label point per woonplaats and gemeente: the mean of its PC4 centroids (the same point the
 * search uses for a woonplaats), sorted by size then name so the file is stable.
 */
export function buildWoonplaatsLabels(
  postcodes: PostcodeTable,
  gemeenten: readonly Gemeente[],
): FeatureCollection<Point, WoonplaatsLabel> {
  const sizes = new Map<string, number>();
  postcodes.pc4.forEach((_, i) => {
    const place = postcodes.places[postcodes.place[i] ?? -1];
    const gemeente = postcodes.gemeenten[postcodes.gemeente[i] ?? -1];
    if (place === undefined || gemeente === undefined) return;
    const key = `${place}|${gemeente}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  });
  const gemeenteNames = new Map(gemeenten.map((g) => [g.code, bareName(g.name)]));
  const features: Feature<Point, WoonplaatsLabel>[] = woonplaatsCentroids(postcodes).map((p) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round4(p.lon), round4(p.lat)] },
    properties: {
      name: p.name,
      size: sizes.get(`${p.name}|${p.gemeenteCode}`) ?? 1,
      main: gemeenteNames.get(p.gemeenteCode) === bareName(p.name) ? 1 : 0,
    },
  }));
  // woonplaatsCentroids sorts by name and gemeente; a stable sort keeps that order within a size.
  features.sort((a, b) => b.properties.size - a.properties.size);
  return { type: 'FeatureCollection', features };
}
