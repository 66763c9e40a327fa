/**
 * The embeddable finder's address and the snippet partners copy. Pure: the embed page reads its
 * preset from here and the "Over deze kaart" page builds the snippet with the same rules.
 */
import { GEMEENTE_CODE, PROVINCE_CODE } from './ids';

/** The embed page, relative to where the app is hosted (see scripts/lib/headers.ts EMBED_PATH). */
export const EMBED_FILE = 'embed.html';

/** What a partner preset: a gemeente (CBS code), or a province to choose a gemeente in. */
export interface EmbedPreset {
  gemeente?: string;
  province?: string;
}

/** The preset from the embed's query string; anything malformed is left out, never guessed. */
export function parseEmbedPreset(search: string): EmbedPreset {
  const params = new URLSearchParams(search);
  const preset: EmbedPreset = {};
  const gemeente = params.get('gm') ?? '';
  const province = params.get('prov') ?? '';
  if (GEMEENTE_CODE.test(gemeente)) preset.gemeente = gemeente;
  if (PROVINCE_CODE.test(province)) preset.province = province;
  return preset;
}

/** The embed's full address on `origin` (with the app's base path) for a preset. */
export function embedUrl(origin: string, base: string, preset: EmbedPreset): string {
  const url = new URL(`${base.replace(/\/?$/, '/')}${EMBED_FILE}`, origin);
  if (preset.gemeente) url.searchParams.set('gm', preset.gemeente);
  else if (preset.province) url.searchParams.set('prov', preset.province);
  return url.toString();
}

/** Escapes text for an HTML attribute in the snippet (the snippet is text, never inserted as HTML). */
function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The iframe a partner pastes. A title for screen readers; no referrer (the partner's page is
 * not told to us); lazy so it costs nothing until scrolled to; a sandbox that allows only what
 * the finder needs (its scripts, its own data, and opening the full map in a new tab).
 */
export function embedSnippet(src: string, title: string, heightPx = 640): string {
  return [
    `<iframe src="${attribute(src)}"`,
    `  title="${attribute(title)}"`,
    `  width="100%" height="${String(heightPx)}" style="border:0;max-width:40rem"`,
    '  loading="lazy" referrerpolicy="no-referrer"',
    '  sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"></iframe>',
  ].join('\n');
}
