import { parsePostcode } from './postcode';
import { STATUS_FILTERS, type StatusFilter } from './coverage';
import { PLACE_KINDS, type PlaceKind } from './schema';
import { GEMEENTE_CODE, PROVINCE_CODE, RECORD_ID } from './ids';

/**
 * The pages of the app; each has its own URL. `gegevens` is "Eigen gegevens" (issue 14), reached
 * from Dekking and Over deze kaart. `blad` is the printable factsheet of a gemeente (`gm`) or a
 * province (`prov`); it is reached from Dekking, not from the main menu.
 */
export const VIEWS = ['zoeken', 'dekking', 'over', 'toegankelijkheid', 'gegevens', 'blad'] as const;
export type View = (typeof VIEWS)[number];

/**
 * Where "Hulp bij u in de buurt" is computed from. A postcode or point may carry a gemeente the
 * user chose by hand, for postcodes that straddle a border.
 */
export type NearbyOrigin =
  | { type: 'postcode'; pc4: number; letters?: string; gemeenteCode?: string }
  | { type: 'gemeente'; code: string }
  | { type: 'plaats'; name: string; gemeenteCode: string }
  | { type: 'punt'; lat: number; lon: number; gemeenteCode?: string };

/** Map position; zoom 0–22. */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything that a shared link restores. Absent fields are the defaults. */
export interface UrlState {
  view: View;
  query?: string;
  /** A need chosen in the search ("schulden"); the search feature knows which ones exist. */
  need?: string;
  near?: NearbyOrigin;
  placeId?: string;
  kinds: PlaceKind[];
  map?: MapView;
  gemeente?: string;
  province?: string;
  status?: StatusFilter;
  /** Dekking's map shows the distance to this kind of place instead of the status (issue 17). */
  reach?: PlaceKind;
}

/**
 * The kind of a problem in a link: which part could not be read. Never the link's own text:
 * anyone can write a link, and the page must not repeat what they wrote (names or values).
 */
export type UrlProblem =
  | 'unknown'
  | 'view'
  | 'query'
  | 'need'
  | 'near'
  | 'place'
  | 'kinds'
  | 'map'
  | 'gemeente'
  | 'province'
  | 'status'
  | 'reach';

/** Parts that were present but could not be read, by kind; shown to the user, then ignored. */
export interface ParsedUrlState {
  state: UrlState;
  invalid: UrlProblem[];
}

export const DEFAULT_STATE: UrlState = { view: 'zoeken', kinds: [...PLACE_KINDS] };

/** Each parameter of a link and the kind of problem it is when it cannot be read. */
const PARAMS = {
  v: 'view',
  q: 'query',
  hulp: 'need',
  bij: 'near',
  plek: 'place',
  soort: 'kinds',
  kaart: 'map',
  gm: 'gemeente',
  prov: 'province',
  status: 'status',
  afstand: 'reach',
} as const satisfies Record<string, UrlProblem>;
type Param = keyof typeof PARAMS;
const NEED = /^[a-z]{2,30}$/;
const ID = RECORD_ID;
const GM = GEMEENTE_CODE;
const PV = PROVINCE_CODE;

/**
 * Reads the state from the URL's fragment (`#q=…`). The fragment is never sent to any server, so
 * a postcode someone typed stays in the browser even when they share or reload the link. Never throws: a parameter that cannot be read is left out and
 * named in `invalid`, so the page can say which part of a shared link it ignored.
 */
