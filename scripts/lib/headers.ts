/**
 * The HTTP headers every host of the app must send, in one place: `npm start` sends them
 * (scripts/lib/preview-server.ts), `public/_headers` lists them for static hosts (Netlify,
 * Cloudflare Pages) and the README's nginx snippet is generated from them; unit tests keep all
 * three equal to this file.
 */

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

/** How long browsers may keep a file, per path pattern (`*` matches the rest of the path). */
export const CACHE_RULES: readonly { readonly path: string; readonly cacheControl: string }[] = [
  /** A content hash is in every name under assets/: a changed file gets a new URL. */
  { path: '/assets/*', cacheControl: 'public, max-age=31536000, immutable' },
  /** The page, the worker and the data keep their names: always ask the host if they changed. */
  { path: '/sw.js', cacheControl: 'no-cache' },
  { path: '/index.html', cacheControl: 'no-cache' },
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
    ...CACHE_RULES.map((rule) => block(rule.path, { 'Cache-Control': rule.cacheControl })),
    block('/', { 'Cache-Control': 'no-cache' }),
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
    ...CACHE_RULES.map((rule) => location(rule.path, rule.cacheControl)),
  ].join('\n');
}
