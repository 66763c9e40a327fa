import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server serving dist/, e.g. http://127.0.0.1:40123 */
    baseUrl: string;
  }
}

/** The build to serve; E2E_DIST_DIR lets the harness itself be tried against a stand-in build. */
const DIST = resolve(
  process.env.E2E_DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url)),
);

/**
 * Serves the built app once for all browser tests; tests read the URL with
 * `inject('baseUrl')`. Fails early with a clear hint when there is no build,
 * rather than letting every test time out on a blank page.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`dist/index.html is missing: run npm run build first (looked in ${DIST}).`);
  }
  const server = await startStaticServer(DIST);
  project.provide('baseUrl', server.baseUrl);
  return () => server.close();
}
