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
  it('writes the downloads with a SOURCE.md noting URL and date', async () => {
    server.use(
      http.get(ITEMS, () =>
        HttpResponse.json({ type: 'FeatureCollection', features: [area('GM0014', 'Groningen')] }),
      ),
      http.get(PROVINCES, () =>
        HttpResponse.json({ type: 'FeatureCollection', features: [area('PV20', 'Groningen')] }),
      ),
      http.get(CBS, () =>
        HttpResponse.json({
          value: [{ Code_1: 'GM0014', Naam_2: 'Groningen', Inwonertal_56: 240000 }],
        }),
      ),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-fetch-test-'));
    try {
      const report = await fetchAllSources(dir, { today: '2026-11-22' });
      expect(report.counts).toEqual({
        gemeente_gegeneraliseerd: 1,
        provincie_gegeneraliseerd: 1,
        '86247NED': 1,
      });
      const md = fs.readFileSync(
        path.join(dir, 'pdok-cbs-gebiedsindelingen-2026', 'SOURCE.md'),
        'utf8',
      );
      expect(md).toContain('jaarcode=2026');
      expect(md).toContain('| retrieved | 2026-11-22 |');
      expect(fs.readFileSync(path.join(dir, 'cbs-86247ned', 'gemeente_inwoners.csv'), 'utf8')).toBe(
        'gemeentecode,gemeentenaam,inwoners\nGM0014,"Groningen",240000\n',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
