import { lazy, Suspense, useId, useRef, useState, type JSX } from 'react';
import type { ContributeContext } from '../../model/contribution';
import { contributeText as t } from '../../i18n/contribute-text';

/** The form, its checks and its CSV writer load when someone opens it, never with the page. */
const ContributeForm = lazy(() =>
  import('./contribute-form').then((m) => ({ default: m.ContributeForm })),
);

/**
 * "Weet u meer? Geef het door" on a gemeente's profile and on a place: opens a short form that
 * makes an e-mail and a status-sheet row (issue 14, item 7). Closing it puts focus back here.
 */
export function ContributeButton({ context }: { context: ContributeContext }): JSX.Element {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="contribute no-print no-print">
      <button
        ref={button}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          setOpen((now) => !now);
        }}
      >
        {t.open}
      </button>
      {open ? (
        <div id={id}>
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            <ContributeForm
              context={context}
              onClose={() => {
                setOpen(false);
                button.current?.focus();
              }}
            />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
