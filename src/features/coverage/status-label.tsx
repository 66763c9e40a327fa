import type { JSX } from 'react';
import { nl } from '../../shared/i18n/nl';
import type { CoverageStatus } from '../../shared/model/schema';

/** The colour swatch of a status; decoration only, the words always stand next to it. */
export function StatusSwatch({ status }: { status: CoverageStatus }): JSX.Element {
  return <span className={`coverage-swatch coverage-swatch--${status}`} aria-hidden="true" />;
}

/** A status as swatch plus words, so it never depends on colour alone. */
export function StatusLabel({ status }: { status: CoverageStatus }): JSX.Element {
  return (
    <span className="coverage-status">
      <StatusSwatch status={status} />
      {nl.coverage[status]}
    </span>
  );
}
