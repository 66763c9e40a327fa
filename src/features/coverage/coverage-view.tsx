import type { JSX } from 'react';
import { useOwnData, type OwnData } from '../../shared/state/own-data';
import { CoveragePanel } from './coverage-panel';
import { CoverageTable as DekkingTable } from './coverage-table';
import { OwnDataBanner } from './own-data-banner';
import { Factsheet } from './factsheet';
import { ReachContext } from './reach-context';
import type { CoverageViewProps } from './types';
import './coverage.css';
import './campaign.css';

/**
 * The Dekking view: which gemeenten have sociaal raadsliedenwerk, which do not, and where we do
 * not know. The app places CoverageBesideMap beside the map and CoverageTable below it; both take the
 * same props, so they always show the same data and filters.
 *
 * In the `blad` view CoverageBesideMap is the printable factsheet of a gemeente or province instead:
 * it shares most of its code with Dekking, and one entry point keeps the first view from growing
 * (every extra lazy entry adds to what the first view carries).
 */
export function CoverageBesideMap(props: CoverageViewProps): JSX.Element {
  const own = useOwnData(props.dataset);
  return (
    <ReachContext value={props.reach}>
      {props.state.view === 'blad' ? (
        // A factsheet is for print and sharing: always the published data.
        <Factsheet dataset={props.dataset} coverage={props.coverage} state={props.state} />
      ) : (
        <CoveragePanel
          {...withOwnData(props, own)}
          notice={own ? <OwnDataBanner own={own} /> : undefined}
        />
      )}
    </ReachContext>
  );
}

export function CoverageTable(props: CoverageViewProps): JSX.Element {
  const own = useOwnData(props.dataset);
  return <DekkingTable {...withOwnData(props, own)} />;
}

/**
 * The owner's rows ("Eigen gegevens"), when loaded and chosen, in place of the published data:
 * summary, table, profiles and (through the same store) the map then show the same picture.
 */
function withOwnData(props: CoverageViewProps, own: OwnData | undefined): CoverageViewProps {
  const picture = own?.picture;
  return picture ? { ...props, dataset: picture.dataset, coverage: picture.coverage } : props;
}
