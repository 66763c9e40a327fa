import { useSyncExternalStore } from 'react';
import { nl } from '../i18n/nl';
import {
  applyUpdate,
  isUpdateWaiting,
  serviceWorkerEnabled,
  subscribeToUpdate,
} from '../sw/update-state';

const notWaiting = (): boolean => false;

/**
 * Says when a new version of the app (and its data) is ready, with one button to load it. The
 * live region is always there (empty until needed) so screen readers announce the message.
 */
export function UpdateBanner() {
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, notWaiting);
  if (!serviceWorkerEnabled()) return null;
  return (
    <div role="status" className="no-print">
      {ready ? (
        <div className="notice notice--warning">
          <p>{nl.update.message}</p>
          <button type="button" className="button" onClick={applyUpdate}>
            {nl.update.reload}
          </button>
        </div>
      ) : null}
    </div>
  );
}
