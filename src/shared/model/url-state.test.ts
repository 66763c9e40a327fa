// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';

describe('URL state', () => {
  it('an empty fragment gives the start view with every kind shown', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_STATE, invalid: [] });
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it.each<[string, UrlState]>([
    [
      'postcode with letters',
      { view: 'zoeken', kinds: ['ido'], near: { type: 'postcode', pc4: 3511, letters: 'AB' } },
    ],
    [
      'postcode corrected to another gemeente',
      {
        view: 'zoeken',
        kinds: ['ido', 'juridisch-loket', 'sociaal-raadslieden'],
        near: { type: 'postcode', pc4: 6666, gemeenteCode: 'GM0202' },
      },
    ],
    ['gemeente', { view: 'zoeken', kinds: [], near: { type: 'gemeente', code: 'GM0363' } }],
    [
      'woonplaats',
      {
        view: 'zoeken',
        kinds: ['sociaal-raadslieden'],
        near: { type: 'plaats', name: "'s-Hertogenbosch", gemeenteCode: 'GM0796' },
      },
    ],
    [
      'coverage view with filters and a profile',
      {
        view: 'dekking',
        kinds: ['sociaal-raadslieden', 'ido', 'juridisch-loket'],
        gemeente: 'GM1963',
        province: 'PV28',
        status: 'onbekend',
      },
    ],
    [
      'coverage view with the distance layer of one kind',
      {
        view: 'dekking',
        kinds: ['sociaal-raadslieden', 'ido', 'juridisch-loket'],
        province: 'PV25',
        reach: 'juridisch-loket',
      },
    ],
    [
      'selected place and map view',
      {
        view: 'zoeken',
        kinds: ['sociaal-raadslieden', 'ido', 'juridisch-loket'],
        placeId: 'ido-bibliotheek-venlo',
        map: { lon: 5.1214, lat: 52.0907, zoom: 12.5 },
        query: 'venlo',
      },
    ],
  ])('round-trips %s', (_, state) => {
    const parsed = parseUrlState(serializeUrlState(state));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.state).toEqual({ ...state, kinds: [...state.kinds].sort(byKindOrder) });
  });

  it('keeps the state in the fragment, which browsers never send to a server', () => {
    const fragment = serializeUrlState({ ...DEFAULT_STATE, near: { type: 'postcode', pc4: 3511 } });
    expect(fragment.startsWith('#')).toBe(true);
  });

  it('rounds a GPS position to about 100 m in a shared link', () => {
    const fragment = serializeUrlState({
      ...DEFAULT_STATE,
      near: { type: 'punt', lat: 52.123456, lon: 5.654321 },
    });
    expect(fragment).toContain('punt%3A52.123%2C5.654');
  });

  it.each([
    ['#v=kaartje', ['view']],
    ['#soort=ido,fietsenmaker', ['kinds']],
    ['#bij=pc:0123', ['near']],
    ['#bij=gm:Amsterdam', ['near']],
    ['#bij=punt:95,5', ['near']],
    ['#kaart=5,52', ['map']],
    ['#kaart=5,52,40', ['map']],
    ['#plek=<script>', ['place']],
    ['#gm=0363', ['gemeente']],
    ['#status=misschien', ['status']],
    ['#utm_source=nieuwsbrief', ['unknown']],
  ])('ignores the bad parameter in %s and names its kind', (fragment, invalid) => {
    const parsed = parseUrlState(fragment);
    expect(parsed.invalid).toEqual(invalid);
  });

  it('keeps the good parameters next to a bad one', () => {
    const parsed = parseUrlState('#v=dekking&gm=GM0363&status=heel-misschien');
    expect(parsed.state.view).toBe('dekking');
    expect(parsed.state.gemeente).toBe('GM0363');
    expect(parsed.state.status).toBeUndefined();
    expect(parsed.invalid).toEqual(['status']);
  });

  it('keeps the distance layer as a short key, and ignores a kind of place that does not exist', () => {
    expect(serializeUrlState({ ...DEFAULT_STATE, view: 'dekking', reach: 'ido' })).toBe(
      '#v=dekking&afstand=ido',
    );
    const parsed = parseUrlState('#v=dekking&afstand=bakker');
    expect(parsed.state).toEqual({ ...DEFAULT_STATE, view: 'dekking' });
    expect(parsed.invalid).toEqual(['reach']);
  });

  it('names unknown parameters only by kind, once, however many and however long', () => {
    const hostile = `#${encodeURIComponent('Let op: deze kaart is verhuisd. Bel 0900-1234')}=1&${'x'.repeat(5000)}=2&q=ok`;
    const parsed = parseUrlState(hostile);
    expect(parsed.invalid).toEqual(['unknown']);
    expect(parsed.state.query).toBe('ok');
  });
});

const ORDER = ['sociaal-raadslieden', 'ido', 'juridisch-loket'];
function byKindOrder(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
