import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFile, useBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const requireBrowser = useBrowser();

/** A partner's page: only an iframe with the embed, as the snippet on "Over deze kaart" gives it. */
async function startPartner(embedSrc: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="nl"><title>Partner</title><h1>Bibliotheek</h1><iframe src="${embedSrc}" title="Hulp bij u in de buurt" width="600" height="800"></iframe>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // "localhost" is another origin than the app's 127.0.0.1, as a partner's site would be.
  return { origin: `http://localhost:${port}`, server };
}

describe('embeddable finder', () => {
  let app: StaticServer | undefined;
  let allowed: { origin: string; server: Server } | undefined;
  let refused: { origin: string; server: Server } | undefined;

  beforeAll(async () => {
    // The app server learns the allowed partner only after it is listening: start it with a
    // placeholder list that the partner's origin is pushed into.
    const origins: string[] = [];
    app = await startStaticServer(distFile('.'), { embedOrigins: origins });
    allowed = await startPartner(`${app.baseUrl}/embed.html?gm=GM0014`);
    refused = await startPartner(`${app.baseUrl}/embed.html?gm=GM0014`);
    origins.push(allowed.origin);
  });
  afterAll(async () => {
    await app?.close();
    for (const p of [allowed, refused]) await new Promise((done) => p?.server.close(done));
  });

  it('renders for a preset gemeente inside a partner on the allow-list, sends the postcode nowhere, and is refused elsewhere', async () => {
    const context = await requireBrowser().newContext({ viewport: { width: 390, height: 900 } });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    try {
      const page = await context.newPage();
      await page.goto(allowed?.origin ?? '');
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading', { name: 'Hulp bij u in de buurt' }).waitFor();
      await frame
        .getByText(/In Groningen zijn sociaal raadslieden/)
        .first()
        .waitFor();
      await frame.getByRole('heading', { level: 1 }).waitFor();

      await frame.getByLabel('Uw postcode').fill('1012 AB');
      await frame.getByRole('button', { name: 'Zoek hulp' }).click();
      await frame.getByText(/^1012 AB ligt in gemeente Amsterdam\./).waitFor();
      const appOrigin = new URL(app?.baseUrl ?? '').origin;
      const foreign = requests.filter((url) => {
        const origin = new URL(url).origin;
        return origin !== appOrigin && origin !== allowed?.origin;
      });
      expect(foreign).toEqual([]);
      expect(requests.filter((url) => /1012/.test(url))).toEqual([]);

      const other = await context.newPage();
      const blocked: string[] = [];
      other.on('console', (message) => blocked.push(message.text()));
      await other.goto(refused?.origin ?? '');
      await expect
        .poll(() => blocked.some((text) => /frame-ancestors/.test(text)), { timeout: 10_000 })
        .toBe(true);
      expect(
        await other
          .frameLocator('iframe')
          .getByRole('heading', { name: 'Hulp bij u in de buurt' })
          .count(),
      ).toBe(0);
    } finally {
      await context.close();
    }
  }, 90_000);
});
