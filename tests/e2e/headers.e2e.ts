import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFile } from './browser';
import { startPreviewServer, type PreviewServer } from './preview-server';

/** `npm start` as a visitor's browser sees it: headers and encodings, over plain HTTP. */
describe('npm start serves like a real host', () => {
  let server: PreviewServer | undefined;
  const get = (path: string, encoding = 'br, gzip') =>
    fetch(new URL(path, server?.baseUrl), { headers: { 'Accept-Encoding': encoding } });
  beforeAll(async () => {
    server = await startPreviewServer(distFile('.'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends the security headers with the page: CSP with frame-ancestors, nosniff, referrer, permissions', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.text()).toContain('<div id="root">');
  });

  it('answers with the precompressed files: brotli when the browser takes it, else gzip', async () => {
    const entry = readdirSync(distFile('assets')).find((f) => /^index-[\w-]+\.js$/.test(f));
    const script = await get(`/assets/${entry ?? ''}`);
    expect(script.headers.get('content-encoding')).toBe('br');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');

    const data = await get('/data/dataset.json', 'gzip');
    expect(data.headers.get('content-encoding')).toBe('gzip');
    expect(data.headers.get('vary')).toBe('Accept-Encoding');
    expect(data.headers.get('cache-control')).toBe('no-cache');
    // fetch decodes the body: it must be the JSON the app reads.
    expect((await data.json()) as object).toHaveProperty('gemeenten');
  });

  it('serves security.txt and the service worker without long caching', async () => {
    const text = await get('/.well-known/security.txt');
    expect(text.status).toBe(200);
    expect(await text.text()).toMatch(/^Expires: \d{4}-\d\d-\d\dT/m);
    const sw = await get('/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });
});
