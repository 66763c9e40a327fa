import type * as z from 'zod/mini';

/** Why loading a data file failed, so the UI can say what to do. */
export type DataErrorKind = 'network' | 'http' | 'invalid';

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

/** URL of a file under public/data, relative to where the app is hosted. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * Fetches JSON and validates it, so components can trust the types at run time. A truncated or
 * hand-broken file fails here, with the first few schema issues, not deep inside a component.
 */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new DataError('network', url, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new DataError('http', url, `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
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
}
