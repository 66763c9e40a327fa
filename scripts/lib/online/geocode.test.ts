// @vitest-environment node
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { adresDoc, freeResponse, wegDoc } from '../../../tests/fixtures/online/locatieserver';
import { server } from '../../../tests/mocks/server';
import {
  addressQuery,
  cacheKey,
  geocodeLocations,
  matchAddress,
  parseGeocodeCache,
  writeGeocodeCache,
  type EditableTable,
  type GeocodeEntry,
} from './geocode';
import { OnlineSourceError } from './http';
import { freeSearch, freeSearchUrl, LOCATIESERVER_FREE } from './locatieserver';

const ADDRESS = {
  street: 'Horst',
  houseNumber: '31',
  postcode: '5171 GB',
  place: 'Kaatsheuvel',
  gemeenteCode: 'GM0809',
};
const noWait = { sleep: () => Promise.resolve(), intervalMs: 0 };

function row(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id: 'ido-bibliotheek-kaatsheuvel',
    street: 'Horst',
    house_number: '31',
    postcode: '5171 GB',
    place: 'Kaatsheuvel',
    gemeente_code: 'GM0809',
    lat: '',
    lon: '',
    precision: 'plaats',
    bag_id: '',
    ...overrides,
  };
}

function table(...rows: Record<string, string>[]): EditableTable {
  return {
    file: 'locations-ido.csv',
    header: Object.keys(rows[0] ?? row()),
    rows,
    lines: rows.map((_, i) => i + 2),
  };
}

/** Serves one answer and records the requests PDOK would have received. */
function serve(body: JsonBodyType) {
  const requests: URL[] = [];
  server.use(
    http.get(LOCATIESERVER_FREE, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json(body);
    }),
  );
  return requests;
}

describe('Locatieserver request', () => {
  it('asks the free endpoint for addresses only, with the fields it needs', async () => {
    const requests = serve(freeResponse([adresDoc()]));
    const result = await freeSearch({ q: addressQuery(ADDRESS), fq: ['type:adres'] }, noWait);
    expect(result.docs).toHaveLength(1);
    const url = requests[0];
    expect(`${url?.origin ?? ''}${url?.pathname ?? ''}`).toBe(LOCATIESERVER_FREE);
    expect(url?.searchParams.get('q')).toBe('Horst 31, 5171 GB Kaatsheuvel');
    expect(url?.searchParams.getAll('fq')).toEqual(['type:adres']);
    expect(url?.searchParams.get('fl')?.split(' ')).toEqual(
      expect.arrayContaining(['nummeraanduiding_id', 'centroide_ll', 'huisnummer', 'gemeentecode']),
    );
    expect(url?.searchParams.get('rows')).toBe('10');
  });

  it('builds the same URL for the same query', () => {
    expect(freeSearchUrl({ q: 'a b', fq: ['type:adres'] })).toBe(
      freeSearchUrl({ q: 'a b', fq: ['type:adres'] }),
    );
  });
});

