import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { serviceWorkerPlugin } from './scripts/lib/service-worker-plugin.ts';

/**
 * The Content-Security-Policy of the built app. Scripts, styles, workers and data come only from
 * our own origin; the one exception is the optional online basemap (PDOK), which the user must
 * switch on. No inline scripts, no eval. Set as a meta tag because a static host may not let us
 * set headers; dev mode leaves it out because Vite's HMR needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://api.pdok.nl",
  "font-src 'self'",
  "connect-src 'self' https://api.pdok.nl",
  "worker-src 'self'",
  "child-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'upgrade-insecure-requests',
].join('; ');

function contentSecurityPolicy(): Plugin {
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
  plugins: [react(), contentSecurityPolicy(), serviceWorkerPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // maplibre-gl alone is about 1.1 MB minified and loads lazily; `npm run budgets` guards what
    // the first view loads, so Vite's generic 500 kB warning only adds noise.
    chunkSizeWarningLimit: 1200,
  },
});
