import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../src/app/app';
import { Providers } from '../src/app/providers';

/** A fresh QueryClient per test, retries off, so a failed request shows its error at once. */
export function renderApp(hash = '') {
  window.history.replaceState(null, '', `/${hash}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
}
