import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './mocks/server';

// jsdom has no layout, so no scrollIntoView; the answer calls it to come into view on a phone.
// (Node-environment tests have no Element at all.)
if (typeof Element !== 'undefined') {
  Element.prototype.scrollIntoView = function scrollIntoView() {
    // Nothing to scroll in jsdom.
  };
}

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
