import type { PlaceKind } from '../model/schema';

/**
 * The shape of each kind of place: map markers, list icons and legends all use it. A module of
 * its own, apart from the kinds' colours (KIND_COLOUR in tokens.ts), because the first view's list
 * icons need only the shapes (their colour comes from CSS, `--kind-…`) and a module shared with
 * the lazy map is bundled whole into the first view.
 */

/** Marker shapes; each kind has its own, so colour is never the only signal (WCAG 1.4.1). */
export type KindShape = 'circle' | 'square' | 'diamond';

export const KIND_SHAPE: Record<PlaceKind, KindShape> = {
  'sociaal-raadslieden': 'circle',
  ido: 'square',
  'juridisch-loket': 'diamond',
};
