import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { cacheControlFor, SECURITY_HEADERS, securityHeadersFor } from '../../scripts/lib/headers';

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
  '.pbf': 'application/x-protobuf',
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
  /** Paths (with query) of every request served so far, in order; tests count and clear it. */
  readonly requests: string[];
  /** The same requests with the status sent: 200 carried the file, 304 only said "unchanged". */
  readonly responses: { path: string; status: number }[];
  /** Serves another build from now on: a deploy, as far as the browser can tell. */
  setRoot(distDir: string): void;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * A `Vary` header on every response, as many hosts and CDNs send (`Origin`); absent by default.
   * The service worker must find its stored files whatever this says.
   */
  readonly vary?: string;
  /** Partner origins allowed to frame the embed page (the deploy's allow-list); none by default. */
  readonly embedOrigins?: readonly string[];
  /**
   * The deploy's cache rules (scripts/lib/headers.ts) and an ETag, answering a matching
   * If-None-Match with 304, as a real host does; default: `no-store` on everything.
   */
  readonly cacheHeaders?: boolean;
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
 * extension-less paths, 404 for missing files, and the deploy headers
 * (scripts/lib/headers.ts: CSP with frame-ancestors, nosniff, …), so browser
 * tests see the same behaviour (and CSP enforcement) as production.
 */
export async function startStaticServer(
  distDir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  let root = resolve(distDir);
  let indexPath = join(root, 'index.html');
  const csp = SECURITY_HEADERS['Content-Security-Policy'];
  const requests: string[] = [];
  const responses: { path: string; status: number }[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const urlPath = url.pathname;
      requests.push(urlPath + url.search);
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
        // On every response, like a host configured as the README says: documents and
        // same-origin worker scripts then run under the same policy.
        ...securityHeadersFor(urlPath, options.embedOrigins ?? []),
      };
      if (options.vary !== undefined) headers.Vary = options.vary;
      if (options.cacheHeaders === true) {
        headers['Cache-Control'] = cacheControlFor(urlPath) ?? 'no-cache';
        headers.ETag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        if (req.headers['if-none-match'] === headers.ETag) {
          responses.push({ path: urlPath + url.search, status: 304 });
          res.writeHead(304, { ETag: headers.ETag, 'Cache-Control': headers['Cache-Control'] });
          res.end();
          return;
        }
      }
      responses.push({ path: urlPath + url.search, status: 200 });
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
    requests,
    responses,
    setRoot: (dir) => {
      root = resolve(dir);
      indexPath = join(root, 'index.html');
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
