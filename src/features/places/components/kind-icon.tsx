import type { PlaceKind } from '../../../shared/model/schema';
import { KIND_SHAPE, type KindShape } from '../../../shared/ui/kind-style';

/** The kind tokens' shapes as SVG paths, so the list and legend match the map markers. */
const PATH: Record<KindShape, string> = {
  circle: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z',
  square: 'M4.5 4.5h15v15h-15z',
  diamond: 'M12 2.5l9.5 9.5l-9.5 9.5l-9.5-9.5z',
};

/**
 * Decorative marker shape; the kind is always also written out in text next to it. Its colour
 * and edge come from the kind tokens in CSS (`.kind-icon--…` in styles.css).
 */
export function KindIcon({ kind, size = 20 }: { kind: PlaceKind; size?: number }) {
  return (
    <svg
      className={`kind-icon kind-icon--${kind}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATH[KIND_SHAPE[kind]]} />
    </svg>
  );
}
