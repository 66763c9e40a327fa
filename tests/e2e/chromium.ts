import { chromium, type Browser } from 'playwright-core';

/** Flags for headless Debian Chromium in a container: WebGL2 via SwiftShader, no phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Launches the system Chromium (playwright-core ships no browser). SwiftShader gives a software
 * WebGL2 so the MapLibre map really renders in CI. Shared by the browser tests and the bench.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
