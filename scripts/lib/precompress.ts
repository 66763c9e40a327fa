import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text. Images here are SVG (text) or already compressed (PNG). */
const COMPRESSIBLE = /\.(html|js|css|svg|json|geojson|txt)$/;
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside every text file in
 * `dir`, for hosts that serve precompressed files (nginx `gzip_static`/`brotli_static`, most
 * static hosts, and `npm start`). Done once at build time so the host spends no CPU per request
 * and can use the slowest, smallest settings. Returns the files it compressed.
 */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const raw = fs.readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    fs.writeFileSync(
      `${file}.br`,
      brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
    );
    fs.writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    done.push(path.relative(dir, file).split(path.sep).join('/'));
  }
  return done.sort();
}

/**
 * The build step that precompresses `dist/`. Node's zlib has brotli and gzip built in, so a
 * plugin package would add a dependency for twenty lines. Runs after every other plugin's
 * closeBundle, so the service worker (written by vite-plugin-pwa then) is compressed too.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'sjk-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const files = precompressDir(outDir);
        this.info(`precompressed ${files.length} files (.br, .gz)`);
      },
    },
  };
}
