import type { JSX } from 'react';
import { CoverageSide as DekkingSide } from './coverage-side';
import { Factsheet } from './factsheet';
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
  if (props.state.view === 'blad') {
    return <Factsheet dataset={props.dataset} coverage={props.coverage} state={props.state} />;
  }
  return <DekkingSide {...props} />;
}

export { CoverageTable } from './coverage-table';
