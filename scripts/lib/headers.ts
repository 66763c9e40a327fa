/**
 * The HTTP headers every host of the app must send, in one place: `npm start` sends them
 * (scripts/lib/preview-server.ts), `public/_headers` lists them for static hosts (Netlify,
 * Cloudflare Pages) and the README's nginx snippet is generated from them; unit tests keep all
 * three equal to this file.
 */
import embedOriginsFile from '../../deploy/embed-origins.json' with { type: 'json' };

/**
 * The Content-Security-Policy. Scripts, styles, workers and data come only from our own origin;
 * the one exception is the optional online basemap (PDOK), which the user must switch on. No
 * inline scripts, no eval. The build also puts it in a meta tag, for hosts that cannot set
 * headers; dev mode leaves it out because Vite's HMR needs inline scripts.
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

/**
 * Headers for every response. Only a header can forbid framing (`frame-ancestors` is ignored in a
 * meta tag), so the header policy adds it: no other site may show the app in an iframe (an embed
 * route would get its own allow-list). Geolocation only for our own origin ("Gebruik mijn
 * locatie"); no camera, microphone or payment. No referrer: a link out never tells where it came
 * from.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The embeddable finder's page ("Hulp bij u in de buurt" for partner sites). */
export const EMBED_PATH = '/embed.html';

/**
 * Partner origins allowed to show the embed in an iframe, as the site owner lists them in
 * `deploy/embed-origins.json` (e.g. `["https://www.bibliotheek-voorbeeld.nl"]`). Empty by default:
 * until the owner adds a partner, only our own pages may frame it. Each must be a bare https origin
 * (no path, no wildcard), so a typo cannot open framing to everyone.
 */
export const EMBED_ORIGINS: readonly string[] = checkEmbedOrigins(embedOriginsFile);

/** The allow-list as given, or an error naming the entry that is not a bare https origin. */
export function checkEmbedOrigins(value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw new Error('deploy/embed-origins.json: verwacht een lijst met adressen (["https://…"]).');
  }
  return value.map((entry: unknown, index) => {
    const text = typeof entry === 'string' ? entry : '';
    let origin = '';
    try {
      origin = new URL(text).origin;
    } catch {
      origin = '';
    }
    if (!text.startsWith('https://') || text.includes('*') || origin !== text) {
      throw new Error(
        `deploy/embed-origins.json, item ${index + 1} (${JSON.stringify(entry)}): geen https-origin zonder pad, zoals "https://www.voorbeeld.nl".`,
      );
    }
    return origin;
  });
}

/**
 * Headers for the embed page: the same policy, except that our own origin and the listed partners
 * may frame it (`frame-ancestors`). No X-Frame-Options: it cannot name partners, and browsers
 * ignore it anyway when `frame-ancestors` is set. Geolocation is off: the embed does not ask for
 * a position (a partner's frame would need its own permission).
 */
export function embedHeaders(origins: readonly string[] = EMBED_ORIGINS): Record<string, string> {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${["'self'", ...origins].join(' ')}`,
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=()',
  };
  delete headers['X-Frame-Options'];
  return headers;
}

/** The security headers for a URL path: the embed's for the embed page, else the strict ones. */
export function securityHeadersFor(
  pathname: string,
  origins: readonly string[] = EMBED_ORIGINS,
): Readonly<Record<string, string>> {
  return pathname === EMBED_PATH ? embedHeaders(origins) : SECURITY_HEADERS;
}

/** How long browsers may keep a file, per path pattern (`*` matches the rest of the path). */
export const CACHE_RULES: readonly { readonly path: string; readonly cacheControl: string }[] = [
  /** A content hash is in every name under assets/: a changed file gets a new URL. */
  { path: '/assets/*', cacheControl: 'public, max-age=31536000, immutable' },
  /** The page, the worker and the data keep their names: always ask the host if they changed. */
  { path: '/sw.js', cacheControl: 'no-cache' },
  { path: '/index.html', cacheControl: 'no-cache' },
  { path: EMBED_PATH, cacheControl: 'no-cache' },
  { path: '/data/*', cacheControl: 'no-cache' },
  /**
   * The map's label glyphs keep their names too. Stated, not left to a host's heuristics: the
   * offline worker's install then revalidates the ones the map just fetched (a 304) instead of
   * downloading them again.
   */
  { path: '/glyphs/*', cacheControl: 'no-cache' },
];

/** The Cache-Control for a URL path, or undefined when no rule names it. */
export function cacheControlFor(pathname: string): string | undefined {
  const path = pathname === '/' ? '/index.html' : pathname;
  return CACHE_RULES.find((rule) =>
    rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path,
  )?.cacheControl;
}

/** `public/_headers`: the static-host format (Netlify, Cloudflare Pages). */
export function headersFile(): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated from scripts/lib/headers.ts (a unit test keeps them equal). Headers for static',
    '# hosts that read a _headers file (Netlify, Cloudflare Pages); see the README for nginx.',
    block('/*', SECURITY_HEADERS),
    ...CACHE_RULES.filter((rule) => rule.path !== EMBED_PATH).map((rule) =>
      block(rule.path, { 'Cache-Control': rule.cacheControl }),
    ),
    block('/', { 'Cache-Control': 'no-cache' }),
    '# The embed: a later rule replaces a header of /* for this path (Netlify). X-Frame-Options',
    '# from /* stays but browsers ignore it when frame-ancestors is set. Cloudflare Pages joins',
    '# the two policies instead: add the lines "! Content-Security-Policy" and "! X-Frame-Options"',
    '# under /embed.html there (see the README).',
    block(EMBED_PATH, { ...embedHeaders(), 'Cache-Control': 'no-cache' }),
    '',
  ].join('\n');
}

/** The security headers as nginx lines (`snippets/sjk-headers.conf`), as the README shows them. */
export function nginxHeadersSnippet(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}

/** The nginx `server { … }` lines the README shows; they include the snippet above. */
export function nginxServerSnippet(): string {
  // nginx drops inherited add_header lines in a block that has its own, so each block includes them.
  const include = 'include snippets/sjk-headers.conf;';
  const location = (path: string, cacheControl: string) =>
    [
      `location ${path.endsWith('*') ? `^~ ${path.slice(0, -1)}` : `= ${path}`} {`,
      `  ${include}`,
      `  add_header Cache-Control "${cacheControl}" always;`,
      '}',
    ].join('\n');
  return [
    'root /var/www/sociaal-juridische-kaart;  # the contents of dist/',
    'gzip_static on;    # serves the .gz files the build writes',
    'brotli_static on;  # serves the .br files (needs the ngx_brotli module)',
    '# index.html is the index (nginx default); add "application/geo+json geojson;" to mime.types.',
    include,
    ...CACHE_RULES.filter((rule) => rule.path !== EMBED_PATH).map((rule) =>
      location(rule.path, rule.cacheControl),
    ),
    '# The embed: its own policy (partners may frame it), not the snippet.',
    `location = ${EMBED_PATH} {`,
    ...Object.entries(embedHeaders()).map(
      ([name, value]) => `  add_header ${name} "${value}" always;`,
    ),
    '  add_header Cache-Control "no-cache" always;',
    '}',
  ].join('\n');
}
