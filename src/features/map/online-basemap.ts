import type { LayerSpecification, Map as MaplibreMap, SourceSpecification } from 'maplibre-gl';
import { nl } from './strings';

/**
 * PDOK's BRT-Achtergrondkaart (Kadaster) as a vector style. Off by default: switching it on is the
 * one moment the app contacts another host, and the user chooses it.
 */
export const PDOK_STYLE_URL =
  'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad?f=mapbox';

/** Prefix for everything the online basemap adds, so it can be removed again without a trace. */
const PREFIX = 'pdok-';

/** The parts of a style document we use; anything else in it is ignored. */
interface OnlineStyle {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: string;
  /** The first font stack its labels use: our own labels switch to it while the style is on. */
  textFont?: string[];
}

/** The first `text-font` given as a plain list of names in the style's layers. */
function firstTextFont(layers: readonly Record<string, unknown>[]): string[] | undefined {
  for (const layer of layers) {
    const layout = layer['layout'];
    const font = isRecord(layout) ? layout['text-font'] : undefined;
    if (
      Array.isArray(font) &&
      font.length > 0 &&
      font.every((name): name is string => typeof name === 'string')
    )
      return font;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape before anything reaches MapLibre, so a broken response falls back cleanly. */
export function parseOnlineStyle(body: unknown): OnlineStyle | undefined {
  if (!isRecord(body) || body['version'] !== 8) return undefined;
  const { sources, layers, glyphs, sprite } = body;
  if (!isRecord(sources) || !Array.isArray(layers)) return undefined;
  if (
    !layers.every(
      (layer) =>
        isRecord(layer) && typeof layer['id'] === 'string' && typeof layer['type'] === 'string',
    )
  )
    return undefined;
  const textFont = firstTextFont(layers as Record<string, unknown>[]);
  return {
    sources: sources as Record<string, SourceSpecification>,
    layers: layers as LayerSpecification[],
    ...(typeof glyphs === 'string' ? { glyphs } : {}),
    ...(typeof sprite === 'string' ? { sprite } : {}),
    ...(textFont ? { textFont } : {}),
  };
}

/** Fetches and checks the style; throws with a reason on network errors, HTTP errors or a bad body. */
export async function fetchOnlineStyle(
  url = PDOK_STYLE_URL,
  timeoutMs = 8000,
): Promise<OnlineStyle> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const style = parseOnlineStyle(await response.json());
  if (!style) throw new Error('not a MapLibre style');
  return style;
}

/** Adds the online style's sources and layers underneath our own layers (below `beforeId`). */
export function addOnlineBasemap(map: MaplibreMap, style: OnlineStyle, beforeId: string): void {
  if (style.glyphs) map.setGlyphs(style.glyphs);
  if (style.sprite) map.setSprite(style.sprite);
  let attributed = false;
  for (const [id, source] of Object.entries(style.sources)) {
    const withAttribution = attributed
      ? source
      : { ...source, attribution: nl.map.pdokAttribution };
    attributed = true;
    map.addSource(`${PREFIX}${id}`, withAttribution);
  }
  for (const layer of style.layers) {
    if (layer.type === 'background') continue;
    const renamed = { ...layer, id: `${PREFIX}${layer.id}` } as LayerSpecification;
    if ('source' in renamed && typeof renamed.source === 'string')
      renamed.source = `${PREFIX}${renamed.source}`;
    map.addLayer(renamed, beforeId);
  }
}

/** Removes everything `addOnlineBasemap` added. */
export function removeOnlineBasemap(map: MaplibreMap): void {
  for (const layer of map.getStyle().layers) {
    if (layer.id.startsWith(PREFIX)) map.removeLayer(layer.id);
  }
  for (const id of Object.keys(map.getStyle().sources)) {
    if (id.startsWith(PREFIX)) map.removeSource(id);
  }
  map.setSprite(null);
}
