import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { cacheControlFor, securityHeadersFor } from './headers';

/** Content types of the files the build writes (Vite's preview would guess the same). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The encodings we precompress, best first, and the file suffix of each. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** `dist/` file for a URL path, when it is one (never outside `dist/`). */
function fileFor(distDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(distDir, `.${relative}`);
  if (!file.startsWith(distDir + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/**
 * Sets the deploy headers on a response and, when the browser accepts it and the build wrote one,
 * answers with the precompressed file (brotli first). Anything else goes on to Vite's own static
 * serving (which gzips on the fly) and its fallback to index.html.
 */
export function serveLikeAHost(distDir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(securityHeadersFor(url.pathname)))
      res.setHeader(name, value);
    const cacheControl = cacheControlFor(url.pathname);
    if (cacheControl) res.setHeader('Cache-Control', cacheControl);
    const file =
      req.method === 'GET' || req.method === 'HEAD' ? fileFor(distDir, url.pathname) : undefined;
    const type = file ? CONTENT_TYPES[path.extname(file)] : undefined;
    if (!file || !type) {
      next();
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = ENCODINGS.find(
      (e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && fs.existsSync(file + e.suffix),
    );
    if (!encoding) {
      next();
      return;
    }
    const body = fs.readFileSync(file + encoding.suffix);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': encoding.name,
      'Content-Length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * `npm start` (vite preview) as a real host: the same security and cache headers as
 * `public/_headers`, and the brotli/gzip files the build wrote, so what a newcomer sees locally is
 * what visitors get.
 */
export function previewLikeAHost(): Plugin {
  return {
    name: 'sjk-preview-like-a-host',
    configurePreviewServer(server) {
      const distDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use(serveLikeAHost(distDir));
    },
  };
}
