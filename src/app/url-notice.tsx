import { nl } from '../shared/i18n/nl';

/** Says which part of a shared link was ignored, instead of failing or silently dropping it. */
export function UrlNotice({ invalid, onDismiss }: { invalid: string[]; onDismiss: () => void }) {
  if (invalid.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status">
      <p>{nl.errors.badParams(invalid.join(', '))}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {nl.common.close}
      </button>
    </div>
  );
}
