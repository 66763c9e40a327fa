import { nl } from '../i18n/nl';
import { DataError } from '../data/fetch-json';

/** Which data file failed: each has its own title and says what still works without it. */
export type DataSource = keyof typeof nl.errors.dataTitle;

/**
 * What someone sees when a data file cannot be loaded: what failed, why in plain words (offline,
 * too slow, broken, or a plain failure), what still works, and a button to try again.
 */
export function DataErrorPanel({
  error,
  source,
  onRetry,
}: {
  error: unknown;
  source: DataSource;
  onRetry: () => void;
}) {
  const kind = error instanceof DataError ? error.kind : 'network';
  const why =
    kind === 'offline'
      ? nl.errors.offline
      : kind === 'timeout'
        ? nl.errors.timeout
        : kind === 'invalid'
          ? `${nl.errors.invalidData} ${nl.errors.dataBody}`
          : nl.errors.dataBody;
  return (
    <div role="alert" className="notice notice--error">
      <h2 className="notice__title">{nl.errors.dataTitle[source]}</h2>
      <p>{why}</p>
      {source === 'dataset' && kind !== 'offline' && kind !== 'timeout' ? null : (
        <p>{nl.errors.stillWorks[source]}</p>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {nl.errors.retry}
      </button>
    </div>
  );
}
