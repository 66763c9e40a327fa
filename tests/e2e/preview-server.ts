import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The repository root, where vite.config.ts lives. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running `npm start` server (vite preview with the project's config) and how to stop it. */
export interface PreviewServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Starts what `npm start` serves after its build: `vite preview` with the project's own
 * vite.config.ts (deploy headers, precompressed files), on an ephemeral port, serving `distDir`.
 */
export async function startPreviewServer(distDir: string): Promise<PreviewServer> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}/vite.config.ts`,
    logLevel: 'silent',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
