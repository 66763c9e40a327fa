import { useId, useMemo, type JSX } from 'react';
import type { CoverageResult } from '../../shared/model/coverage';
import type { Dataset } from '../../shared/model/schema';
import { formatNumber } from './model/format';
import { reachCompleteness, servedWithoutOffice } from './model/reach-view';
import { FarFromHelp, ReachCaveats, ReachTable } from './reach-figures';
import { useReach } from './reach-context';
import { ReachPending } from './reach-section';
import { campaignStrings } from './strings';

const t = campaignStrings.reach;

/** A gemeente's own reach figures in its profile (and factsheet), with their caveats. */
export function ProfileReach({
  dataset,
  coverage,
  code,
  name,
  headingLevel = 3,
}: {
  dataset: Dataset;
  coverage: Pick<CoverageResult, 'byCode'>;
  code: string;
  name: string;
  headingLevel?: 2 | 3;
}): JSX.Element {
  const id = useId();
  const load = useReach();
  const reach = load.data;
  const completeness = useMemo(
    () => (reach ? reachCompleteness(dataset, reach) : undefined),
    [dataset, reach],
  );
  const area = reach?.gemeenten[code];
  const gemeente = dataset.gemeenten.find((g) => g.code === code);
  const noOffice = reach && gemeente ? servedWithoutOffice([gemeente], coverage, reach) : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-title`} className="coverage-profile-reach">
      <Heading id={`${id}-title`}>{t.profileTitle}</Heading>
      {reach && area && completeness ? (
        <>
          <p>{t.intro}</p>
          <FarFromHelp area={area} />
          <ReachTable area={area} scope={name} />
          {noOffice && noOffice.gemeenten > 0 ? (
            <p className="note">{t.servedNoOfficeHere(formatNumber(area.inwoners))}</p>
          ) : null}
          <ReachCaveats completeness={completeness} />
        </>
      ) : (
        <ReachPending load={load} />
      )}
    </section>
  );
}
