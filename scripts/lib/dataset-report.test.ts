// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Evidence, HelpLocation } from '../../src/shared/model/schema';
import { datasetReport } from './dataset-report';

function place(
  id: string,
  kind: HelpLocation['kind'],
  precision: HelpLocation['precision'],
  date?: string,
): HelpLocation {
  return {
    id,
    kind,
    name: id,
    organisation: 'x',
    address: { place: 'Utrecht' },
    gemeenteCode: 'GM0344',
    lat: 52.09,
    lon: 5.12,
    precision,
    access: [],
    openingHours: {},
    provenance: {
      source: 'https://example.org/',
      checkedOn: '2026-11-22',
      ...(date ? { sourceDate: date } : {}),
    },
  };
}

const evidence: Evidence = {
  id: 'ev',
  gemeenteCode: 'GM0344',
  kind: 'sociaal-raadslieden',
  status: 'wel',
  basis: 'afgeleid',
  provenance: { source: 'https://example.org/', checkedOn: '2026-11-22', sourceDate: '2009-02-25' },
};

describe('datasetReport', () => {
  it('counts places per kind and position precision, and the age of dated sources', () => {
    const report = datasetReport(
      {
        locations: [
          place('a', 'ido', 'plaats', '2024-01-01'),
          place('b', 'ido', 'gemeente'),
          place('c', 'juridisch-loket', 'postcode', '2021-06-01'),
        ],
        services: [],
        evidence: [evidence],
      },
      '2026-11-22',
    );
    expect(report.perKind).toEqual({ 'sociaal-raadslieden': 0, ido: 2, 'juridisch-loket': 1 });
    expect(report.perPrecision).toEqual({ exact: 0, postcode: 1, plaats: 1, gemeente: 1 });
    expect(report).toMatchObject({
      records: 4,
      dated: 3,
      medianSourceDate: '2021-06-01',
      oldestSourceDate: '2009-02-25',
      outdated: 3,
      inferred: 1,
      otherHelp: 0,
    });
  });
});