describe('matchAddress', () => {
  it('is exact only for the same house number, letter and addition in the same gemeente', () => {
    expect(matchAddress(ADDRESS, [adresDoc()])).toEqual({
      gemeenteCode: 'GM0809',
      status: 'exact',
      bagId: '0809200000012345',
      lat: 51.658124,
      lon: 5.045219,
      address: 'Horst 31, 5171GB Kaatsheuvel',
    });
    expect(matchAddress({ ...ADDRESS, houseNumber: '31a' }, [adresDoc()]).status).toBe(
      'niet-gevonden',
    );
    expect(
      matchAddress({ ...ADDRESS, houseNumber: '31 A' }, [adresDoc({ huisletter: 'A' })]).status,
    ).toBe('exact');
    expect(
      matchAddress({ ...ADDRESS, houseNumber: '31-2' }, [adresDoc({ huisnummertoevoeging: '2' })])
        .status,
    ).toBe('exact');
  });

  it('never takes a street or a nearby number for an address', () => {
    expect(matchAddress(ADDRESS, [wegDoc])).toMatchObject({
      status: 'niet-gevonden',
      address: 'Horst, Kaatsheuvel',
    });
    expect(matchAddress(ADDRESS, [adresDoc({ huisnummer: 33 })]).status).toBe('niet-gevonden');
  });

  it('matches on street and woonplaats when the row has no postcode', () => {
    const noPostcode = { ...ADDRESS, postcode: undefined };
    expect(matchAddress(noPostcode, [adresDoc()]).status).toBe('exact');
    expect(matchAddress({ ...noPostcode, place: 'Sprang-Capelle' }, [adresDoc()]).status).toBe(
      'niet-gevonden',
    );
  });

  it('reports an address in another gemeente, two BAG objects, or an unreadable number', () => {
    expect(matchAddress({ ...ADDRESS, gemeenteCode: 'GM0014' }, [adresDoc()])).toMatchObject({
      status: 'andere-gemeente',
    });
    expect(
      matchAddress(ADDRESS, [adresDoc(), adresDoc({ nummeraanduiding_id: '0809200000099999' })])
        .status,
    ).toBe('meerdere');
    expect(matchAddress({ ...ADDRESS, houseNumber: '31-33 (achterom)' }, []).status).toBe(
      'huisnummer-onleesbaar',
    );
  });
});

describe('geocodeLocations', () => {
  it('gives a row with a street address an exact position and its BAG id, and caches it', async () => {
    const requests = serve(freeResponse([adresDoc()]));
    const t = table(row());
    const cache = new Map<string, GeocodeEntry>();
    const run = await geocodeLocations([t], cache, {
      today: '2026-12-01',
      online: true,
      ...noWait,
    });
    expect(requests).toHaveLength(1);
    expect(run.changedFiles).toEqual(['locations-ido.csv']);
    expect(t.rows[0]).toMatchObject({
      lat: '51.658124',
      lon: '5.045219',
      bag_id: '0809200000012345',
      precision: 'exact',
    });
    expect(cache.get(cacheKey('Horst 31, 5171 GB Kaatsheuvel', 'GM0809'))).toMatchObject({
      checkedOn: '2026-12-01',
      status: 'exact',
    });
  });

  it('uses the cache offline and asks nothing', async () => {
    const cache = parseGeocodeCache(
      'query,gemeente_code,checked_on,status,bag_id,lat,lon,address\n' +
        '"Horst 31, 5171 GB Kaatsheuvel",GM0809,2026-12-01,exact,0809200000012345,51.658124,5.045219,"Horst 31, 5171GB Kaatsheuvel"\n',
    );
    const t = table(row(), row({ id: 'other', house_number: '99' }));
    const run = await geocodeLocations([t], cache, { today: '2026-12-02', online: false });
    expect(t.rows[0]?.precision).toBe('exact');
    expect(run.outcomes.map((o) => [o.id, o.status, o.applied])).toEqual([
      ['ido-bibliotheek-kaatsheuvel', 'exact', true],
      ['other', 'niet-in-cache', false],
    ]);
  });

  it('leaves a row that has a position of its own, and rows without an address, alone', async () => {
    const t = table(row({ lat: '52.1', lon: '5.1' }), row({ id: 'no-street', street: '' }));
    const run = await geocodeLocations([t], new Map(), { today: '2026-12-01', online: true });
    expect(run.outcomes.map((o) => o.status)).toEqual(['heeft-al-positie']);
    expect(t.rows[0]).toMatchObject({ lat: '52.1', precision: 'plaats' });
  });

  it('keeps the precision when PDOK finds only the street', async () => {
    serve(freeResponse([wegDoc]));
    const t = table(row());
    const run = await geocodeLocations([t], new Map(), {
      today: '2026-12-01',
      online: true,
      ...noWait,
    });
    expect(t.rows[0]?.precision).toBe('plaats');
    expect(run.outcomes[0]).toMatchObject({ status: 'niet-gevonden', applied: false });
  });
});

