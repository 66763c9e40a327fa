import { nl } from '../i18n/nl';
import { DataError } from '../data/fetch-json';

/** What a resident sees when a data file cannot be loaded: what happened and what to do. */
export function DataErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const invalid = error instanceof DataError && error.kind === 'invalid';
  return (
    <div role="alert" className="notice notice--error">
      <h2 className="notice__title">{nl.errors.dataTitle}</h2>
      <p>
        {invalid ? nl.errors.invalidData : null} {nl.errors.dataBody}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {nl.errors.retry}
      </button>
    </div>
  );
}
