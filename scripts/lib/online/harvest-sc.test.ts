// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { adresDoc, freeResponse } from '../../../tests/fixtures/online/locatieserver';
import { server } from '../../../tests/mocks/server';
import { foldName, harvestSamenwerkendeCatalogi, matchedSentence } from './harvest-sc';
import { LOCATIESERVER_FREE } from './locatieserver';
import {
  parseScResponse,
  SC_ENDPOINT,
  scQuery,
  scSearchUrl,
  searchSc,
} from './samenwerkende-catalogi';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/online');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const xml = (body: string) => new HttpResponse(body, { headers: { 'content-type': 'text/xml' } });
const noWait = { sleep: () => Promise.resolve(), intervalMs: 0 };

const GEMEENTEN = [
  { code: 'GM0809', name: 'Loon op Zand' },
  { code: 'GM1900', name: 'Súdwest-Fryslân' },
];

/** Serves the two fixture pages by startRecord and records the requests. */
function serveCatalogue() {
  const requests: URL[] = [];
  server.use(
    http.get(SC_ENDPOINT, ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      return xml(
        fixture(url.searchParams.get('startRecord') === '1' ? 'sc-page-1.xml' : 'sc-page-2.xml'),
      );
    }),
  );
  return requests;
}

describe('Samenwerkende Catalogi request', () => {
  it('builds an SRU 1.2 searchRetrieve URL with %20 for spaces', () => {
    const url = scSearchUrl(
      scQuery(['sociaal raadslieden', 'sociaal raadsman'], "'s-Gravenhage"),
      51,
    );
    expect(url).toBe(
      'https://zoekdienst.overheid.nl/sru/Search?version=1.2&operation=searchRetrieve&x-connection=sc' +
        '&startRecord=51&maximumRecords=50&query=' +
        '(keyword%3D%22sociaal%20raadslieden%22%20or%20keyword%3D%22sociaal%20raadsman%22)' +
        "%20and%20authority%3D%22's-Gravenhage%22",
    );
  });

  it('follows the pages until numberOfRecords is reached', async () => {
    const requests = serveCatalogue();
    const result = await searchSc(scQuery(['sociaal raadslieden']), { ...noWait, pageSize: 3 });
    expect(
      requests.map((u) => [
        u.searchParams.get('startRecord'),
        u.searchParams.get('maximumRecords'),
      ]),
    ).toEqual([
      ['1', '3'],
      ['4', '3'],
    ]);
    expect(requests[0]?.searchParams.get('query')).toBe('keyword="sociaal raadslieden"');
    expect(result.total).toBe(5);
    expect(result.records.map((r) => r.title)).toEqual([
      'Sociaal raadslieden',
      'Subsidie sociaal raadsliedenwerk',
      'Bijzondere bijstand',
      'Sociaaljuridisch spreekuur',
    ]);
    expect(result.skipped).toBe(1);
  });

  it('stops with an error when a page comes back empty before the end', async () => {
    server.use(
      http.get(SC_ENDPOINT, ({ request }) =>
        new URL(request.url).searchParams.get('startRecord') === '1'
          ? xml(fixture('sc-page-1.xml'))
          : xml(
              fixture('sc-page-1.xml').replace(
                /<records>[\s\S]*<\/records>/,
                '<records></records>',
              ),
            ),
      ),
    );
    await expect(searchSc('x', { ...noWait, pageSize: 3 })).rejects.toThrow(
      /lege pagina bij startRecord=4 terwijl er 5 resultaten zijn/,
    );
  });

  it('reads the page URL, title, text, date, gemeente and product id of a record', () => {
    const page = parseScResponse(fixture('sc-page-1.xml'), 'u');
    expect(page.records[0]).toEqual({
      url: 'https://www.loonopzand.nl/sociaal-raadslieden',
      title: 'Sociaal raadslieden',
      abstract: expect.stringMatching(/^De sociaal raadslieden helpen u gratis/) as unknown,
      modified: '2026-10-14',
      authority: 'Loon op Zand',
      authorityUri: 'http://standaarden.overheid.nl/owms/terms/Loon_op_Zand',
      authorityScheme: 'overheid:Gemeente',
      productId: '7001',
      uniformeProductnaam: 'sociaal raadslieden',
    });
  });

  it.each([
    [
      'an SRU diagnostic',
      fixture('sc-diagnostic.xml'),
      /de zoekdienst meldt een fout: Query syntax error: keyword=/,
    ],
    [
      'XML that is not well-formed',
      '<searchRetrieveResponse><records></searchRetrieveResponse>',
      /geen geldige XML/,
    ],
    [
      'another XML document',
      '<html><body>Onderhoud</body></html>',
      /geen SRU searchRetrieveResponse/,
    ],
    [
      'a missing record count',
      '<searchRetrieveResponse><records/></searchRetrieveResponse>',
      /numberOfRecords ontbreekt/,
    ],
  ])('refuses %s with a clear message', async (_, body, message) => {
    server.use(http.get(SC_ENDPOINT, () => xml(body)));
    await expect(searchSc('x', noWait)).rejects.toThrow(message);
  });

  it('names HTTP errors and waits on a rate limit', async () => {
    server.use(
      http.get(
        SC_ENDPOINT,
        () => new HttpResponse('nope', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    await expect(searchSc('x', noWait)).rejects.toThrow(/HTTP 502 Bad Gateway/);

    let calls = 0;
    server.use(
      http.get(SC_ENDPOINT, () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '2' } })
          : xml(fixture('sc-page-2.xml').replace('<numberOfRecords>5', '<numberOfRecords>2'));
      }),
    );
    const waits: number[] = [];
    const result = await searchSc('x', {
      intervalMs: 0,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect(waits).toEqual([2000]);
    expect(result.records).toHaveLength(1);
  });
});

describe('harvestSamenwerkendeCatalogi', () => {
  it('proposes evidence for pages that name sociaal raadslieden, with provenance', async () => {
    serveCatalogue();
    const pdok: URL[] = [];
    server.use(
      http.get(LOCATIESERVER_FREE, ({ request }) => {
        pdok.push(new URL(request.url));
        return HttpResponse.json(
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
        );
      }),
    );
    const result = await harvestSamenwerkendeCatalogi(GEMEENTEN, {
      ...noWait,
      pageSize: 3,
      today: '2026-12-01',
    });
    expect(result.counts).toEqual({
      records: 4,
      skippedWithoutTitleOrUrl: 1,
      notAGemeente: 1,
      noTermInText: 1,
      evidence: 2,
      locations: 1,
      addressesNotExact: 0,
    });
    expect(pdok[0]?.searchParams.get('q')).toBe('Raadhuisplein 1, 5171 KK Kaatsheuvel');
    const byId = new Map(result.candidates.map((c) => [c.candidateId, c]));
    expect(byId.get('ev-gm0809-sc-7001')).toEqual({
      candidateId: 'ev-gm0809-sc-7001',
      harvester: 'samenwerkende-catalogi',
      targetFile: 'evidence.csv',
      gemeenteCode: 'GM0809',
      source: 'https://www.loonopzand.nl/sociaal-raadslieden',
      sourceTitle: 'Sociaal raadslieden',
      sourceDate: '2026-10-14',
      harvestedOn: '2026-12-01',
      matchedText: 'Sociaal raadslieden.',
      proposed: expect.objectContaining({
        id: 'ev-gm0809-sc-7001',
        gemeente_code: 'GM0809',
        kind: 'sociaal-raadslieden',
        status: 'wel',
        source: 'https://www.loonopzand.nl/sociaal-raadslieden',
        source_date: '2026-10-14',
      }) as unknown,
    });
    // A sociaaljuridisch spreekuur is other help, not sociaal raadsliedenwerk; its date (2099) is refused.
    const other = [...byId.values()].find((c) => c.gemeenteCode === 'GM1900');
    expect(other?.proposed).toMatchObject({ kind: 'ander-aanbod', status: '', source_date: '' });
    expect(other?.matchedText).toBe('Sociaaljuridisch spreekuur.');
    expect(byId.get('srl-loon-op-zand-sc-7001')?.proposed).toMatchObject({
      kind: 'sociaal-raadslieden',
      street: 'Raadhuisplein',
      house_number: '1',
      lat: '51.6566',
      lon: '5.0431',
      bag_id: '0809200000000001',
      precision: 'exact',
      organisation: '',
    });
  });

  it('quotes the sentence around the match', () => {
    const text = 'Eerste zin. De sociaal raadsman helpt u. Laatste zin.';
    expect(matchedSentence(text, text.indexOf('sociaal'), 15)).toBe('De sociaal raadsman helpt u.');
  });

  it('matches gemeente names whatever the accents and punctuation', () => {
    expect(foldName('Bergen (NH.)')).toBe(foldName('Bergen (NH)'));
    expect(foldName('Súdwest-Fryslân')).toBe('sudwestfryslan');
  });
});
