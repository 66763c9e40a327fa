import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { serviceWorkerEnabled } from '../shared/sw/update-state';
import { App } from './app';
import { Providers } from './providers';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
}

/**
 * The offline worker registers after the page has loaded and settled (register.ts): it never
 * competes with the first view or the map, and takes what they fetched from the HTTP cache.
 */
function registerLater(): void {
  void import('../shared/sw/register').then((m) => m.registerWhenSettled());
}
if (serviceWorkerEnabled()) {
  if (document.readyState === 'complete') registerLater();
  else window.addEventListener('load', registerLater, { once: true });
}
