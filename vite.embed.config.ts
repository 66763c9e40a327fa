import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './scripts/lib/precompress.ts';
import { contentSecurityPolicy } from './vite.config.ts';

/**
 * The embeddable finder (embed.html), built on its own after the app into the same dist/. A
 * second entry in the app's build made the bundler split React and shared code out of the first
 * view's chunk (+1.3 KiB gzip on the first view); built apart, the app's chunks stay as they are
 * and the embed is one small bundle of its own. No service worker: the embed is not the offline app.
 */
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), precompress()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    assetsInlineLimit: 0,
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { embed: fileURLToPath(new URL('embed.html', import.meta.url)) },
    },
  },
});
