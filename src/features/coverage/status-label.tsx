import type { JSX } from 'react';
import { nl } from './strings';
import type { CoverageState } from '../../shared/model/coverage';

/** The swatch of a state (colour, hatch for `niet`, dots when outdated); the words always stand next to it. */
export function StatusSwatch({ state }: { state: CoverageState }): JSX.Element {
  return <span className={`coverage-swatch coverage-swatch--${state}`} aria-hidden="true" />;
}

/** A state as swatch plus words, so it never depends on colour alone. */
export function StatusLabel({ state }: { state: CoverageState }): JSX.Element {
  return (
    <span className="coverage-status">
      <StatusSwatch state={state} />
      {nl.freshness.state[state]}
    </span>
  );
}
