// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/shared/intake/csv';
import { CURATED_FILES } from '../../../src/shared/intake/datapackage';
import { adresDoc, freeResponse } from '../../../tests/fixtures/online/locatieserver';
import { server } from '../../../tests/mocks/server';
import { curatedReference, readCurated } from '../curated';
import { writeGeocodeCache } from '../online/geocode';
import { harvestSamenwerkendeCatalogi } from '../online/harvest-sc';
import { LOCATIESERVER_FREE } from '../online/locatieserver';
import { SC_ENDPOINT } from '../online/samenwerkende-catalogi';
import { CURATED_DIR } from '../paths';
import { readReference } from '../reference';
import { shapesFromTopology } from '../shapes';
import { mergeCandidates, writeQueue } from './queue';
import { acceptCandidate, curatedFacts, loadQueues, loadRejected, rejectCandidate } from './review';

/** Harvest (against the SRU and PDOK fixtures), then review, on a copy of the committed data. */
const SOURCES = process.env.SJK_SOURCES ?? '/work/shared/data';
const haveSources = fs.existsSync(SOURCES);
const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/online');
const noWait = { sleep: () => Promise.resolve(), intervalMs: 0 };

const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function copyOfData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-review-'));
  tmpDirs.push(dir);
  for (const { file } of CURATED_FILES)
    fs.copyFileSync(path.join(CURATED_DIR, file), path.join(dir, file));
  return dir;
}

function serveFixtures() {
  server.use(
    http.get(SC_ENDPOINT, ({ request }) => {
      const page = new URL(request.url).searchParams.get('startRecord') === '1' ? 1 : 2;
      return new HttpResponse(fs.readFileSync(path.join(FIXTURES, `sc-page-${page}.xml`), 'utf8'), {
        headers: { 'content-type': 'text/xml' },
      });
    }),
    http.get(LOCATIESERVER_FREE, () =>
      HttpResponse.json(
        freeResponse([
          adresDoc({
            weergavenaam: 'Raadhuisplein 1, 5171KK Kaatsheuvel',
            straatnaam: 'Raadhuisplein',
            huisnummer: 1,
            postcode: '5171KK',
            nummeraanduiding_id: '0809200000000001',
            centroide_ll: 'POINT(5.0431 51.6566)',
          }),
        ]),
      ),
    ),
  );
}

