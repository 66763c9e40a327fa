import { useCallback, useEffect, useId, useMemo, useRef, useState, type JSX } from 'react';
import { NearbyPanel } from '../features/nearby/components/nearby-panel';
import { findNearby } from '../features/nearby/model/nearby';
import { resolveOrigin } from '../features/nearby/model/resolve-origin';
import { dataUrl, fetchJson } from '../shared/data/fetch-json';
import { computeCoverage } from '../shared/model/coverage';
import type { EmbedPreset } from '../shared/model/embed';
import { localToday } from '../shared/model/freshness';
import { parsePostcode } from '../shared/model/postcode';
import { joinDataset } from '../shared/model/dataset-split';
import {
  coreDatasetSchema,
  datasetDetailsSchema,
  placeListSchema,
  postcodeTableSchema,
  type Dataset,
  type PostcodeTable,
} from '../shared/model/schema';
import type { NearbyOrigin } from '../shared/model/url-state';
import { embedStrings as t } from './strings';

type Load<T> = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; data: T };

/** Loads a data file of our own origin once; `retry` tries again. */
function useDataFile<T>(load: (signal: AbortSignal) => Promise<T>, enabled = true) {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        setResult({ state: 'ready', data });
      },
      () => {
        if (!controller.signal.aborted) setResult({ state: 'failed' });
      },
    );
    return () => {
      controller.abort();
    };
  }, [load, enabled, attempt]);
  // Loading again shows the status at once; the effect then fetches for the new attempt.
  const retry = useCallback(() => {
    setResult({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { result, retry };
}

/** All three parts of the dataset at once: the embed answers straight away, so it needs them all. */
const loadDataset = async (signal: AbortSignal): Promise<Dataset> => {
  const [core, places, details] = await Promise.all([
    fetchJson(dataUrl('dataset.json'), coreDatasetSchema, signal),
    fetchJson(dataUrl('places.json'), placeListSchema, signal),
    fetchJson(dataUrl('details.json'), datasetDetailsSchema, signal),
  ]);
  return joinDataset(core, places, details);
};
const loadPostcodes = (signal: AbortSignal) =>
  fetchJson(dataUrl('postcodes.json'), postcodeTableSchema, signal);

/** Opens a place or the whole map in a new tab: the partner's page stays where it is. */
function openApp(hash: string): void {
  window.open(`${import.meta.env.BASE_URL}${hash}`, '_blank', 'noopener,noreferrer');
}

/**
 * "Hulp bij u in de buurt" for a partner's page: a postcode field and, for the preset gemeente (or
 * the one the postcode lies in), the sociaal raadslieden that serve it and the nearest IDO's and
 * Juridisch Loket offices. Everything is looked up in files from our own origin: the postcode is
 * never sent anywhere.
 */
export function EmbedApp({ preset }: { preset: EmbedPreset }): JSX.Element {
  const dataset = useDataFile(loadDataset);
  const [origin, setOrigin] = useState<NearbyOrigin | undefined>(
    preset.gemeente ? { type: 'gemeente', code: preset.gemeente } : undefined,
  );
  const needsTable = origin?.type === 'postcode';
  const postcodes = useDataFile(loadPostcodes, needsTable);

  if (dataset.result.state !== 'ready') {
    return (
      <main className="embed">
        <h1>{t.title}</h1>
        <Pending load={dataset.result} onRetry={dataset.retry} loading={t.loading} />
      </main>
    );
  }
  return (
    <main className="embed">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <Finder
        dataset={dataset.result.data}
        preset={preset}
        origin={origin}
        setOrigin={setOrigin}
        table={postcodes.result.state === 'ready' ? postcodes.result.data : undefined}
        tableLoad={needsTable ? postcodes : undefined}
      />
      <p className="note">
        {t.source}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            openApp('');
          }}
        >
          {t.fullMap}
        </button>
      </p>
    </main>
  );
}

/** A status while loading, or an alert with a retry when the file failed. */
function Pending<T>({
  load,
  onRetry,
  loading,
}: {
  load: Load<T>;
  onRetry: () => void;
  loading: string;
}): JSX.Element | null {
  if (load.state === 'ready') return null;
  if (load.state === 'loading') return <p role="status">{loading}</p>;
  return (
    <div role="alert">
      <p>{t.failed}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

function Finder({
  dataset,
  preset,
  origin,
  setOrigin,
  table,
  tableLoad,
}: {
  dataset: Dataset;
  preset: EmbedPreset;
  origin: NearbyOrigin | undefined;
  setOrigin: (origin: NearbyOrigin) => void;
  table: PostcodeTable | undefined;
  tableLoad: { result: Load<PostcodeTable>; retry: () => void } | undefined;
}): JSX.Element {
  const inputId = useId();
  const hintId = useId();
  const selectId = useId();
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [today] = useState(localToday);
  const coverage = useMemo(
    () => computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, today),
    [dataset, today],
  );
  // A province preset offers only its gemeenten; otherwise all.
  const choices = useMemo(
    () =>
      dataset.gemeenten
        .filter((g) => !preset.province || g.provinceCode === preset.province)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [dataset, preset.province],
  );
  const resolved = origin ? resolveOrigin(origin, dataset.gemeenten, table) : undefined;
  const nearby =
    resolved?.ok === true
      ? findNearby(dataset, coverage, resolved.point, resolved.gemeenteCode)
      : undefined;
  const count = (kind: string) => dataset.locations.filter((l) => l.kind === kind).length;

  // After the visitor asks (a postcode, a gemeente), the answer takes focus once, as in the app.
  const asked = useRef(false);
  const claimFocus = useCallback(() => {
    const claim = asked.current;
    asked.current = false;
    return claim;
  }, []);
  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const parsed = parsePostcode(typed);
    setInvalid(!parsed);
    if (parsed) {
      asked.current = true;
      setOrigin({ type: 'postcode', pc4: parsed.pc4, letters: parsed.letters });
    }
  };

  return (
    <>
      <form className="embed__form" onSubmit={submit} role="search">
        <label htmlFor={inputId}>{t.postcodeLabel}</label>
        <p id={hintId} className="note">
          {t.postcodeHint}
        </p>
        <div className="embed__row">
          <input
            id={inputId}
            type="text"
            inputMode="text"
            autoComplete="postal-code"
            aria-describedby={hintId}
            aria-invalid={invalid}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
            }}
          />
          <button type="submit">{t.search}</button>
        </div>
        {invalid ? <p role="alert">{t.badPostcode}</p> : null}
      </form>
      {tableLoad ? (
        <Pending load={tableLoad.result} onRetry={tableLoad.retry} loading={t.postcodesLoading} />
      ) : null}
      {resolved?.ok === false || !nearby ? (
        <div className="embed__choose">
          {resolved?.ok === false ? <p role="alert">{t.unknownPostcode}</p> : null}
          <label htmlFor={selectId}>{t.chooseGemeente}</label>
          <select
            id={selectId}
            value=""
            onChange={(event) => {
              if (!event.target.value) return;
              asked.current = true;
              setOrigin({ type: 'gemeente', code: event.target.value });
            }}
          >
            <option value="">{t.chooseGemeentePlaceholder}</option>
            {choices.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {nearby && resolved?.ok ? (
        <NearbyPanel
          result={nearby}
          origin={{ label: resolved.label, from: resolved.gemeenteFrom }}
          claimFocus={claimFocus}
          today={coverage.today}
          documents={dataset.documents}
          gemeenten={
            choices.some((g) => g.code === nearby.gemeente.code) ? choices : dataset.gemeenten
          }
          onCorrect={(code) => {
            setOrigin(
              origin?.type === 'postcode'
                ? { ...origin, gemeenteCode: code }
                : { type: 'gemeente', code },
            );
          }}
          onSelectPlace={(id) => {
            openApp(`#plek=${encodeURIComponent(id)}`);
          }}
        />
      ) : null}
      <p className="note">{t.incomplete(count('ido'), count('juridisch-loket'))}</p>
    </>
  );
}
