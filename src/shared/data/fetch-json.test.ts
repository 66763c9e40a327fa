import { delay, http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { server } from '../../../tests/mocks/server';
import { DataError, fetchJson, retryDataOnce } from './fetch-json';

const schema = z.object({ ok: z.boolean() });
const FAST = { answerMs: 100, stallMs: 100 };

/** The DataError kind `promise` rejects with. */
async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof DataError ? error.kind : `other: ${String(error)}`;
  }
}

describe('fetchJson', () => {
  it('reads and checks a file', async () => {
    server.use(http.get('*/data/goed.json', () => HttpResponse.json({ ok: true })));
    await expect(fetchJson('/data/goed.json', schema, undefined, FAST)).resolves.toEqual({
      ok: true,
    });
  });

  it('gives up with a time-out when the host never answers', async () => {
    server.use(
      http.get('*/data/stil.json', async () => {
        await delay('infinite');
        return HttpResponse.json({ ok: true });
      }),
    );
    expect(await kindOf(fetchJson('/data/stil.json', schema, undefined, FAST))).toBe('timeout');
  });

  it('gives up with a time-out when the body stops halfway', async () => {
    server.use(
      http.get(
        '*/data/half.json',
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"ok":'));
              },
            }),
            { headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    expect(await kindOf(fetchJson('/data/half.json', schema, undefined, FAST))).toBe('timeout');
  });

  it('keeps a slow download that keeps moving', async () => {
    server.use(
      http.get(
        '*/data/traag.json',
        () =>
          new HttpResponse(
            new ReadableStream({
              async start(controller) {
                for (const piece of ['{"o', 'k":', 'tr', 'ue}']) {
                  controller.enqueue(new TextEncoder().encode(piece));
                  await new Promise((done) => setTimeout(done, 60));
                }
                controller.close();
              },
            }),
          ),
      ),
    );
    await expect(fetchJson('/data/traag.json', schema, undefined, FAST)).resolves.toEqual({
      ok: true,
    });
  });

  it('says offline when the browser has no network, and tells HTTP and broken files apart', async () => {
    server.use(
      http.get('*/data/weg.json', () => HttpResponse.error()),
      http.get('*/data/fout.json', () => new HttpResponse(null, { status: 503 })),
      http.get('*/data/kapot.json', () => HttpResponse.text('{"ok":')),
    );
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(await kindOf(fetchJson('/data/weg.json', schema, undefined, FAST))).toBe('offline');
    } finally {
      onLine.mockRestore();
    }
    expect(await kindOf(fetchJson('/data/weg.json', schema, undefined, FAST))).toBe('network');
    expect(await kindOf(fetchJson('/data/fout.json', schema, undefined, FAST))).toBe('http');
    expect(await kindOf(fetchJson('/data/kapot.json', schema, undefined, FAST))).toBe('invalid');
  });

  it('retries once after a failed connection, never after a time-out or a broken file', () => {
    expect(retryDataOnce(0, new DataError('network', '/x', ''))).toBe(true);
    expect(retryDataOnce(1, new DataError('network', '/x', ''))).toBe(false);
    expect(retryDataOnce(0, new DataError('timeout', '/x', ''))).toBe(false);
    expect(retryDataOnce(0, new DataError('offline', '/x', ''))).toBe(false);
    expect(retryDataOnce(0, new DataError('invalid', '/x', ''))).toBe(false);
  });
});
