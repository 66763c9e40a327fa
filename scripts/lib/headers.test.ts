import fs from 'node:fs';
import path from 'node:path';
import {
  cacheControlFor,
  headersFile,
  nginxHeadersSnippet,
  nginxServerSnippet,
  SECURITY_HEADERS,
} from './headers';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('deploy headers', () => {
  it('forbid framing, sniffing and referrers, and allow geolocation only for our origin', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/(^|; )frame-ancestors 'none'$/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('geolocation=(self)');
  });

  it('let browsers keep hashed assets for a year and ask again for the page, worker and data', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toContain('immutable');
    for (const file of ['/', '/index.html', '/sw.js', '/data/dataset.json']) {
      expect(cacheControlFor(file), file).toBe('no-cache');
    }
    expect(cacheControlFor('/favicon.svg')).toBeUndefined();
  });

  it('public/_headers is what scripts/lib/headers.ts says (regenerate it when this fails)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8');
    expect(committed).toBe(headersFile());
  });

  it('the README shows the nginx configuration that scripts/lib/headers.ts generates', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(nginxHeadersSnippet());
    expect(readme).toContain(nginxServerSnippet());
  });
});
