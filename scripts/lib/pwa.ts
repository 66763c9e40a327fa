import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The file name of the service worker in the build output (and its URL under `base`). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the service worker stores on install, relative to `dist/`: the page, every script and
 * style, the data files, the map's label glyphs (.pbf) and the favicon. Not the precompressed copies (the browser asks for the
 * plain URL and the host picks the encoding), not the host's own files (`_headers`, `.well-known/`).
 * Shared with the browser tests, which simulate deploys with the same rules.
 */
export const PRECACHE_GLOBS = {
  globPatterns: ['**/*.{html,js,css,svg,json,geojson,pbf}'],
  globIgnores: [
    '**/*.br',
    '**/*.gz',
    '_headers',
    '.well-known/**',
    SERVICE_WORKER_FILE,
    // The embeddable finder is its own small page for partner sites, not part of the offline app.
    'embed.html',
    'assets/embed-*',
    // HSDS open data (about 1 MB) is a download for data users, not something the app reads.
    'data/hsds.json',
  ],
  /** Vite puts a content hash in every file name under assets/: the name is the revision. */
  dontCacheBustURLsMatching: /^assets\//,
  /** maplibre-gl's chunk is about 1 MB; Workbox's default limit (2 MiB) would be close. */
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};

/**
 * The service worker, built with Workbox (vite-plugin-pwa, injectManifest): our own small worker
 * (src/shared/sw/sw.ts) gets the precache list with a revision per file. No web app
 * manifest and no injected registration: src/shared/sw/register.ts registers it after the page
 * has loaded, so the first view pays nothing for it.
 */
export function serviceWorker(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/shared/sw',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      ...PRECACHE_GLOBS,
      minify: true,
    },
  });
}