describe.skipIf(!haveSources)('harvest, then review', () => {
  const reference = haveSources ? readReference(SOURCES) : undefined;
  const ref = reference
    ? curatedReference(
        reference.gemeenten,
        reference.postcodes,
        shapesFromTopology(reference.gemeenteTopology, 'gemeente_2026'),
      )
    : undefined;

  async function harvestInto(dataDir: string, today: string) {
    if (!reference) throw new Error('no reference');
    serveFixtures();
    const harvest = await harvestSamenwerkendeCatalogi(reference.gemeenten, {
      ...noWait,
      pageSize: 3,
      today,
    });
    const existing =
      loadQueues({ dataDir }).find((q) => q.file === 'samenwerkende-catalogi.csv')?.candidates ??
      [];
    const merged = mergeCandidates(
      existing,
      harvest.candidates,
      loadRejected({ dataDir }),
      curatedFacts(dataDir),
    );
    fs.mkdirSync(path.join(dataDir, 'review'), { recursive: true });
    fs.writeFileSync(
      path.join(dataDir, 'review', 'samenwerkende-catalogi.csv'),
      writeQueue(merged.queue),
    );
    // As npm run data:harvest does: PDOK's answers for candidate addresses go into the cache.
    fs.writeFileSync(path.join(dataDir, 'geocode-cache.csv'), writeGeocodeCache(harvest.geocoded));
    return merged.report;
  }

  it('accepts a candidate into the curated file with provenance and the reviewer’s date, and remembers a rejection', async () => {
    if (!ref) return;
    const dataDir = copyOfData();
    const first = await harvestInto(dataDir, '2026-12-01');
    expect(first.added.map((c) => c.candidateId)).toEqual(
      expect.arrayContaining(['ev-gm0809-sc-7001', 'srl-loon-op-zand-sc-7001']),
    );
    expect(first.added.map((c) => c.targetFile).sort()).toEqual([
      'evidence.csv',
      'evidence.csv',
      'locations-sociaal-raadslieden.csv',
    ]);

    const accepted = acceptCandidate({ dataDir, ref, today: '2026-12-02' }, 'ev-gm0809-sc-7001');
    expect(accepted).toMatchObject({ ok: true, file: 'evidence.csv', dropped: [] });
    const evidence = parseCsv(
      fs.readFileSync(path.join(dataDir, 'evidence.csv'), 'utf8'),
      'evidence.csv',
    );
    expect(evidence.rows.at(-1)?.record).toMatchObject({
      id: 'ev-gm0809-sc-7001',
      gemeente_code: 'GM0809',
      status: 'wel',
      source: 'https://www.loonopzand.nl/sociaal-raadslieden',
      source_date: '2026-10-14',
      checked_on: '2026-12-02',
    });

    // A location needs the organisation that runs it; the check says so, and --set fixes it.
    const withoutOrganisation = acceptCandidate(
      { dataDir, ref, today: '2026-12-02' },
      'srl-loon-op-zand-sc-7001',
    );
    expect(withoutOrganisation).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/organisation \(organisatie\) is verplicht maar leeg/) as unknown,
      ],
    });
    // Without PDOK's answer in the cache the position could not be traced: refused.
    const cache = fs.readFileSync(path.join(dataDir, 'geocode-cache.csv'));
    fs.writeFileSync(
      path.join(dataDir, 'geocode-cache.csv'),
      'query,gemeente_code,checked_on,status,bag_id,lat,lon,address\n',
    );
    const changes = { organisation: 'Gemeente Loon op Zand' };
    const untraced = acceptCandidate(
      { dataDir, ref, today: '2026-12-02' },
      'srl-loon-op-zand-sc-7001',
      changes,
    );
    expect(untraced).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /bag_id: 0809200000000001 staat niet in data\/geocode-cache\.csv/,
        ) as unknown,
      ],
    });
    fs.writeFileSync(path.join(dataDir, 'geocode-cache.csv'), cache);
    const location = acceptCandidate(
      { dataDir, ref, today: '2026-12-02' },
      'srl-loon-op-zand-sc-7001',
      changes,
    );
    expect(location.ok).toBe(true);

    const other = loadQueues({ dataDir })[0]?.candidates[0];
    expect(other?.gemeenteCode).toBe('GM1900');
    rejectCandidate(
      { dataDir, today: '2026-12-02' },
      other?.candidateId ?? '',
      'spreekuur van de gemeente, geen sociaal raadslieden',
    );
    expect(loadQueues({ dataDir })[0]?.candidates).toEqual([]);
    expect(loadRejected({ dataDir })).toEqual([
      {
        candidateId: other?.candidateId,
        source: 'https://sudwestfryslan.nl/sociaaljuridisch-spreekuur',
        gemeenteCode: 'GM1900',
        rejectedOn: '2026-12-02',
        reason: 'spreekuur van de gemeente, geen sociaal raadslieden',
      },
    ]);

    // The dataset with the accepted rows passes every check of the build.
    const checked = readCurated(dataDir, ref, { today: '2026-12-02' });
    expect(checked.problems).toEqual([]);
    expect(checked.records.evidence.find((e) => e.id === 'ev-gm0809-sc-7001')).toMatchObject({
      kind: 'sociaal-raadslieden',
      status: 'wel',
      basis: 'vermeld',
      provenance: {
        source: 'https://www.loonopzand.nl/sociaal-raadslieden',
        sourceTitle: 'Sociaal raadslieden',
        sourceDate: '2026-10-14',
        sourceDateHow: 'vermeld',
        checkedOn: '2026-12-02',
      },
    });
    expect(
      checked.records.locations.find((l) => l.id === 'srl-loon-op-zand-sc-7001'),
    ).toMatchObject({
      precision: 'exact',
      lat: 51.6566,
      lon: 5.0431,
    });

    // The next round proposes neither the accepted nor the rejected pages again.
    const second = await harvestInto(dataDir, '2026-12-08');
    expect(second).toMatchObject({ added: [], rejectedBefore: 1, alreadyInDataset: 2 });
  });

  it('writes the same queue bytes for the same harvest', async () => {
    const a = copyOfData();
    const b = copyOfData();
    await harvestInto(a, '2026-12-01');
    await harvestInto(b, '2026-12-01');
    expect(
      fs
        .readFileSync(path.join(a, 'review', 'samenwerkende-catalogi.csv'))
        .equals(fs.readFileSync(path.join(b, 'review', 'samenwerkende-catalogi.csv'))),
    ).toBe(true);
  });

  it('refuses to reject without a reason and to accept an unknown id', () => {
    if (!ref) return;
    const dataDir = copyOfData();
    expect(() => rejectCandidate({ dataDir, today: '2026-12-02' }, 'x', ' ')).toThrow(
      /geef een reden/,
    );
    expect(acceptCandidate({ dataDir, ref, today: '2026-12-02' }, 'nope')).toEqual({
      ok: false,
      problems: ['kandidaat nope staat niet in de wachtrij'],
    });
  });
});
