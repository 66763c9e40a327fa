import { linkText } from '../shared/i18n/link-text';
import { nl } from '../shared/i18n/nl';
import type { UrlProblem } from '../shared/model/url-state';

/**
 * Says that part of a shared link was ignored, and which kind of part, instead of failing or
 * silently dropping it. Never repeats the link's text: a link can say anything ("Bel 0900-…"),
 * and this page must not lend it our voice. Fixed texts only, so the notice stays short.
 */
export function UrlNotice({
  invalid,
  onDismiss,
}: {
  invalid: readonly UrlProblem[];
  onDismiss: () => void;
}) {
  if (invalid.length === 0) return null;
  const parts = invalid.map((problem) => linkText.badLinkParts[problem]).join(', ');
  return (
    <div className="notice notice--warning" role="status">
      <p>
        {linkText.badLink} {linkText.badLinkWhich(parts)}
      </p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {nl.common.close}
      </button>
    </div>
  );
}
