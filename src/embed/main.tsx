import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseEmbedPreset } from '../shared/model/embed';
import { EmbedApp } from './embed-app';
import '../app/styles.css';
import './embed.css';

/** The embed page: no service worker, no map, no other site; just the finder for its preset. */
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp preset={parseEmbedPreset(window.location.search)} />
    </StrictMode>,
  );
}