describe('geocode cache', () => {
  const entries: GeocodeEntry[] = [
    {
      query: 'Markt 1, 5171 AA Kaatsheuvel',
      gemeenteCode: 'GM0809',
      checkedOn: '2026-12-01',
      status: 'niet-gevonden',
    },
    {
      query: 'Horst 31, 5171 GB Kaatsheuvel',
      gemeenteCode: 'GM0809',
      checkedOn: '2026-12-01',
      status: 'exact',
      bagId: '0809200000012345',
      lat: 51.658124,
      lon: 5.045219,
      address: 'Horst 31, 5171GB Kaatsheuvel',
    },
  ];

  it('writes the same bytes for the same entries, in any order, and reads them back', () => {
    const a = writeGeocodeCache(entries);
    const b = writeGeocodeCache([...entries].reverse());
    expect(a).toBe(b);
    expect(a.split('\n')[1]).toMatch(/^"Horst 31/);
    expect([...parseGeocodeCache(a).values()]).toEqual([entries[1], entries[0]]);
  });

  it('refuses a damaged cache', () => {
    expect(() =>
      parseGeocodeCache(
        'query,gemeente_code,checked_on,status,bag_id,lat,lon,address\nx,GM0809,2026-12-01,exact,,,,\n',
      ),
    ).toThrow(/geocode-cache\.csv:2: status exact zonder bag_id/);
    expect(() => parseGeocodeCache('query\nx\n')).toThrow(/kolommen ontbreken/);
  });
});

describe('failures of the service', () => {
  it('names an HTTP error', async () => {
    server.use(http.get(LOCATIESERVER_FREE, () => new HttpResponse('boom', { status: 500 })));
    await expect(freeSearch({ q: 'x' }, noWait)).rejects.toThrow(/HTTP 500/);
  });

  it('waits as asked on 429 and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(LOCATIESERVER_FREE, () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } })
          : HttpResponse.json(freeResponse([adresDoc()]));
      }),
    );
    const waits: number[] = [];
    const result = await freeSearch(
      { q: 'x' },
      { sleep: (ms) => Promise.resolve(void waits.push(ms)) },
    );
    expect(result.docs).toHaveLength(1);
    expect(waits).toEqual([7000]);
  });

  it('gives up on a rate limit after the retries, saying to try later', async () => {
    server.use(
      http.get(
        LOCATIESERVER_FREE,
        () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } }),
      ),
    );
    const error = await freeSearch({ q: 'x' }, { ...noWait, retries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnlineSourceError);
    expect((error as Error).message).toMatch(
      /HTTP 429.*rate limit.*ook na 3 pogingen; probeer het later opnieuw/,
    );
  });

  it('stops at once when the service asks to wait longer than a minute', async () => {
    server.use(
      http.get(
        LOCATIESERVER_FREE,
        () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '3600' } }),
      ),
    );
    await expect(freeSearch({ q: 'x' }, noWait)).rejects.toThrow(/vraagt 3600 s te wachten/);
  });

  it('names a time-out', async () => {
    server.use(
      http.get(LOCATIESERVER_FREE, async () => {
        await delay(500);
        return HttpResponse.json(freeResponse([]));
      }),
    );
    await expect(freeSearch({ q: 'x' }, { ...noWait, timeoutMs: 30, retries: 1 })).rejects.toThrow(
      /geen antwoord binnen 30 ms \(time-out\), ook na 2 pogingen/,
    );
  });

  it.each([
    ['not JSON', () => HttpResponse.text('<html>Gateway</html>'), /geen JSON/],
    [
      'JSON of another shape',
      () => HttpResponse.json({ results: [] }),
      /onverwacht antwoord van de Locatieserver \(response: /,
    ],
    [
      'a position that is not a point',
      () => HttpResponse.json(freeResponse([adresDoc({ centroide_ll: 'POINT(5,1 51,6)' })])),
      /centroide_ll "POINT\(5,1 51,6\)" .* is geen POINT\(lon lat\)/,
    ],
  ])('refuses a malformed response: %s', async (_, respond, message) => {
    server.use(http.get(LOCATIESERVER_FREE, respond));
    await expect(freeSearch({ q: 'x' }, noWait)).rejects.toThrow(message);
  });
});
