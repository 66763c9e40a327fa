import type { JSX } from 'react';
import { CoverageSide as DekkingSide } from './coverage-side';
import { Factsheet } from './factsheet';
import { ReachContext } from './reach-context';
import type { CoverageViewProps } from './types';
import './coverage.css';
import './campaign.css';

/**
 * The Dekking view: which gemeenten have sociaal raadsliedenwerk, which do not, and where we do
 * not know. The app places CoverageSide beside the map and CoverageTable below it; both take the
 * same props, so they always show the same data and filters.
 *
 * In the `blad` view CoverageSide is the printable factsheet of a gemeente or province instead:
 * it shares most of its code with Dekking, and one entry point keeps the first view from growing
 * (every extra lazy entry adds to what the first view carries).
 */
export function CoverageSide(props: CoverageViewProps): JSX.Element {
  return (
    <ReachContext value={props.reach}>
      {props.state.view === 'blad' ? (
        <Factsheet dataset={props.dataset} coverage={props.coverage} state={props.state} />
      ) : (
        <DekkingSide {...props} />
      )}
    </ReachContext>
  );
}

export { CoverageTable } from './coverage-table';
