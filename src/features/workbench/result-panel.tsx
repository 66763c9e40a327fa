import { useMemo, useState } from 'react';
import {
  COVERAGE_STATES,
  type CoverageResult,
  type CoverageState,
} from '../../shared/model/coverage';
import { nl } from '../../shared/i18n/nl';
import type { Dataset } from '../../shared/model/schema';
import { downloadText } from '../../shared/ui/download';
import { changeReport, mergedCsvFiles } from './model/export';
import { ageCounts, compare, ownClaimAges, type MergeMode, type OwnRecords } from './model/merge';
import { strings } from './strings';

const label = (state: CoverageState) => nl.freshness.state[state];

const signed = (n: number) => (n > 0 ? `+${String(n)}` : String(n));

/** The national picture with the owner's rows: counts, ages, changes, conflicts and downloads. */
export function ResultPanel({
  dataset,
  published,
  own,
  today,
}: {
  dataset: Dataset;
  published: CoverageResult;
  own: OwnRecords;
  today: string;
}) {
  const [mode, setMode] = useState<MergeMode>('samen');
  const comparison = useMemo(
    () => compare(dataset, published, own, mode, today),
    [dataset, published, own, mode, today],
  );
  const ages = useMemo(() => ageCounts(ownClaimAges(own, today)), [own, today]);
  const t = strings.result;
  return (
    <section aria-labelledby="workbench-result-title" className="workbench__result">
      <h3 id="workbench-result-title">{t.title}</h3>
      <p className="workbench__banner">{t.banner}</p>
      <fieldset>
        <legend>{t.mode}</legend>
        {(['samen', 'alleen'] as const).map((value) => (
          <label key={value} className="workbench__check">
            <input
              type="radio"
              name="workbench-mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
              }}
            />
            {value === 'samen' ? t.together : t.alone}
          </label>
        ))}
      </fieldset>
      <div className="workbench__scroll">
        <table>
          <caption>{t.countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.before}</th>
              <th scope="col">{t.after}</th>
              <th scope="col">{t.difference}</th>
            </tr>
          </thead>
          <tbody>
            {COVERAGE_STATES.map((state) => {
              const before = comparison.before.gemeenten[state];
              const after = comparison.after.gemeenten[state];
              return (
                <tr key={state}>
                  <th scope="row">{label(state)}</th>
                  <td>{before}</td>
                  <td>{after}</td>
                  <td>{signed(after - before)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>{t.ages(ages.actueel, ages.verouderd, ages.onbekend)}</p>
      <p>
        {t.newPlaces(comparison.newPlaces.length)}{' '}
        {comparison.replaced > 0 ? t.replaced(comparison.replaced) : null}
      </p>

      <h4>{t.changesTitle}</h4>
      {comparison.changes.length === 0 ? (
        <p>{t.changesNone}</p>
      ) : (
        <div className="workbench__scroll">
          <table>
            <caption className="visually-hidden">{t.changesTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.gemeente}</th>
                <th scope="col">{t.was}</th>
                <th scope="col">{t.becomes}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.changes.map((c) => (
                <tr key={c.code}>
                  <th scope="row">{c.name}</th>
                  <td>{label(c.before)}</td>
                  <td>{label(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {mode === 'samen' ? (
        <>
          <h4>{t.conflictsTitle}</h4>
          {comparison.conflicts.length === 0 ? (
            <p>{t.conflictsNone}</p>
          ) : (
            <div className="workbench__scroll">
              <table>
                <caption className="visually-hidden">{t.conflictsTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.gemeente}</th>
                    <th scope="col">{t.published}</th>
                    <th scope="col">{t.yours}</th>
                    <th scope="col">{t.wins}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.conflicts.map((c) => (
                    <tr key={c.code}>
                      <th scope="row">{c.name}</th>
                      <td>{c.published}</td>
                      <td>{c.own}</td>
                      <td>{t.winner[c.winner]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}

      <h4>{strings.export.title}</h4>
      <p>{strings.export.intro}</p>
      <div className="workbench__buttons">
        {(['evidence.csv', 'services.csv'] as const).map((name) => (
          <button
            key={name}
            type="button"
            onClick={() => {
              const file = mergedCsvFiles(dataset, own, mode).find((f) => f.file === name);
              if (file) downloadText(file.file, file.text, 'text/csv;charset=utf-8');
            }}
          >
            {name === 'evidence.csv' ? strings.export.evidence : strings.export.services}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            downloadText(
              strings.export.reportName,
              changeReport(comparison, own, label, today),
              'text/plain;charset=utf-8',
            );
          }}
        >
          {strings.export.report}
        </button>
      </div>
      {own.locations.length > 0 ? <p>{strings.export.placesLater}</p> : null}
    </section>
  );
}
