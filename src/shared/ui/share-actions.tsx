import { useState } from 'react';
import { nl } from '../i18n/nl';

/** Print (a one-page referral via the print stylesheet) and copy the link that restores this view. */
export function ShareActions() {
  const [message, setMessage] = useState('');
  return (
    <div className="share-actions no-print">
      <button
        type="button"
        className="button"
        onClick={() => {
          window.print();
        }}
      >
        {nl.common.print}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => {
              setMessage(nl.common.linkCopied);
            },
            () => {
              setMessage(nl.common.copyFailed);
            },
          );
        }}
      >
        {nl.common.copyLink}
      </button>
      <p role="status" className="share-actions__message">
        {message}
      </p>
    </div>
  );
}
