import fs from 'node:fs';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

const dataDir = path.resolve(import.meta.dirname, '../../public/data');

/** Serves the committed data files, as the static host would. */
export const dataHandlers = [
  'dataset.json',
  'places.json',
  'details.json',
  'postcodes.json',
  'gemeenten.geojson',
  'provincies.geojson',
  'reach.json',
].map((file) =>
  http.get(`*/data/${file}`, () =>
    HttpResponse.text(fs.readFileSync(path.join(dataDir, file), 'utf8'), {
      headers: { 'content-type': 'application/json' },
    }),
  ),
);

/** Any request a test did not plan for fails the test: the app must not call out on its own. */
export const server = setupServer(...dataHandlers);
