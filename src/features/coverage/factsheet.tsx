import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { campaignStrings, nl } from './strings';
import type { CoverageResult } from '../../shared/model/coverage';
import { formatDate } from '../../shared/model/dates';
import { localToday } from '../../shared/model/freshness';
import type { Dataset } from '../../shared/model/schema';
import { DEFAULT_STATE, serializeUrlState, type UrlState } from '../../shared/model/url-state';
import { GemeenteFactsheetBody } from './factsheet-gemeente';
import { ProvinceFactsheetBody } from './factsheet-province';
import {
  FACTSHEET_SINCE_YEAR,
  factsheetPages,
  gemeenteFactsheet,
  provinceFactsheet,
} from './model/factsheet';
import './coverage.css';
import './factsheet.css';

const t = campaignStrings.factsheet;

/**
 * The printable factsheet of a gemeente (`gm`) or a province (`prov`) for councils and VNG
 * meetings: status and age, reach, the nearest help, sources with dates and the date printed, on
 * the number of A4 pages it states. On screen it has a way back and a print button.
 */
export function Factsheet({
  dataset,
  coverage,
  state,
}: {
  dataset: Dataset;
  coverage: CoverageResult;
  state: UrlState;
}): JSX.Element {
  const [printedOn] = useState(localToday);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const gemeente = useMemo(
    () => (state.gemeente ? gemeenteFactsheet(dataset, coverage, state.gemeente) : undefined),
    [dataset, coverage, state.gemeente],
  );
  const province = useMemo(
    () =>
      !gemeente && state.province
        ? provinceFactsheet(dataset, coverage, state.province, FACTSHEET_SINCE_YEAR)
        : undefined,
    [dataset, coverage, state.province, gemeente],
  );
  useEffect(() => {
    headingRef.current?.focus();
  }, [state.gemeente, state.province]);

  const name = gemeente?.profile.gemeente.name ?? province?.name;
  const back = serializeUrlState({
    ...DEFAULT_STATE,
    view: 'dekking',
    ...(state.gemeente ? { gemeente: state.gemeente } : {}),
    ...(state.province ? { province: state.province } : {}),
  });
  const pages = gemeente
    ? factsheetPages('gemeente', 0, gemeente.sources.length)
    : factsheetPages('provincie', province?.rows.length ?? 0, province?.sources.length ?? 0);

  return (
    <article className="factsheet print-alone" aria-labelledby="blad-titel">
      <div className="factsheet__actions no-print">
        <a href={back}>{t.back}</a>
        {name ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              window.print();
            }}
          >
            {t.print}
          </button>
        ) : null}
      </div>
      <header className="factsheet__head">
        <p className="factsheet__brand">{nl.app.title}</p>
        <h2 id="blad-titel" ref={headingRef} tabIndex={-1}>
          {name ? t.title(name) : t.notFound}
        </h2>
        {name ? (
          <>
            <p>{t.subtitle}</p>
            <p className="note">
              {t.printedOn(formatDate(printedOn))} {t.pages(pages)}
            </p>
          </>
        ) : null}
      </header>
      {gemeente ? (
        <GemeenteFactsheetBody sheet={gemeente} dataset={dataset} coverage={coverage} />
      ) : null}
      {province ? (
        <ProvinceFactsheetBody sheet={province} dataset={dataset} coverage={coverage} />
      ) : null}
      {name ? (
        <footer className="factsheet__foot note">
          <p>{nl.coverageView.populationNote(dataset.populationNote)}</p>
          <p>{t.dataVersion(dataset.version, formatDate(dataset.checkedUntil))}</p>
        </footer>
      ) : null}
    </article>
  );
}
