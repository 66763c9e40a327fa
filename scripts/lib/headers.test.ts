import fs from 'node:fs';
import path from 'node:path';
import {
  cacheControlFor,
  checkEmbedOrigins,
  headersFile,
  nginxHeadersSnippet,
  nginxServerSnippet,
  SECURITY_HEADERS,
  securityHeadersFor,
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

  it('let only our own pages and the listed partners frame the embed, and nothing else', () => {
    const embed = securityHeadersFor('/embed.html', ['https://www.bieb.example']);
    expect(embed['Content-Security-Policy']).toMatch(
      /; frame-ancestors 'self' https:\/\/www\.bieb\.example$/,
    );
    expect(embed['Content-Security-Policy']).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Permissions-Policy']).toContain('geolocation=()');
    for (const page of ['/', '/index.html', '/embed', '/embed.html/x']) {
      expect(securityHeadersFor(page, ['https://www.bieb.example']), page).toBe(SECURITY_HEADERS);
    }
  });

  it('refuse an allow-list entry that is not a bare https origin, naming it', () => {
    expect(checkEmbedOrigins(['https://a.example', 'https://b.example:8443'])).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    for (const bad of ['*', 'http://a.example', 'https://a.example/pagina', 'https://*.example']) {
      expect(() => checkEmbedOrigins(['https://ok.example', bad]), bad).toThrow(/item 2/);
    }
    expect(() => checkEmbedOrigins('https://a.example')).toThrow(/lijst/);
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
