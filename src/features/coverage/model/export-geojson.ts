import type { Feature, FeatureCollection } from 'geojson';
import type { CoverageRow } from './table-rows';

/** True when the value looks like a GeoJSON FeatureCollection; the fetched file is checked before use. */
export function isFeatureCollection(value: unknown): value is FeatureCollection {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { type?: unknown; features?: unknown };
  return record.type === 'FeatureCollection' && Array.isArray(record.features);
}

/**
 * The gemeente boundaries with the coverage of each gemeente added to its properties, matched on
 * `properties.code`, so the choropleth can be rebuilt in QGIS. Returns a new collection; the input
 * is not changed. A feature whose code is not in `rows` keeps only its own properties.
 */
export function joinCoverageGeojson(
  collection: FeatureCollection,
  rows: readonly CoverageRow[],
): FeatureCollection {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const features = collection.features.map((feature): Feature => {
    const code: unknown = feature.properties?.code;
    const row = typeof code === 'string' ? byCode.get(code) : undefined;
    if (!row) return { ...feature, properties: { ...feature.properties } };
    return {
      ...feature,
      properties: {
        ...feature.properties,
        code: row.code,
        naam: row.name,
        provincie: row.provinceName,
        status: row.status,
        leeftijd: row.age ?? null,
        inwoners: row.population,
        aanbieder: row.providers.join('; '),
        bron: row.sourceTitle ?? null,
        bron_url: row.sourceUrl ?? null,
        bron_datum: row.sourceDate ?? null,
        bron_datum_hoe: row.sourceDateHow ?? null,
        afgeleid: row.status === 'onbekend' ? null : row.inferred,
        gecontroleerd_op: row.checkedOn ?? null,
      },
    };
  });
  return { ...collection, features };
}
