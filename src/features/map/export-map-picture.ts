import { Map as MaplibreMap, type StyleSpecification } from 'maplibre-gl';
import type { CoverageState } from '../../shared/model/coverage';
import type { Bounds } from './area-bounds';
import { composeMapPng, type MapExportInfo } from './export-png';
import { applyCoverage } from './gemeenten-layer';
import { ICON_IDS, LAYER_IDS } from './layers';
import { addMapImages } from './map-images';

/** An exported map picture is drawn at this size (CSS pixels), the same on every screen. */
const EXPORT_SIZE = { width: 900, height: 1060 };

/** What the picture shows: the area, the style on screen and its coverage states. */
interface PictureSource {
  bounds: Bounds;
  style: StyleSpecification;
  /** Feature-state is not part of a style: the hidden map gets the coverage states itself. */
  coverage: ReadonlyMap<string, CoverageState>;
}

/**
 * The area as a PNG with title, legend and source lines, whatever the map on screen shows: drawn
 * by a second, hidden map of a fixed size with the same style, so the picture is the same on a
 * phone and a wide screen. The reach layer never goes into it: the picture is the coverage map
 * with its legend.
 */
export async function exportMapPicture(source: PictureSource, info: MapExportInfo): Promise<Blob> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: `${EXPORT_SIZE.width}px`,
    height: `${EXPORT_SIZE.height}px`,
  });
  document.body.append(container);
  const style: StyleSpecification = {
    ...source.style,
    layers: source.style.layers.map((layer) =>
      layer.id === LAYER_IDS.reachFill || layer.id === LAYER_IDS.reachPattern
        ? { ...layer, layout: { ...layer.layout, visibility: 'none' } }
        : layer,
    ),
  };
  const copy = new MaplibreMap({
    container,
    style,
    bounds: source.bounds,
    fitBoundsOptions: { padding: 40 },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: 1,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    copy.on('styleimagemissing', () => {
      if (!copy.hasImage(ICON_IDS.hatch)) addMapImages(copy);
    });
    copy.once('load', () => {
      applyCoverage(copy, source.coverage);
    });
    await new Promise<void>((resolve, reject) => {
      copy.once('idle', () => {
        resolve();
      });
      copy.once('error', (event: { error: unknown }) => {
        reject(event.error instanceof Error ? event.error : new Error('export map failed'));
      });
    });
    return await composeMapPng(copy.getCanvas(), info);
  } finally {
    copy.remove();
    container.remove();
  }
}
