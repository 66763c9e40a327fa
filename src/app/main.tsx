import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installMayStart } from '../shared/sw/install-timing';
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
 * The offline worker registers after the page has loaded and settled (install-timing.ts): it never
 * competes with the first view or the map, and takes what they fetched from the HTTP cache.
 */
function registerLater(): void {
  void installMayStart()
    .then(() => import('../shared/sw/register'))
    .then((m) => {
      m.registerServiceWorker();
    });
}
if (serviceWorkerEnabled()) {
  if (document.readyState === 'complete') registerLater();
  else window.addEventListener('load', registerLater, { once: true });
}
