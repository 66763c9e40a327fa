import type { PlaceKind } from '../../../shared/model/schema';

/** Same colours and shapes as the map markers, so the list and legend match the map. */
const ICON: Record<PlaceKind, { colour: string; path: string }> = {
  'sociaal-raadslieden': { colour: '#b93f0b', path: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z' },
  ido: { colour: '#1d4ed8', path: 'M4.5 4.5h15v15h-15z' },
  'juridisch-loket': { colour: '#6d28d9', path: 'M12 2.5l9.5 9.5l-9.5 9.5l-9.5-9.5z' },
};

/** Decorative marker shape; the kind is always also written out in text next to it. */
export function KindIcon({ kind, size = 20 }: { kind: PlaceKind; size?: number }) {
  const icon = ICON[kind];
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={icon.path} fill={icon.colour} stroke="#ffffff" strokeWidth="2" />
    </svg>
  );
}
