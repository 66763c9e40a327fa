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

/** The offline worker registers after the page has loaded: it never competes with the first view. */
function registerLater(): void {
  void import('../shared/sw/register').then((m) => {
    m.registerServiceWorker();
  });
}
if (serviceWorkerEnabled()) {
  if (document.readyState === 'complete') registerLater();
  else window.addEventListener('load', registerLater, { once: true });
}
