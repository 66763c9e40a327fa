import { useEffect, useMemo, useState } from 'react';
import { writeCsv } from '../../shared/intake/csv-write';
import { localToday } from '../../shared/model/freshness';
import type { CoverageResult } from '../../shared/model/coverage';
import type { Dataset } from '../../shared/model/schema';
import { downloadText } from '../../shared/ui/download';
import { ownDataStore, useOwnData } from '../../shared/state/own-data';
import { formatDate } from '../../shared/model/dates';
import { KeepChoice } from './keep-choice';
import { confirmKey, ownRecords } from './model/merge';
import type { CheckResult, SheetClaim } from './model/check-files';
import { ProblemTable } from './problem-table';
import { ResultPanel } from './result-panel';
import { SimpleTable } from './simple-table';
import { strings } from './strings';
import { useCheck } from './use-check';
import { useDropZone } from './use-drop-zone';
import './workbench.css';

/**
 * "Eigen gegevens": a data owner loads their own list, sees every row's verdict and the
 * national picture recomputed with it. Everything happens in this browser.
 */
export function WorkbenchView({
  dataset,
  coverage,
}: {
  dataset: Dataset;
  coverage: CoverageResult;
}) {
  const [today] = useState(localToday);
  const { state, check, clear } = useCheck(dataset.gemeenten, today);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());

  const start = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setConfirmed(new Set());
    void check([...files]);
  };
  const { ref: dropZone, dragging } = useDropZone(start);
  const result = state.phase === 'done' ? state.result : undefined;
  const checked = useMemo(
    () => (result ? ownRecords(result, confirmed) : undefined),
    [result, confirmed],
  );
  // The rows travel to Dekking and its map through the shared store (read back if kept).
  const stored = useOwnData(dataset);
  useEffect(() => {
    if (checked) ownDataStore.load(dataset, checked);
  }, [dataset, checked]);
  /** This check's rows; or, after a reload or a visit to Dekking, those in the store. */
  const own = checked ?? stored?.records;
  const remove = () => {
    ownDataStore.remove();
    clear();
    setConfirmed(new Set());
  };

  return (
    <article className="page workbench">
      <h2>{strings.title}</h2>
      {strings.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <div
        ref={dropZone}
        className={`workbench__drop${dragging ? ' workbench__drop--active' : ''}`}
      >
        <label htmlFor="workbench-files">{strings.pick}</label>
        <p id="workbench-files-hint" className="workbench__hint">
          {strings.pickHint} {strings.drop}
        </p>
        <input
          id="workbench-files"
          type="file"
          multiple
          accept=".csv,text/csv"
          aria-describedby="workbench-files-hint"
          onChange={(event) => {
            start(event.currentTarget.files);
          }}
        />
      </div>
      <p role="status" className="workbench__status">
        {state.phase === 'checking' ? strings.checking : null}
        {result
          ? strings.checked(
              result.files.reduce((sum, f) => sum + f.rowsIn, 0),
              (result.ms / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 }),
            )
          : null}
      </p>
      {state.phase === 'failed' ? (
        <p role="alert" className="workbench__error">
          {strings.failed}
        </p>
      ) : null}
      {!result && stored ? (
        <p className="workbench__kept">
          {stored.keptOn ? strings.keep.restored(formatDate(stored.keptOn)) : strings.keep.inMemory}
        </p>
      ) : null}
      {own ? (
        <>
          <button type="button" className="workbench__clear" onClick={remove}>
            {strings.clear}
          </button>
          {result ? (
            <>
              <FileTable result={result} />
              <Confirmations claims={result.claims} confirmed={confirmed} onChange={setConfirmed} />
              <ProblemTable problems={result.problems} />
            </>
          ) : null}
          <KeepChoice kept={stored?.keptOn} />
          <ResultPanel
            dataset={dataset}
            published={coverage}
            own={own}
            today={today}
            mode={stored?.mode ?? 'samen'}
            onMode={ownDataStore.setMode}
          />
        </>
      ) : null}
      <Template />
    </article>
  );
}

function FileTable({ result }: { result: CheckResult }) {
  const t = strings.files;
  return (
    <section aria-labelledby="workbench-files-title">
      <h3 id="workbench-files-title">{t.title}</h3>
      <SimpleTable
        caption={t.caption}
        head={[t.name, t.kind, t.rowsIn, t.accepted, t.refused, t.waiting]}
        rows={result.files.map((f, i) => ({
          key: `${f.name}-${String(i)}`,
          cells: [
            <>
              {f.name}
              {f.encoding && f.delimiter ? (
                <span className="workbench__note">
                  {t.read(t.encoding[f.encoding], t.delimiter[f.delimiter])}
                </span>
              ) : null}
              {f.notes.map((note) => (
                <span key={note} className="workbench__note">
                  {note}
                </span>
              ))}
            </>,
            t.kinds[f.kind],
            f.rowsIn,
            f.accepted,
            f.refused,
            f.waiting,
          ],
        }))}
      />
    </section>
  );
}

/** One checkbox per typed name that matched a gemeente only roughly. */
function Confirmations({
  claims,
  confirmed,
  onChange,
}: {
  claims: readonly SheetClaim[];
  confirmed: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}) {
  const groups = new Map<string, SheetClaim[]>();
  for (const claim of claims) {
    if (!claim.confirm) continue;
    const key = confirmKey(claim);
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  if (groups.size === 0) return null;
  const t = strings.confirm;
  return (
    <fieldset className="workbench__confirm">
      <legend>{t.title}</legend>
      <p>{t.intro}</p>
      {[...groups].map(([key, group]) => {
        const first = group[0]?.confirm;
        if (!first) return null;
        const lines = `${group[0]?.file ?? ''}, regel ${group.map((c) => c.line).join(', ')}`;
        return (
          <label key={key} className="workbench__check">
            <input
              type="checkbox"
              checked={confirmed.has(key)}
              onChange={(event) => {
                const next = new Set(confirmed);
                if (event.currentTarget.checked) next.add(key);
                else next.delete(key);
                onChange(next);
              }}
            />
            {t.label(first.typed, first.name, first.code, t.how[first.how], lines)}
          </label>
        );
      })}
    </fieldset>
  );
}

function Template() {
  const t = strings.template;
  return (
    <section aria-labelledby="workbench-template-title">
      <h3 id="workbench-template-title">{t.title}</h3>
      <p>{t.intro}</p>
      <dl className="workbench__columns">
        {t.columns.map(([name, meaning]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={() => {
          downloadText(
            t.fileName,
            writeCsv(
              t.columns.map(([name]) => name),
              [],
            ),
            'text/csv;charset=utf-8',
          );
        }}
      >
        {t.button}
      </button>
    </section>
  );
}