export function parseUrlState(fragment: string): ParsedUrlState {
  const params = new URLSearchParams(fragment.replace(/^[#?]/, ''));
  const invalid = new Set<UrlProblem>();
  const state: UrlState = { ...DEFAULT_STATE, kinds: [...DEFAULT_STATE.kinds] };
  const read = <T>(name: Param, parse: (raw: string) => T | undefined): T | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const value = parse(raw);
    if (value === undefined) invalid.add(PARAMS[name]);
    return value;
  };

  state.view = read('v', oneOf(VIEWS)) ?? 'zoeken';
  const query = read('q', (raw) => (raw.length <= 100 ? raw : undefined));
  if (query) state.query = query;
  const need = read('hulp', (raw) => (NEED.test(raw) ? raw : undefined));
  if (need) state.need = need;
  const near = read('bij', parseNearby);
  if (near) state.near = near;
  const placeId = read('plek', (raw) => (ID.test(raw) && raw.length <= 120 ? raw : undefined));
  if (placeId) state.placeId = placeId;
  const kinds = read('soort', parseKinds);
  if (kinds) state.kinds = kinds;
  const map = read('kaart', parseMapView);
  if (map) state.map = map;
  const gemeente = read('gm', (raw) => (GM.test(raw) ? raw : undefined));
  if (gemeente) state.gemeente = gemeente;
  const province = read('prov', (raw) => (PV.test(raw) ? raw : undefined));
  if (province) state.province = province;
  const status = read('status', oneOf(STATUS_FILTERS));
  if (status) state.status = status;
  const reach = read('afstand', oneOf(PLACE_KINDS));
  if (reach) state.reach = reach;

  for (const name of params.keys()) {
    if (!Object.hasOwn(PARAMS, name)) invalid.add('unknown');
  }
  return { state, invalid: [...invalid] };
}

/** Writes the state as a short fragment (with leading `#`, or '' for the defaults). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== 'zoeken') params.set('v', state.view);
  if (state.query) params.set('q', state.query);
  if (state.need) params.set('hulp', state.need);
  if (state.near) params.set('bij', serializeNearby(state.near));
  if (state.placeId) params.set('plek', state.placeId);
  if (state.kinds.length !== PLACE_KINDS.length)
    params.set('soort', state.kinds.join(',') || 'geen');
  if (state.map) params.set('kaart', serializeMapView(state.map));
  if (state.gemeente) params.set('gm', state.gemeente);
  if (state.province) params.set('prov', state.province);
  if (state.status) params.set('status', state.status);
  if (state.reach) params.set('afstand', state.reach);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Reads a value that must be one of a fixed list (a view, a status filter, a kind of place). */
function oneOf<T extends string>(list: readonly T[]): (raw: string) => T | undefined {
  return (raw) => list.find((item) => item === raw);
}

function parseKinds(raw: string): PlaceKind[] | undefined {
  if (raw === 'geen') return [];
  const parts = raw.split(',');
  const kinds = PLACE_KINDS.filter((kind) => parts.includes(kind));
  return kinds.length === parts.length ? kinds : undefined;
}

function parseNearby(raw: string): NearbyOrigin | undefined {
  const [type, ...rest] = raw.split(':');
  const [value = '', override] = rest.join(':').split('|');
  if (override !== undefined && type !== 'wp' && !GM.test(override)) return undefined;
  const chosen = override !== undefined && type !== 'wp' ? { gemeenteCode: override } : {};
  if (type === 'pc') {
    const parsed = parsePostcode(value);
    return parsed ? { type: 'postcode', ...parsed, ...chosen } : undefined;
  }
  if (type === 'gm') return GM.test(value) ? { type: 'gemeente', code: value } : undefined;
  if (type === 'wp') {
    const name = value;
    const code = override;
    return name && code && GM.test(code) && name.length <= 80
      ? { type: 'plaats', name, gemeenteCode: code }
      : undefined;
  }
  if (type === 'punt') {
    const [lat, lon] = value.split(',').map(Number);
    return isLat(lat) && isLon(lon) ? { type: 'punt', lat, lon, ...chosen } : undefined;
  }
  return undefined;
}

function serializeNearby(near: NearbyOrigin): string {
  switch (near.type) {
    case 'postcode':
      return `pc:${near.pc4}${near.letters ?? ''}${near.gemeenteCode ? `|${near.gemeenteCode}` : ''}`;
    case 'gemeente':
      return `gm:${near.code}`;
    case 'plaats':
      return `wp:${near.name}|${near.gemeenteCode}`;
    case 'punt':
      return `punt:${near.lat.toFixed(3)},${near.lon.toFixed(3)}${near.gemeenteCode ? `|${near.gemeenteCode}` : ''}`;
  }
}

function parseMapView(raw: string): MapView | undefined {
  const parts = raw.split(',').map(Number);
  const [lon, lat, zoom] = parts;
  if (parts.length !== 3 || !isLon(lon) || !isLat(lat)) return undefined;
  if (zoom === undefined || !Number.isFinite(zoom) || zoom < 0 || zoom > 22) return undefined;
  return { lon, lat, zoom };
}

function serializeMapView(view: MapView): string {
  return `${view.lon.toFixed(4)},${view.lat.toFixed(4)},${view.zoom.toFixed(1)}`;
}

function isLat(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= -90 && value <= 90;
}

function isLon(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= -180 && value <= 180;
}
