// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../tests/mocks/server';
import {
  cbsTableUrl,
  fetchAllSources,
  fetchCbsPopulation,
  fetchOgcFeatures,
  FetchSourceError,
  pdokItemsUrl,
  PDOK_GEBIEDSINDELINGEN,
} from './fetch-sources';
import { readReference, REFERENCE_FILES } from './reference';

// The shared msw server (tests/setup.ts) fails any request a test did not plan for.

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [5, 52],
      [5.1, 52],
      [5.1, 52.1],
      [5, 52],
    ],
  ],
};
const area = (statcode: string, statnaam: string) => ({
  type: 'Feature',
  properties: { statcode, statnaam, jaarcode: 2026 },
  geometry: square,
});

const ITEMS = `${PDOK_GEBIEDSINDELINGEN}/collections/gemeente_gegeneraliseerd/items`;
const PROVINCES = `${PDOK_GEBIEDSINDELINGEN}/collections/provincie_gegeneraliseerd/items`;
const CBS = 'https://opendata.cbs.nl/ODataApi/odata/86247NED/TypedDataSet';

describe('fetchOgcFeatures', () => {
  it('follows rel=next links across pages', async () => {
    server.use(
      http.get(ITEMS, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        if (!cursor) {
          return HttpResponse.json({
            type: 'FeatureCollection',
            features: [area('GM0014', 'Groningen')],
            links: [
              { rel: 'self', href: request.url },
              { rel: 'next', href: `${ITEMS}?f=json&cursor=2` },
            ],
          });
        }
        return HttpResponse.json({
          type: 'FeatureCollection',
          features: [area('GM0034', 'Almere')],
          links: [],
        });
      }),
    );
    const features = await fetchOgcFeatures(pdokItemsUrl('gemeente_gegeneraliseerd', 2026));
    expect(features.map((f) => f.properties.statcode)).toEqual(['GM0014', 'GM0034']);
  });

  it('fails with the URL and status on HTTP 500', async () => {
    server.use(http.get(ITEMS, () => new HttpResponse('boom', { status: 500 })));
    const url = pdokItemsUrl('gemeente_gegeneraliseerd', 2026);
    await expect(fetchOgcFeatures(url)).rejects.toThrow(FetchSourceError);
    await expect(fetchOgcFeatures(url)).rejects.toThrow(/gemeente_gegeneraliseerd.*HTTP 500/);
  });

  it('fails on an invalid body', async () => {
    server.use(
      http.get(ITEMS, () =>
        HttpResponse.json({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }),
      ),
    );
    await expect(fetchOgcFeatures(pdokItemsUrl('gemeente_gegeneraliseerd', 2026))).rejects.toThrow(
      /unexpected response \(features\.0\./,
    );
  });

  it('fails on a body that is not JSON', async () => {
    server.use(
      http.get(
        ITEMS,
        () => new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(fetchOgcFeatures(pdokItemsUrl('gemeente_gegeneraliseerd', 2026))).rejects.toThrow(
      /not JSON/,
    );
  });
});

describe('fetchCbsPopulation', () => {
  it('reads Code/Naam/Inwonertal columns across odata.nextLink pages and skips non-gemeente rows', async () => {
    server.use(
      http.get(CBS, ({ request }) => {
        const skip = new URL(request.url).searchParams.get('$skip');
        if (!skip) {
          return HttpResponse.json({
            value: [
              { ID: 0, Code_1: 'GM0034    ', Naam_2: 'Almere    ', Inwonertal_56: 222000 },
              { ID: 1, Code_1: 'NL01      ', Naam_2: 'Nederland', Inwonertal_56: 18000000 },
            ],
            'odata.nextLink': `${CBS}?$format=json&$skip=2`,
          });
        }
        return HttpResponse.json({
          value: [{ ID: 2, Code_1: 'GM0014', Naam_2: 'Groningen', Inwonertal_56: 240000 }],
        });
      }),
    );
    expect(await fetchCbsPopulation(cbsTableUrl('86247NED'))).toEqual([
      { code: 'GM0014', name: 'Groningen', population: 240000 },
      { code: 'GM0034', name: 'Almere', population: 222000 },
    ]);
  });

  it('fails when the population is not a number', async () => {
    server.use(
      http.get(CBS, () =>
        HttpResponse.json({ value: [{ Code_1: 'GM0014', Naam_2: 'G', Inwonertal_56: null }] }),
      ),
    );
    await expect(fetchCbsPopulation(cbsTableUrl('86247NED'))).rejects.toThrow(
      /GM0014: Inwonertal_56 is not a whole number/,
    );
  });

  it('fails on HTTP 500', async () => {
    server.use(http.get(CBS, () => new HttpResponse(null, { status: 500 })));
    await expect(fetchCbsPopulation(cbsTableUrl('86247NED'))).rejects.toThrow(/HTTP 500/);
  });
});

describe('fetchAllSources', () => {
  /** 342 gemeenten on a 19 x 18 grid over the country and 12 provinces on a 4 x 3 grid. */
  const box = (w: number, so: number, e: number, n: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [w, so],
        [e, so],
        [e, n],
        [w, n],
        [w, so],
      ],
    ],
  });
  const gemeenten = Array.from({ length: 342 }, (_, k) => {
    const [i, j] = [k % 19, Math.floor(k / 19)];
    const code = `GM${String(k + 1).padStart(4, '0')}`;
    const w = 4 + (i * 3) / 19;
    const so = 51 + (j * 2) / 18;
    return {
      type: 'Feature',
      properties: { statcode: code, statnaam: `Gemeente ${k + 1}`, jaarcode: 2026 },
      geometry: box(w, so, w + 3 / 19, so + 2 / 18),
    };
  });
  const provincies = Array.from({ length: 12 }, (_, k) => {
    const [i, j] = [k % 4, Math.floor(k / 4)];
    return {
      type: 'Feature',
      properties: { statcode: `PV${20 + k}`, statnaam: `Provincie ${k + 1}`, jaarcode: 2026 },
      geometry: box(4 + i * 0.75, 51 + (j * 2) / 3, 4.75 + i * 0.75, 51 + ((j + 1) * 2) / 3),
    };
  });

  it('writes the sources in the layout the build reads, so a refresh needs no hand work', async () => {
    server.use(
      http.get(ITEMS, () => HttpResponse.json({ type: 'FeatureCollection', features: gemeenten })),
      http.get(PROVINCES, () =>
        HttpResponse.json({ type: 'FeatureCollection', features: provincies }),
      ),
      http.get(CBS, () =>
        HttpResponse.json({
          value: gemeenten.map((g, k) => ({
            Code_1: `${g.properties.statcode}  `,
            Naam_2: g.properties.statnaam,
            Inwonertal_56: 1000 + k,
          })),
        }),
      ),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-fetch-test-'));
    const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-fetch-mirror-'));
    try {
      fs.mkdirSync(path.join(mirror, 'derived-pc4-gemeente-2026'));
      fs.writeFileSync(
        path.join(mirror, REFERENCE_FILES.postcodes),
        // The mirror's PC4 table carries the inwoners per PC4 that reach.json counts.
        'pc4,lat,lon,gemeentecode,plaats_2021,inwoners_2021\n1011,51.05,4.05,GM0001,Eerste,1200\n9999,52.95,6.95,GM0342,Laatste,800\n',
      );
      const report = await fetchAllSources(dir, { today: '2026-11-22', pc4From: mirror });
      expect(report.counts).toEqual({
        gemeente_gegeneraliseerd: 342,
        provincie_gegeneraliseerd: 12,
        '86247NED': 342,
        pc4: 2,
      });
      const md = fs.readFileSync(
        path.join(dir, 'cbs-gebiedsindelingen-cartomap', 'SOURCE.md'),
        'utf8',
      );
      expect(md).toContain('jaarcode=2026');
      expect(md).toContain('| retrieved | 2026-11-22 |');

      // The build's own reader accepts the result as it is.
      const reference = readReference(dir);
      expect(reference.gemeenten).toHaveLength(342);
      expect(reference.gemeenten[0]).toEqual({
        code: 'GM0001',
        name: 'Gemeente 1',
        provinceCode: 'PV20',
        provinceName: 'Provincie 1',
        population: 1000,
        label: expect.any(Array) as unknown,
      });
      // The label point lies inside its gemeente (the grid cell), away from the edges.
      const [lon = 0, lat = 0] = reference.gemeenten[0]?.label ?? [];
      expect(lon).toBeCloseTo(4 + 1.5 / 19, 3);
      expect(lat).toBeGreaterThan(51.02);
      expect(lat).toBeLessThan(51.09);
      expect(reference.gemeenten.at(-1)?.provinceCode).toBe('PV31');
      expect(reference.populationNote).toBe('inwoners volgens CBS 86247NED (opgehaald 2026-11-22)');
      expect(reference.postcodes.pc4).toEqual([1011, 9999]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(mirror, { recursive: true, force: true });
    }
  });
});
