// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reachFileSchema, toReachData } from '../src/shared/model/reach';
import { postcodeTableSchema } from '../src/shared/model/schema';
import { buildData, builtDataset, OUTPUT_FILES, writeOutputs } from './lib/build';
import { LOCATION_COLUMNS, SERVICE_COLUMNS, EVIDENCE_COLUMNS } from './lib/curated';
import { CONTACT_COLUMNS } from './lib/gemeente-contacts';

/** The mirrored reference sources; the test is skipped (with a note) on machines without them. */
const SOURCES = process.env.SJK_SOURCES ?? '/work/shared/data';
const haveSources = fs.existsSync(SOURCES);
if (!haveSources)
  console.warn(
    `build-data.test: skipped, reference sources not found at ${SOURCES} (set SJK_SOURCES)`,
  );

const tmpDirs: string[] = [];
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-build-test-'));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A curated folder with one row of each kind, so the test does not depend on data/ as it grows. */
function curatedFixture(evidenceSource = 'raadsbrief-2024.pdf'): string {
  const dir = tmp();
  const write = (file: string, columns: readonly string[], row: Record<string, string>) => {
    const line = columns.map((c) => row[c] ?? '').join(',');
    fs.writeFileSync(path.join(dir, file), `${columns.join(',')}\n${line}\n`);
  };
  const provenance = { source: 'https://example.nl/bron', checked_on: '2026-11-01' };
  write('locations-ido.csv', LOCATION_COLUMNS, {
    id: 'ido-test',
    kind: 'ido',
    name: 'IDO test',
    organisation: 'Bibliotheek',
    postcode: '3511 AB',
    place: 'Utrecht',
    gemeente_code: 'GM0344',
    precision: 'postcode',
    access_note: 'Intern: adres uit een oude folder; nagaan.',
    public_note: 'U hoeft geen lid te zijn.',
    ...provenance,
  });
  // Every curated file must be there with at least one row (a missing or header-only file fails).
  write('locations-sociaal-raadslieden.csv', LOCATION_COLUMNS, {
    id: 'srl-test-plek',
    kind: 'sociaal-raadslieden',
    name: 'Sociaal raadslieden test',
    organisation: 'Welzijn',
    place: 'Utrecht',
    gemeente_code: 'GM0344',
    precision: 'gemeente',
    service_id: 'srl-test',
    ...provenance,
  });
  write('locations-juridisch-loket.csv', LOCATION_COLUMNS, {
    id: 'hjl-test',
    kind: 'juridisch-loket',
    name: 'Het Juridisch Loket test',
    organisation: 'Het Juridisch Loket',
    place: 'Amsterdam',
    gemeente_code: 'GM0363',
    precision: 'plaats',
    ...provenance,
  });
  write('services.csv', SERVICE_COLUMNS, {
    id: 'srl-test',
    name: 'SRL test',
    provider: 'Welzijn',
    service_area: 'GM0344;GM0363',
    note: 'Intern: aanbieder gebeld maar geen reactie.',
    basis: 'vermeld',
    ...provenance,
    source_title: 'Sociaal raadslieden in Utrecht',
    source_date: '2025-06',
    source_date_how: 'url',
    checked_on: '2026-11-05',
  });
  write('evidence.csv', EVIDENCE_COLUMNS, {
    id: 'ev-test',
    gemeente_code: 'GM0014',
    kind: 'sociaal-raadslieden',
    status: 'niet',
    basis: 'vermeld',
    ...provenance,
    source: evidenceSource,
    source_date: '2024',
    source_date_how: 'tekst',
  });
  write('gemeente-contacts.csv', CONTACT_COLUMNS, {
    gemeente_code: 'GM0344',
    phone: '14 030',
    website: 'https://www.utrecht.nl',
    source: 'https://organisaties.overheid.nl/export/Gemeenten.csv',
    source_title: 'Organisaties overheid: export gemeenten',
    source_date: '2026-04-13',
    source_date_how: 'vermeld',
    checked_on: '2026-11-01',
  });
  fs.writeFileSync(
    path.join(dir, 'documents.csv'),
    'file,title,publisher,date\nraadsbrief-2024.pdf,Raadsbrief sociaal raadslieden,Gemeente Groningen,2024\n',
  );
  return dir;
}

