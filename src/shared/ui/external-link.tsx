import type { ReactNode } from 'react';
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
      <span className="visually-hidden"> (opent in een nieuw venster)</span>
    </a>
  );
}
