import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/headers.ts';
import { precompress } from './scripts/lib/precompress.ts';
import { previewLikeAHost } from './scripts/lib/preview-server.ts';
import { serviceWorker } from './scripts/lib/pwa.ts';
import { securityTxtFile } from './scripts/lib/security-txt.ts';

/**
 * The policy as a meta tag too, for hosts that cannot set headers (the header, from
 * scripts/lib/headers.ts, adds what a meta tag cannot: frame-ancestors).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'sjk-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    securityTxtFile(),
    serviceWorker(),
    precompress(),
    previewLikeAHost(),
  ],
  // `npm start`: the headers come from previewLikeAHost; a real host sends no CORS headers either.
  preview: { cors: false },
  build: {
    target: 'es2022',
    // Browsers that cannot preload modules simply load them when imported: no polyfill needed.
    modulePreload: { polyfill: false },
    sourcemap: false,
    assetsInlineLimit: 0,
    // maplibre-gl alone is about 1.1 MB minified and loads lazily; `npm run budgets` guards what
    // the first view loads, so Vite's generic 500 kB warning only adds noise.
    chunkSizeWarningLimit: 1200,
  },
});
