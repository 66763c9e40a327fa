import { defineConfig } from 'vitest/config';

/**
 * Browser (end-to-end) tests against the built app in `dist/`.
 * Runs one file at a time because every file drives the same headless Chromium
 * and one static server; the unit config (vitest.config.ts) excludes tests/e2e.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globals: false,
    globalSetup: 'tests/e2e/global-setup.ts',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
    reporters: ['default'],
  },
});
