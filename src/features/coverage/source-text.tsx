import type { JSX } from 'react';
import { hostLabel, isWebUrl } from './model/format';

/**
 * A source as a link when it is an http(s) address, and as plain text when it is a document name,
 * so nothing else from the data ever becomes an href.
 */
export function SourceText({
  source,
  long = false,
}: {
  source: string;
  long?: boolean;
}): JSX.Element {
  if (!isWebUrl(source)) return <span className="coverage-source-doc">{source}</span>;
  return (
    <a href={source} className="coverage-source-link" rel="noreferrer">
      {long ? source : hostLabel(source)}
    </a>
  );
}
