import { useMemo } from 'react';
import {
  COVERAGE_STATES,
  type CoverageResult,
  type CoverageState,
} from '../../shared/model/coverage';
import { nl } from '../../shared/i18n/nl';
import { PLACE_KINDS, type Dataset } from '../../shared/model/schema';
import { downloadText } from '../../shared/ui/download';
import { HsdsDownload } from './hsds-download';
import { DEFAULT_STATE, serializeUrlState } from '../../shared/model/url-state';
import { changeReport, mergedCsvFiles, mergedPlaceFiles } from './model/export';
import type { MergeMode, OwnRecords } from '../../shared/model/own-data';
import { ageCounts, compare, ownClaimAges } from './model/merge';
import { SimpleTable } from './simple-table';
import { strings } from './strings';

const label = (state: CoverageState) => nl.freshness.state[state];

const signed = (n: number) => (n > 0 ? `+${String(n)}` : String(n));

/** The national picture with the owner's rows: counts, ages, changes, conflicts and downloads. */
export function ResultPanel({
  dataset,
  published,
  own,
  today,
  mode,
  onMode,
}: {
  dataset: Dataset;
  published: CoverageResult;
  own: OwnRecords;
  today: string;
  /** Kept in the shared store: Dekking and its map show the same choice. */
  mode: MergeMode;
  onMode: (mode: MergeMode) => void;
}) {
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
      <p>
        <a href={serializeUrlState({ ...DEFAULT_STATE, view: 'dekking' })}>{strings.keep.toMap}</a>
      </p>
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
                onMode(value);
              }}
            />
            {value === 'samen' ? t.together : t.alone}
          </label>
        ))}
      </fieldset>
      <SimpleTable
        caption={t.countsCaption}
        head={[t.status, t.before, t.after, t.difference]}
        rows={COVERAGE_STATES.map((state) => {
          const before = comparison.before.gemeenten[state];
          const after = comparison.after.gemeenten[state];
          return { key: state, cells: [label(state), before, after, signed(after - before)] };
        })}
      />
      <p>{t.ages(ages.actueel, ages.verouderd, ages.onbekend)}</p>
      <p>
        {t.newPlaces(comparison.newPlaces.length)}{' '}
        {comparison.replaced > 0 ? t.replaced(comparison.replaced) : null}
      </p>

      <h4>{t.changesTitle}</h4>
      {comparison.changes.length === 0 ? (
        <p>{t.changesNone}</p>
      ) : (
        <SimpleTable
          caption={t.changesTitle}
          hideCaption
          head={[t.gemeente, t.was, t.becomes]}
          rows={comparison.changes.map((c) => ({
            key: c.code,
            cells: [c.name, label(c.before), label(c.after)],
          }))}
        />
      )}

      {mode === 'samen' ? (
        <>
          <h4>{t.conflictsTitle}</h4>
          {comparison.conflicts.length === 0 ? (
            <p>{t.conflictsNone}</p>
          ) : (
            <SimpleTable
              caption={t.conflictsTitle}
              hideCaption
              head={[t.gemeente, t.published, t.yours, t.wins]}
              rows={comparison.conflicts.map((c) => ({
                key: c.code,
                cells: [c.name, c.published, c.own, t.winner[c.winner]],
              }))}
            />
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
        {PLACE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => {
              const file = mergedPlaceFiles(dataset, own, mode).find(
                (f) => f.file === `locations-${kind}.csv`,
              );
              if (file) downloadText(file.file, file.text, 'text/csv;charset=utf-8');
            }}
          >
            {strings.export.places[kind]}
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
      <p className="workbench__hint">{strings.export.internal}</p>
      <HsdsDownload dataset={dataset} own={own} mode={mode} today={today} />
    </section>
  );
}
