import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './mocks/server';

// Lazy chunks and index building take longer on a loaded 2-core CI machine than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});

afterAll(() => {
  server.close();
});
