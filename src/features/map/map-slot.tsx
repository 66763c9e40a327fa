import { useQueryClient } from '@tanstack/react-query';
import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { boundariesQuery } from '../../shared/data/queries';
import { holdInstall } from '../../shared/sw/install-timing';
import { nl } from './strings';
import type { MapViewProps } from './map-view';

/** MapLibre (about 300 KB gzip and seconds of script work on a cheap phone) loads when wanted. */
const MapView = lazy(() => import('./map-view'));

/**
 * When the map counts as wanted: once its area reaches the upper two thirds of the screen. On a
 * phone the start view shows only the top edge of the map below the search (at 390×844 it starts
 * at y ≈ 750), so a margin that reaches below the screen would load it at once; a short scroll
 * towards it (or towards the list under it) loads it. On a wide screen the map fills the side of
 * the first screen and loads at once.
 */
export const MAP_WANTED_MARGIN = '0px 0px -35% 0px';

/**
 * The map's place in the page until the map is wanted: nothing of MapLibre, its worker or the
 * boundary files is fetched before. When wanted, the map chunk and both boundary files are
 * requested at the same moment (not one after another), then the map draws. Browsers without
 * IntersectionObserver get the map at once, as before.
 */
export function MapSlot(props: MapViewProps) {
  const [wanted, setWanted] = useState(() => typeof IntersectionObserver === 'undefined');
  const slot = useRef<HTMLDivElement>(null);
  const client = useQueryClient();
  const [drawn, setDrawn] = useState(false);
  const { onDrawn } = props;
  const onMapDrawn = useCallback(() => {
    setDrawn(true);
    onDrawn?.();
  }, [onDrawn]);
  // While the map loads, the offline worker waits, so it takes the map's files from the HTTP cache.
  useEffect(() => (wanted && !drawn ? holdInstall() : undefined), [wanted, drawn]);

  useEffect(() => {
    if (wanted) {
      // A failure is shown by the map itself (with a retry), when its own query reads it.
      for (const file of ['gemeenten', 'provincies'] as const) {
        client.query(boundariesQuery(file)).catch(() => undefined);
      }
      return;
    }
    const element = slot.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        // Focusing the button scrolls the slot into view, so the map may become wanted before
        // the key press: focus then goes where the click would have taken it.
        if (element.contains(document.activeElement)) focusMapRegion(element);
        setWanted(true);
      },
      { rootMargin: MAP_WANTED_MARGIN },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [wanted, client]);

  if (wanted) return <MapView {...props} onDrawn={onMapDrawn} />;
  return (
    <div ref={slot} className={`map-slot map-slot--${props.mode}`}>
      <p className="map-slot__text">{nl.map.notYetLoaded}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (slot.current) focusMapRegion(slot.current);
          setWanted(true);
        }}
      >
        {nl.map.loadNow}
      </button>
    </div>
  );
}

/**
 * The button goes away when the map loads: focus moves to the map's region (its name is "Kaart"),
 * not to the page's start, so Tab goes on to the map once it is there.
 */
function focusMapRegion(slot: HTMLElement) {
  const region = slot.closest('section');
  if (!region) return;
  region.tabIndex = -1;
  region.focus({ preventScroll: true });
}
