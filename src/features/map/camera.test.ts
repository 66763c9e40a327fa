// @vitest-environment node
import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { Camera } from './camera';

/** The few calls the camera makes, on a map that moves at once and records where it went. */
function fakeMap(start: { lon: number; lat: number; zoom: number }) {
  let view = start;
  const flights: { lon: number; lat: number; zoom: number }[] = [];
  const map = {
    getCenter: () => ({ lng: view.lon, lat: view.lat }),
    getZoom: () => view.zoom,
    flyTo: (options: { center: [number, number]; zoom: number }) => {
      view = { lon: options.center[0], lat: options.center[1], zoom: options.zoom };
      flights.push(view);
    },
  };
  return { camera: new Camera(map as unknown as MaplibreMap), flights };
}

const overview = { lon: 5.3, lat: 52.1, zoom: 7 };
const utrecht = { lon: 5.12, lat: 52.09, precision: 'exact' as const };
const amersfoort = { lon: 5.39, lat: 52.16, precision: 'plaats' as const };

describe('the camera and an opened place', () => {
  it('flies in to the place, as close as its position is sure, and back when it closes', () => {
    const { camera, flights } = fakeMap(overview);
    camera.followSelection(amersfoort, false, true);
    expect(flights.at(-1)).toEqual({ lon: 5.39, lat: 52.16, zoom: 12 });
    camera.followSelection(undefined, true, true);
    expect(flights.at(-1)).toEqual(overview);
  });

  it('going from one place to another still returns to the view before the first', () => {
    const { camera, flights } = fakeMap(overview);
    camera.followSelection(utrecht, false, true);
    expect(flights.at(-1)).toMatchObject({ zoom: 15 });
    camera.followSelection(amersfoort, true, true);
    // Already closer than the place's own zoom: the camera does not zoom out to it.
    expect(flights.at(-1)).toEqual({ lon: 5.39, lat: 52.16, zoom: 15 });
    camera.followSelection(undefined, true, true);
    expect(flights.at(-1)).toEqual(overview);
  });

  it('does not move when told not to fly, nor when nothing was open', () => {
    const { camera, flights } = fakeMap(overview);
    camera.followSelection(utrecht, false, false);
    camera.followSelection(undefined, false, true);
    expect(flights).toEqual([]);
  });
});
