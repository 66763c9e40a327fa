import type { FeatureCollection } from 'geojson';
import { computeCoverage } from '../../../shared/model/coverage';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { isFeatureCollection, joinCoverageGeojson } from './export-geojson';
import { buildCoverageRows } from './table-rows';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [5, 52],
      [5.1, 52],
      [5.1, 52.1],
      [5, 52],
    ],
  ],
};

describe('joinCoverageGeojson', () => {
  it('adds status, naam and inwoners per feature by properties.code and leaves the input alone', () => {
    const dataset = createCoverageDataset();
    const rows = buildCoverageRows(
      dataset,
      computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, dataset.checkedUntil),
    );
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 307,
          properties: { code: 'GM0307', name: 'Amersfoort' },
          geometry: square,
        },
        { type: 'Feature', properties: { code: 'GM0599' }, geometry: square },
        { type: 'Feature', properties: { code: 'GM9999' }, geometry: square },
      ],
    };
    const output = joinCoverageGeojson(input, rows);
    expect(output.features[0]?.properties).toMatchObject({
      code: 'GM0307',
      naam: 'Amersfoort',
      provincie: 'Utrecht',
      status: 'wel',
      inwoners: 157470,
      aanbieder: 'Stichting Raad Utrecht',
    });
    expect(output.features[0]?.id).toBe(307);
    expect(output.features[0]?.geometry).toBe(square);
    expect(output.features[1]?.properties).toMatchObject({ status: 'onbekend', bron: null });
    expect(output.features[2]?.properties).toEqual({ code: 'GM9999' });
    expect(input.features[0]?.properties).toEqual({ code: 'GM0307', name: 'Amersfoort' });
  });

  it('recognises a FeatureCollection', () => {
    expect(isFeatureCollection({ type: 'FeatureCollection', features: [] })).toBe(true);
    expect(isFeatureCollection({ type: 'Feature' })).toBe(false);
    expect(isFeatureCollection(null)).toBe(false);
  });
});
