import type { Map as MaplibreMap } from 'maplibre-gl';
import { PLACE_KINDS } from '../../shared/model/schema';
import { drawDotsTile, drawHatchTile, drawMarker, drawRing } from './icons';
import { ICON_IDS, PLACE_STYLE } from './layers';

/**
 * Adds the images the layers refer to by id (markers, patterns, rings), drawn by code. Images are
 * not part of a style, so both the map on screen and the hidden PNG map need this.
 */
export function addMapImages(target: MaplibreMap): void {
  for (const kind of PLACE_KINDS) {
    const { shape, colour } = PLACE_STYLE[kind];
    target.addImage(ICON_IDS.place(kind), drawMarker(shape, colour), { pixelRatio: 2 });
  }
  target.addImage(ICON_IDS.hatch, drawHatchTile(), { pixelRatio: 1 });
  target.addImage(ICON_IDS.dots, drawDotsTile(), { pixelRatio: 1 });
  target.addImage(ICON_IDS.ringHover, drawRing(4), { pixelRatio: 2 });
  target.addImage(ICON_IDS.ringSelected, drawRing(10), { pixelRatio: 2 });
}
