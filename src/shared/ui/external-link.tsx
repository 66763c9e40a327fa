import type { ReactNode } from 'react';
import { nl } from '../i18n/nl';
import { safeHref } from '../model/links';

/**
 * A link that leaves the app. Non-http(s) URLs render as plain text, so a `javascript:` that
 * slipped into a data file can never become a link.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = safeHref(href);
  if (!safe || !/^https?:/.test(safe)) return <span>{children}</span>;
  return (
    <a href={safe} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden">{nl.common.newWindow}</span>
    </a>
  );
}
