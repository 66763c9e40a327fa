import { useState } from 'react';
import { nl } from '../../../shared/i18n/nl';

type LocateState = 'idle' | 'busy' | 'denied';

/**
 * Asks the browser for the user's position only after they press the button, never on load.
 * The position is used in the browser only.
 */
export function LocateButton({ onLocated }: { onLocated: (lat: number, lon: number) => void }) {
  const [state, setState] = useState<LocateState>('idle');
  if (!('geolocation' in navigator)) return null;
  return (
    <div className="locate no-print">
      <button
        type="button"
        className="button button--secondary"
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          navigator.geolocation.getCurrentPosition(
            (position) => {
              setState('idle');
              onLocated(position.coords.latitude, position.coords.longitude);
            },
            () => {
              setState('denied');
            },
            { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
          );
        }}
      >
        {nl.nearby.useLocation}
      </button>
      <p className="note">{nl.nearby.locationPrivacy}</p>
      <p role="status" className="note">
        {state === 'busy' ? nl.nearby.locating : state === 'denied' ? nl.nearby.locationDenied : ''}
      </p>
    </div>
  );
}
