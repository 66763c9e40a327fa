// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { computeCoverage } from '../../../shared/model/coverage';
import {
  postcodeTableSchema,
  type Evidence,
  type HelpLocation,
} from '../../../shared/model/schema';
import { curate, curatedReference } from '../../../shared/intake/curate';
import { shapesFromGeoJson } from '../../../shared/intake/polygon';
import type { CheckResult } from './check-files';
import { changeReport, mergedCsvFiles, mergedPlaceFiles } from './export';
import { ageCounts, compare, confirmKey, ownClaimAges, ownRecords } from './merge';

const TODAY = '2026-11-30';
const dataset = createCoverageDataset();
const published = computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, TODAY);

function claim(id: string, code: string, status: 'wel' | 'niet', sourceDate?: string): Evidence {
  return {
    id,
    gemeenteCode: code,
    kind: 'sociaal-raadslieden',
    status,
    basis: 'vermeld',
    provenance: {
      source: `https://example.org/${id}`,
      checkedOn: TODAY,
      ...(sourceDate ? { sourceDate, sourceDateHow: 'vermeld' as const } : {}),
    },
  };
}

const check: CheckResult = {
  files: [],
  problems: [],
  ms: 0,
  records: { evidence: [], services: [], locations: [] },
  claims: [
    // Heerenveen is niet (2020) in the published data: a newer wel wins.
    { evidence: claim('eigen-1', 'GM0074', 'wel', '2026-02'), file: 'a.csv', line: 2 },
    // Groningen is wel (2025-01): an older niet loses, but is a conflict.
    { evidence: claim('eigen-2', 'GM0014', 'niet', '2019'), file: 'a.csv', line: 3 },
    // Waiting for a yes: not counted until confirmed.
    {
      evidence: claim('eigen-3', 'GM0796', 'wel'),
      file: 'a.csv',
      line: 4,
      confirm: { typed: 'Den Bosch', code: 'GM0796', name: "'s-Hertogenbosch", how: 'alias' },
    },
  ],
};

describe('merging the owner’s rows', () => {
  it('lets the newest claim win and lists the change and the conflict', () => {
    const own = ownRecords(check, new Set());
    const result = compare(dataset, published, own, 'samen', TODAY);
    expect(result.changes.map((c) => [c.code, c.before, c.after])).toEqual([
      ['GM0074', 'niet-verouderd', 'wel-actueel'],
    ]);
    expect(result.conflicts.map((c) => [c.code, c.published, c.own, c.winner])).toEqual([
      ['GM0014', 'wel', 'niet', 'gepubliceerd'],
      ['GM0074', 'niet', 'wel', 'eigen'],
    ]);
    expect(result.after.gemeenten['wel-actueel']).toBe(result.before.gemeenten['wel-actueel'] + 1);
  });

  it('counts a confirmed name, and an undated claim as verouderd with its date unknown', () => {
    const waiting = check.claims[2];
    if (!waiting) throw new Error('fixture');
    const key = confirmKey(waiting);
    const own = ownRecords(check, new Set([key]));
    const result = compare(dataset, published, own, 'samen', TODAY);
    expect(result.changes.find((c) => c.code === 'GM0796')).toMatchObject({
      before: 'onbekend',
      after: 'wel-verouderd',
    });
    expect(ageCounts(ownClaimAges(own, TODAY))).toEqual({ actueel: 1, verouderd: 1, onbekend: 1 });
  });

  it('shows the owner’s rows on their own', () => {
    const own = ownRecords(check, new Set());
    const result = compare(dataset, published, own, 'alleen', TODAY);
    expect(result.after.gemeenten.onbekend).toBe(dataset.gemeenten.length - 2);
    expect(result.conflicts).toEqual([]);
  });

  it('exports evidence.csv with the owner’s rows added and a report naming the sources', () => {
    const own = ownRecords(check, new Set());
    const [evidence] = mergedCsvFiles(dataset, own, 'samen');
    const lines = evidence?.text.trim().split('\n') ?? [];
    expect(lines).toHaveLength(1 + dataset.evidence.length + 2);
    expect(lines.at(-1)).toContain('eigen-2,GM0014,sociaal-raadslieden,niet');
    const result = compare(dataset, published, own, 'samen', TODAY);
    const report = changeReport(result, own, (s) => s, TODAY);
    expect(report).toContain('Heerenveen (GM0074): niet-verouderd -> wel-actueel');
    expect(report).toContain('https://example.org/eigen-1');
  });

  it('exports the places as data/’s locations files, which the build’s own checks accept as they are', () => {
    const office: HelpLocation = {
      id: 'srl-eigen-kantoor',
      kind: 'sociaal-raadslieden',
      name: 'Sociaal raadslieden, "Het Kantoor"',
      organisation: 'Welzijn Voorbeeld',
      address: { street: 'Stationsplein', houseNumber: '1', place: 'Heerenveen' },
      gemeenteCode: 'GM0074',
      lat: 52.96,
      lon: 5.92,
      precision: 'exact',
      access: ['inloop', 'afspraak'],
      openingHours: { osm: 'Mo-Fr 09:00-12:00' },
      provenance: { source: 'https://example.org/kantoor', checkedOn: TODAY, sourceDate: '2026' },
    };
    const own = { evidence: [], services: [], locations: [office] };
    const files = mergedPlaceFiles(dataset, own, 'samen');
    expect(files.map((f) => f.file)).toEqual([
      'locations-sociaal-raadslieden.csv',
      'locations-ido.csv',
      'locations-juridisch-loket.csv',
    ]);
    const srl = files[0]?.text.trim().split('\n') ?? [];
    const publishedSrl = dataset.locations.filter((l) => l.kind === 'sociaal-raadslieden');
    expect(srl).toHaveLength(1 + publishedSrl.length + 1);
    // A published place at precision plaats: its position is the build's to derive, not given.
    expect(srl[1]).toMatch(/^srl-utrecht-kantoor,sociaal-raadslieden,.*,Utrecht,GM0344,,,,plaats,/);

    // The build's own curation, over the files together (services.csv holds the service_ids),
    // with the served postcode table and gemeente boundaries.
    const served = (file: string): unknown =>
      JSON.parse(readFileSync(new URL(`../../../../public/data/${file}`, import.meta.url), 'utf8'));
    const reference = curatedReference(
      dataset.gemeenten,
      postcodeTableSchema.parse(served('postcodes.json')),
      shapesFromGeoJson(served('gemeenten.geojson') as Parameters<typeof shapesFromGeoJson>[0]),
    );
    const result = curate(
      [...mergedCsvFiles(dataset, own, 'samen'), ...files].map((f) => ({
        file: f.file,
        bytes: new TextEncoder().encode(f.text),
      })),
      reference,
      { today: TODAY },
    );
    expect(result.problems).toEqual([]);
    expect(result.records.locations).toContainEqual(office);
    expect(result.records.locations).toHaveLength(dataset.locations.length + 1);
  });
});