describe.skipIf(!haveSources)('buildData against the mirrored sources', () => {
  const curatedDir = haveSources ? curatedFixture() : '';
  const first = haveSources ? buildData(SOURCES, curatedDir) : undefined;

  it('has 342 gemeenten, 12 provinces and 4073 postcodes', () => {
    if (!first) return;
    expect(first.curated.problems).toEqual([]);
    const dataset = builtDataset(first.files);
    expect(dataset.gemeenten).toHaveLength(342);
    expect(dataset.gemeenten.map((g) => g.code)).toEqual(
      [...dataset.gemeenten.map((g) => g.code)].sort(),
    );
    expect(dataset.checkedUntil).toBe('2026-11-05');
    expect(dataset.locations.find((l) => l.id === 'ido-test')).toMatchObject({
      id: 'ido-test',
      precision: 'postcode',
      gemeenteCode: 'GM0344',
    });

    const gemeenten = JSON.parse(first.files['gemeenten.geojson']) as {
      features: { id: number; properties: object }[];
    };
    expect(gemeenten.features).toHaveLength(342);
    // No status is baked into the boundaries: the app computes it (and its age) on the day it runs.
    expect(gemeenten.features.find((f) => f.id === 363)?.properties).toEqual({
      code: 'GM0363',
      name: 'Amsterdam',
    });
    const provincies = JSON.parse(first.files['provincies.geojson']) as { features: unknown[] };
    expect(provincies.features).toHaveLength(12);

    const postcodes = postcodeTableSchema.parse(JSON.parse(first.files['postcodes.json']));
    expect(postcodes.pc4).toHaveLength(4073);
    expect(postcodes.pc4).toEqual([...postcodes.pc4].sort((a, b) => a - b));
  });

  it('publishes public notes and gemeente contacts, never the internal notes', () => {
    if (!first) return;
    expect(first.files['dataset.json']).not.toContain('Intern:');
    expect(first.files['details.json']).not.toContain('Intern:');
    const dataset = builtDataset(first.files);
    const ido = dataset.locations.find((l) => l.id === 'ido-test');
    expect(ido?.publicNote).toBe('U hoeft geen lid te zijn.');
    expect(ido).not.toHaveProperty('accessNote');
    expect(dataset.services.find((s) => s.id === 'srl-test')).not.toHaveProperty('note');
    expect(dataset.gemeenten.find((g) => g.code === 'GM0344')?.contact).toEqual({
      phone: '14 030',
      website: 'https://www.utrecht.nl',
      provenance: {
        source: 'https://organisaties.overheid.nl/export/Gemeenten.csv',
        sourceTitle: 'Organisaties overheid: export gemeenten',
        sourceDate: '2026-04-13',
        sourceDateHow: 'vermeld',
        checkedOn: '2026-11-01',
      },
    });
    expect(dataset.gemeenten.find((g) => g.code === 'GM0363')).not.toHaveProperty('contact');
  });

  it('keeps the claim fields and lists the cited documents by title', () => {
    if (!first) return;
    const dataset = builtDataset(first.files);
    expect(dataset.services[0]).toMatchObject({
      id: 'srl-test',
      basis: 'vermeld',
      provenance: {
        sourceTitle: 'Sociaal raadslieden in Utrecht',
        sourceDate: '2025-06',
        sourceDateHow: 'url',
      },
    });
    expect(dataset.evidence[0]).toMatchObject({
      id: 'ev-test',
      kind: 'sociaal-raadslieden',
      status: 'niet',
      provenance: { source: 'raadsbrief-2024.pdf', sourceDate: '2024' },
    });
    expect(dataset.documents).toEqual([
      {
        file: 'raadsbrief-2024.pdf',
        title: 'Raadsbrief sociaal raadslieden',
        publisher: 'Gemeente Groningen',
        date: '2024',
      },
    ]);
    expect(first.curated.counts).toContainEqual({
      file: 'documents.csv',
      rowsIn: 1,
      recordsOut: 1,
    });
  });

  it('reports a cited document that documents.csv does not list', () => {
    const result = buildData(SOURCES, curatedFixture('002_onbekend.txt'));
    expect(result.curated.problems).toEqual([
      {
        file: 'evidence.csv',
        id: 'ev-test',
        line: expect.any(Number) as unknown,
        reason: expect.stringMatching(
          /"002_onbekend.txt" is geen webadres en staat niet in documents.csv/,
        ) as unknown,
      },
    ]);
  });

  it('reports a missing documents.csv instead of building without titles', () => {
    const dir = curatedFixture();
    fs.rmSync(path.join(dir, 'documents.csv'));
    const reasons = buildData(SOURCES, dir).curated.problems.map((p) => `${p.file}|${p.reason}`);
    expect(reasons).toContainEqual(
      expect.stringMatching(/^documents\.csv\|documents\.csv ontbreekt/),
    );
    expect(reasons).toContainEqual(expect.stringMatching(/^evidence.csv\|.*raadsbrief-2024.pdf/));
  });

  it('writes reach.json: every inwoner once per kind, per gemeente, province and country', () => {
    if (!first) return;
    const dataset = builtDataset(first.files);
    const file = reachFileSchema.parse(JSON.parse(first.files['reach.json']));
    expect(file.gemeenten.map((g) => g.code)).toEqual(dataset.gemeenten.map((g) => g.code));
    const reach = toReachData(file);
    expect(reach.datasetVersion).toBe(dataset.version);
    expect(reach.postcodeAreas).toBe(4073);
    // The fixture has one place of each kind (an IDO and an office in Utrecht, a loket in
    // Amsterdam); an office counts only with its service.
    const places = (kind: string) =>
      dataset.locations.filter(
        (l) => l.kind === kind && (kind !== 'sociaal-raadslieden' || l.serviceId !== undefined),
      ).length;
    expect(reach.places).toEqual({
      'sociaal-raadslieden': places('sociaal-raadslieden'),
      ido: 1,
      'juridisch-loket': 1,
    });
    const total = dataset.gemeenten.reduce((sum, g) => sum + g.population, 0);
    expect(reach.nederland.inwoners).toBe(total);
    for (const kind of ['sociaal-raadslieden', 'ido', 'juridisch-loket'] as const) {
      expect(
        reach.nederland.kinds[kind].bands.reduce((a, b) => a + b, 0),
        kind,
      ).toBe(total);
    }
    // Sociaal raadslieden count only inside the gemeenten their service works for.
    const served = dataset.gemeenten
      .filter((g) => dataset.services.some((s) => s.serviceArea.includes(g.code)))
      .reduce((sum, g) => sum + g.population, 0);
    expect(reach.nederland.kinds['sociaal-raadslieden'].bands[4]).toBeGreaterThanOrEqual(
      total - served,
    );
    expect(Object.keys(reach.provinces)).toHaveLength(12);
    for (const g of dataset.gemeenten) expect(reach.gemeenten[g.code]?.inwoners).toBe(g.population);
    // The IDO stands in Utrecht: most of Utrecht lives within 5 km, nobody in Groningen does.
    const utrecht = reach.gemeenten.GM0344?.kinds.ido;
    expect(utrecht?.medianKm).toBeLessThan(5);
    expect(reach.gemeenten.GM0014?.kinds.ido.bands.slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('writes byte-identical files on two builds', () => {
    if (!first) return;
    const a = tmp();
    const b = tmp();
    writeOutputs(first.files, a);
    writeOutputs(buildData(SOURCES, curatedDir).files, b);
    for (const name of OUTPUT_FILES) {
      const content = fs.readFileSync(path.join(a, name));
      expect(content.equals(fs.readFileSync(path.join(b, name))), name).toBe(true);
      // JSON files end with their closing brace (hsds.json, an array: bracket) and a newline;
      // the SVG picture with its tag.
      const end = name.endsWith('.svg') ? '</svg>\n' : name === 'hsds.json' ? ']\n' : '}\n';
      expect(content.toString('utf8').endsWith(end), name).toBe(true);
    }
  });

  it('keeps gemeenten.geojson well under 150 KB gzip', async () => {
    if (!first) return;
    const { sizes } = await import('./lib/build');
    expect(sizes(first.files['gemeenten.geojson']).gzip).toBeLessThan(150 * 1024);
  });
});
