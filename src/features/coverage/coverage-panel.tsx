import { campaignStrings, nl } from './strings';
import { statusTotal } from '../../shared/model/coverage';
import { useEffect, useMemo, useRef, type JSX, type ReactNode } from 'react';
import { CoverageDownloads } from './coverage-downloads';
import { CoverageHistory } from './coverage-history';
import { CoverageFilters } from './coverage-filters';
import { CoverageLegend } from './coverage-legend';
import { SummaryByAge, SummaryTable } from './coverage-summary';
import { GemeenteProfile } from './gemeente-profile';
import { formatDate } from '../../shared/model/dates';
import { DEFAULT_STATE, serializeUrlState } from '../../shared/model/url-state';
import { formatNumber, formatShare } from './model/format';
import { provinceList } from './model/provinces';
import { summarizeCoverage } from './model/summary';
import { buildCoverageRows } from './model/table-rows';
import { FactsheetLink } from './factsheet-link';
import { ReachSection } from './reach-section';
import { useReachLayer } from './reach-map-choice';

import { gemeenteButtonId, type CoverageViewProps } from './types';

const t = nl.coverageView;

/**
 * The column beside the map: legend, filters and the national (and provincial) summary with the
 * reference figure; or, when a gemeente is chosen, its profile. Focus follows: to the profile's
 * name when it opens, back to the gemeente in the table (or this heading) when it closes.
 */
export function CoveragePanel({
  dataset,
  coverage,
  state,
  update,
  reach,
  reachLayer,
  onReachLayer,
  notice,
}: CoverageViewProps & {
  /** Shown right under the heading: the banner when the owner's own rows are on the map. */
  notice?: ReactNode;
}): JSX.Element {
  useReachLayer(reach.data, reachLayer, onReachLayer);
  const provinces = useMemo(() => provinceList(dataset.gemeenten), [dataset.gemeenten]);
  const rows = useMemo(() => buildCoverageRows(dataset, coverage), [dataset, coverage]);
  const national = useMemo(
    () => summarizeCoverage(dataset.gemeenten, coverage, undefined, t.netherlands),
    [dataset.gemeenten, coverage],
  );
  const provincial = useMemo(
    () =>
      state.province && provinces.some((p) => p.code === state.province)
        ? summarizeCoverage(dataset.gemeenten, coverage, state.province, t.netherlands)
        : undefined,
    [dataset.gemeenten, coverage, provinces, state.province],
  );

  const headingRef = useRef<HTMLHeadingElement>(null);
  const profileHeadingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(state.gemeente);
  useEffect(() => {
    const before = previous.current;
    previous.current = state.gemeente;
    if (state.gemeente && state.gemeente !== before) {
      profileHeadingRef.current?.focus();
    } else if (!state.gemeente && before) {
      // Only when focus was lost with the profile (e.g. its back button), never to steal it.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost) (document.getElementById(gemeenteButtonId(before)) ?? headingRef.current)?.focus();
    }
  }, [state.gemeente]);

  const unknown = national.totals.gemeenten.onbekend;
  const wel = statusTotal(national.totals.gemeenten, 'wel');

  return (
    <section className="coverage-side" aria-labelledby="dekking-titel">
      <h2 id="dekking-titel" ref={headingRef} tabIndex={-1} className="no-print">
        {t.title}
      </h2>
      {notice}
      {state.gemeente ? (
        <GemeenteProfile
          dataset={dataset}
          coverage={coverage}
          code={state.gemeente}
          headingRef={profileHeadingRef}
          onBack={() => {
            update({ gemeente: undefined }, { push: true });
          }}
        />
      ) : (
        <p>{t.intro}</p>
      )}

      <div className="no-print">
        <CoverageLegend summary={provincial ?? national} />
        <CoverageFilters provinces={provinces} state={state} update={update} />
      </div>

      {!state.gemeente && (
        <>
          <section aria-labelledby="dekking-samenvatting">
            <h3 id="dekking-samenvatting">{t.summaryTitle}</h3>
            <h4>{t.byAgeTitle}</h4>
            <SummaryByAge summary={national} />
            <SummaryTable summary={national} />
            {provincial && (
              <>
                <h4>{`${t.byAgeTitle} ${provincial.label}`}</h4>
                <SummaryByAge summary={provincial} />
                <SummaryTable summary={provincial} />
                {provincial.provinceCode ? (
                  <FactsheetLink
                    target={{ province: provincial.provinceCode }}
                    label={campaignStrings.factsheet.openProvince(provincial.label)}
                  />
                ) : null}
              </>
            )}
            <p>
              {t.shareOurs(
                formatShare(wel, national.gemeenten),
                formatNumber(wel),
                formatNumber(national.gemeenten),
              )}{' '}
              {unknown > 0 && t.shareIsMinimum}
            </p>
            <p>
              {t.reference} <a href={t.referenceUrl}>{t.referenceLink}</a>
            </p>
            <p className="emphasis">
              {unknown > 0 ? t.unknownCount(formatNumber(unknown)) : t.unknownNone}
            </p>
            <p className="note">{t.populationNote(dataset.populationNote)}</p>
            <p className="note">
              {nl.app.dataVersion(dataset.version, formatDate(dataset.checkedUntil))}
            </p>
          </section>
          <ReachSection
            dataset={dataset}
            coverage={coverage}
            provinces={provinces}
            provinceCode={provincial?.provinceCode}
            reachLayer={reachLayer}
            onChooseReach={(kind) => {
              update({ reach: kind }, { push: true });
            }}
          />
          <CoverageHistory dataset={dataset} today={coverage.today} />
          <CoverageDownloads rows={rows} checkedUntil={dataset.checkedUntil} />
          <p className="no-print">
            <a href={serializeUrlState({ ...DEFAULT_STATE, view: 'gegevens' })}>{t.ownData}</a>
          </p>
        </>
      )}
    </section>
  );
}
