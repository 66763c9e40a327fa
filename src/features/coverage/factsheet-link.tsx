import type { JSX } from 'react';
import { DEFAULT_STATE, serializeUrlState } from '../../shared/model/url-state';

/**
 * A real link to the printable factsheet of a gemeente or a province (it opens in a new tab too,
 * and can be shared); the factsheet is a view of its own, without the map.
 */
export function FactsheetLink({
  target,
  label,
}: {
  target: { gemeente: string } | { province: string };
  label: string;
}): JSX.Element {
  const href = serializeUrlState({ ...DEFAULT_STATE, view: 'blad', ...target });
  return (
    <p className="no-print">
      <a className="coverage-factsheet-link" href={href}>
        {label}
      </a>
    </p>
  );
}
