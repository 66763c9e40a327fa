/**
 * GET with the manners an open government service expects: a time-out per request, a pause
 * between requests, and on 429 (too many requests) or 503 a wait for as long as the service asks
 * (Retry-After) before a bounded number of retries. Every failure names the URL and the cause,
 * so a maintainer running a harvest round knows whether to wait, retry or report a changed API.
 */

/** Transport and timing, swappable so tests run without a network or real waiting. */
export interface HttpOptions {
  fetchImpl?: typeof fetch;
  /** Per request, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Retries after 429/503 or a network failure (default 3). */
  retries?: number;
  /** Longest wait honoured from Retry-After, in ms (default 60 s); longer asks fail at once. */
  maxRetryWaitMs?: number;
  /** Waits; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

/** A request to an online service failed; the message names the URL and the reason. */
export class OnlineSourceError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'OnlineSourceError';
  }
}

export const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** Seconds or an HTTP date in Retry-After, as milliseconds from now (default 5 s). */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 5_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? 5_000 : Math.max(0, date - now);
}

/** Who is asking, so a service operator can reach the project. */
export const USER_AGENT =
  'sociaal-juridische-kaart data pipeline (npm run data:harvest / data:geocode)';

/**
 * GETs `url` and returns the body as text. Retries 429, 503 and network failures (waiting as
 * asked), and throws {@link OnlineSourceError} for any other HTTP error, a time-out, or when
 * the retries run out.
 */
export async function getText(
  url: string,
  accept: string,
  options: HttpOptions = {},
): Promise<string> {
  const doFetch = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRetryWaitMs ?? 60_000;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept, 'user-agent': USER_AGENT },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const reason = timedOut
        ? `geen antwoord binnen ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} (time-out)`
        : `verzoek mislukt (${error instanceof Error ? error.message : String(error)})`;
      if (attempt < retries) {
        await sleep(2_000 * (attempt + 1));
        continue;
      }
      throw new OnlineSourceError(url, `${reason}, ook na ${retries + 1} pogingen`);
    }
    if (response.status === 429 || response.status === 503) {
      const wait = retryAfterMs(response.headers.get('retry-after'));
      const what =
        response.status === 429
          ? 'HTTP 429: de dienst krijgt te veel verzoeken (rate limit)'
          : 'HTTP 503: de dienst is tijdelijk niet beschikbaar';
      if (wait > maxWait) {
        throw new OnlineSourceError(
          url,
          `${what} en vraagt ${Math.ceil(wait / 1000)} s te wachten; probeer het later opnieuw`,
        );
      }
      if (attempt < retries) {
        await sleep(wait);
        continue;
      }
      throw new OnlineSourceError(
        url,
        `${what}, ook na ${retries + 1} pogingen; probeer het later opnieuw`,
      );
    }
    if (!response.ok) {
      throw new OnlineSourceError(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    try {
      return await response.text();
    } catch (error) {
      throw new OnlineSourceError(
        url,
        `antwoord niet volledig ontvangen (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}

/** Spaces requests at least `intervalMs` apart (PDOK and overheid.nl ask for fair use). */
export function throttle(intervalMs: number, sleep: (ms: number) => Promise<void> = realSleep) {
  let last = -Infinity;
  return async () => {
    const wait = last + intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    last = Date.now();
  };
}
