import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types for every kind of file the build can emit. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** A running static server and how to stop it. */
export interface StaticServer {
  readonly baseUrl: string;
  readonly csp: string | undefined;
  close(): Promise<void>;
}

const CSP_META = /<meta\s+[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i;
const CONTENT_ATTR = /content=(?:"([^"]*)"|'([^']*)')/i;

/**
 * Reads the Content-Security-Policy from the built index.html's meta tag, so the
 * test server can send the same policy as a header, as a real host would.
 * Note: `frame-ancestors`, `report-uri` and `sandbox` are ignored in meta tags
 * but enforced in headers; that difference is intended (header is stricter).
 */
export function readCspFromHtml(html: string): string | undefined {
  const tag = CSP_META.exec(html)?.[0];
  if (tag === undefined) return undefined;
  const match = CONTENT_ATTR.exec(tag);
  const value = match?.[1] ?? match?.[2];
  if (value === undefined) return undefined;
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").trim();
}

/**
 * Resolves a URL path to a file inside `root`, or undefined when the path
 * would escape `root` (directory traversal) or is malformed.
 */
function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const full = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  return full;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts a minimal static server for the built app on 127.0.0.1 with an
 * ephemeral port. It mimics a static host: SPA fallback to index.html for
 * extension-less paths, 404 for missing files, and the app's CSP as a header,
 * so browser tests see the same behaviour (and CSP enforcement) as production.
 */
export async function startStaticServer(distDir: string): Promise<StaticServer> {
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  const csp = existsSync(indexPath) ? readCspFromHtml(readFileSync(indexPath, 'utf8')) : undefined;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      let file = resolveInside(root, urlPath);
      if (file === undefined) {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
        return;
      }
      if (urlPath.endsWith('/')) file = join(file, 'index.html');
      if (!(await isFile(file))) {
        if (extname(urlPath) === '') file = indexPath;
        else {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
      }
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'Content-Type': type,
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      };
      // On every response, like a host with a site-wide header: documents and
      // same-origin worker scripts then run under the same policy.
      if (csp !== undefined) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers);
      res.end(method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      done();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    csp,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
