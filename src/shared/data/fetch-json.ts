import type * as z from 'zod/mini';

/**
 * Why loading a data file failed, so the UI can say what to do: `offline` (the browser has no
 * network), `timeout` (the host did not answer, or stopped sending), `network` (the request
 * failed otherwise), `http` (an error status), `invalid` (not JSON, or not the expected shape).
 */
export type DataErrorKind = 'offline' | 'timeout' | 'network' | 'http' | 'invalid';

/** A data file could not be loaded or did not match its schema. */
export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    detail: string,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'DataError';
  }
}

/**
 * How long a data file may take before we give up: until the host starts answering, and then
 * between two pieces of the body. A slow but moving download (a large file on a weak phone
 * signal) keeps going; a host that never answers, or stops halfway, ends in a message with a retry
 * instead of an endless "Gegevens laden…".
 */
export const FETCH_TIMEOUTS = { answerMs: 10_000, stallMs: 10_000 } as const;

/** URL of a file under public/data, relative to where the app is hosted. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** True when the browser says it has no network at all. */
function isOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/**
 * Reads the body piece by piece; `watch` arms the stall time-out before each piece and gets a way
 * to stop the reading when it fires (aborting the request does not end every body stream).
 */
async function readBody(
  response: Response,
  watch: (stop: () => void) => void,
  timedOut: () => boolean,
): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    watch(() => {
      void reader.cancel();
    });
    const { done, value } = await reader.read();
    if (timedOut()) throw new Error('the body stopped coming');
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches JSON and validates it, so components can trust the types at run time. A truncated or
 * hand-broken file fails here, with the first few schema issues, not deep inside a component.
 * Every request has a time-out (FETCH_TIMEOUTS); `signal` (react-query's) cancels it too.
 */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
  timeouts: { answerMs: number; stallMs: number } = FETCH_TIMEOUTS,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number, stop?: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      stop?.();
    }, ms);
  };
  const cancel = () => {
    controller.abort();
  };
  signal?.addEventListener('abort', cancel);
  const fail = (error: unknown): DataError => {
    if (timedOut) return new DataError('timeout', url, 'no answer in time');
    if (isOffline()) return new DataError('offline', url, 'the browser is offline');
    return new DataError('network', url, error instanceof Error ? error.message : String(error));
  };
  try {
    arm(timeouts.answerMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new DataError('http', url, `HTTP ${response.status}`);
      text = await readBody(
        response,
        (stop) => {
          arm(timeouts.stallMs, stop);
        },
        () => timedOut,
      );
    } catch (error) {
      throw error instanceof DataError ? error : fail(error);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new DataError('invalid', url, 'not valid JSON');
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      throw new DataError('invalid', url, issues);
    }
    return parsed.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * react-query's retry rule for data files: once, after a failed connection or a server error; not
 * after a time-out (the user already waited), offline, or a broken file (it will not mend itself).
 */
export function retryDataOnce(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !(error instanceof DataError)) return false;
  return error.kind === 'network' || error.kind === 'http';
}
