import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LocateButton } from '../features/nearby/components/locate-button';
import type { ResolvedOrigin } from '../features/nearby/model/resolve-origin';
import { useAnswerModel } from '../features/nearby/use-answer-model';
import { KindFilter } from '../features/places/components/kind-filter';
import {
  SearchBox,
  type SearchOption,
  type SearchOutcome,
} from '../features/search/components/search-box';
import { hitKey, originFromHit, toOptions } from '../features/search/model/hit-options';
import type { SearchHit } from '../features/search/model/search-index';
import { useSearchIndex } from '../features/search/use-search-index';
import { postcodesQuery } from '../shared/data/queries';
import { useFullDataset } from '../shared/data/use-full-dataset';
import { nl } from '../shared/i18n/nl';
import type { CoverageResult } from '../shared/model/coverage';
import { PLACE_KINDS, type CoreDataset, type PlaceKind } from '../shared/model/schema';
import { DataErrorPanel } from '../shared/ui/data-error';
import type { NearbyOrigin } from '../shared/model/url-state';
import type { SearchedSpot } from '../features/map/map-controller';
import type { UrlApi } from './workspace';

/** Details and the nearby panel follow a user's choice, so they load then, not in the first view. */
const PlaceDetails = lazy(() =>
  import('../features/places/components/place-details').then((m) => ({ default: m.PlaceDetails })),
);
const NearbyPanel = lazy(() =>
  import('../features/nearby/components/nearby-panel').then((m) => ({ default: m.NearbyPanel })),
);
const NeedPanel = lazy(() =>
  import('../features/search/components/need-panel').then((m) => ({ default: m.NeedPanel })),
);
/** Rare (a bad link, a position abroad), so its message and picker load only when needed. */
const OriginProblem = lazy(() =>
  import('../features/nearby/components/origin-problem').then((m) => ({
    default: m.OriginProblem,
  })),
);

/** Which panel should take focus after the user's last choice, so its answer is announced. */
type FocusTarget = 'answer' | 'need' | undefined;

/** Points the map should fit, with a key that changes when the question changes. */
export interface MapFocus {
  key: string;
  points: readonly (readonly [number, number])[];
  /** The searched spot and its gemeente, for the map to mark. */
  spot?: SearchedSpot;
}

/** After closing the details, focus goes back to the button that opened them (WCAG 2.4.3). */
function returnFocusTo(placeId: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-place-id="${CSS.escape(placeId)}"]`)?.focus();
  });
}

function needsTable(origin: NearbyOrigin | undefined): boolean {
  return origin !== undefined && origin.type !== 'gemeente';
}

/**
 * The resident's and front-line worker's view: one search field, "Hulp bij u in de buurt" and
 * the details of a chosen place. The list that mirrors the map follows the map (PlacesInView),
 * so on a phone the map comes right after the search and the answer.
 */
export function SearchView({
  dataset,
  coverage,
  url,
  onFocusMap,
}: {
  dataset: CoreDataset;
  coverage: CoverageResult;
  url: UrlApi;
  onFocusMap: (focus: MapFocus | undefined) => void;
}) {
  const { state, update } = url;
  const [wantTable, setWantTable] = useState(false);
  const postcodes = useQuery({ ...postcodesQuery, enabled: wantTable || needsTable(state.near) });
  const sources = useMemo(
    () => ({
      locations: dataset.locations,
      services: dataset.services,
      gemeenten: dataset.gemeenten,
      // The woonplaatsen are worked out from the postcode table where they are needed.
      ...(postcodes.data ? { postcodes: postcodes.data } : {}),
    }),
    [dataset, postcodes.data],
  );
  const index = useSearchIndex(sources, wantTable);
  const { search } = index;
  /** Until the postcode table is in the index, a postcode would find nothing: say "Even laden…". */
  const searchLoading = !index.current || (wantTable && postcodes.isPending && !postcodes.isError);
  /** The hits behind the options last shown, so choosing one needs no second search. */
  const hitsByKey = useRef(new Map<string, SearchHit>());
  const searchAndRemember = useMemo(
    () =>
      search
        ? (query: string): SearchOutcome => {
            const { hits, sure } = search(query, 8);
            hitsByKey.current = new Map(hits.map((hit) => [hitKey(hit), hit]));
            return { options: toOptions(hits), sure };
          }
        : undefined,
    [search],
  );
  const focusTarget = useRef<FocusTarget>(undefined);
  const claimFocusFor = useCallback((target: FocusTarget) => {
    if (focusTarget.current !== target) return false;
    focusTarget.current = undefined;
    return true;
  }, []);
  const claimAnswerFocus = useCallback(() => claimFocusFor('answer'), [claimFocusFor]);
  const claimNeedFocus = useCallback(() => claimFocusFor('need'), [claimFocusFor]);

  /** Opening hours, notes, contacts and sources: joined in when a place or an answer needs them. */
  const full = useFullDataset(dataset, state.placeId !== undefined || state.near !== undefined);
  const detailed = full.data;

  // Fetched when the search field gets focus, so the answer does not wait for it after Enter.
  const answerModel = useAnswerModel(wantTable || state.near !== undefined);
  const resolved: ResolvedOrigin | undefined = useMemo(
    () =>
      state.near && answerModel
        ? answerModel.resolveOrigin(state.near, dataset.gemeenten, postcodes.data)
        : undefined,
    [answerModel, state.near, dataset.gemeenten, postcodes.data],
  );
  const nearby = useMemo(
    () =>
      resolved?.ok && detailed && answerModel
        ? answerModel.findNearby(detailed, coverage, resolved.point, resolved.gemeenteCode)
        : undefined,
    [answerModel, resolved, detailed, coverage],
  );

  useEffect(() => {
    if (!nearby) return;
    const points = [
      nearby.origin,
      ...nearby.ido,
      ...nearby.juridischLoket,
      ...nearby.services.flatMap((s) => s.offices),
    ].map((p) => ('location' in p ? ([p.location.lon, p.location.lat] as const) : p));
    const [lon, lat] = nearby.origin;
    const near = state.near;
    // A whole gemeente gets its outline only; a postcode, woonplaats or position also a marker.
    const spot: SearchedSpot =
      near && near.type !== 'gemeente' && resolved?.ok
        ? {
            gemeenteCode: nearby.gemeente.code,
            point: { lon, lat, kind: near.type, name: near.type === 'punt' ? '' : resolved.label },
          }
        : { gemeenteCode: nearby.gemeente.code };
    onFocusMap({ key: `${nearby.origin.join(',')}|${nearby.gemeente.code}`, points, spot });
  }, [nearby, onFocusMap, state.near, resolved]);

  const selected = state.placeId
    ? detailed?.locations.find((l) => l.id === state.placeId)
    : undefined;
  /** A place or an answer is asked for, but its details have not arrived yet (or failed). */
  const waiting =
    (state.near !== undefined && !answerModel) ||
    (!detailed &&
      ((state.placeId !== undefined && dataset.locations.some((l) => l.id === state.placeId)) ||
        resolved?.ok === true));
  const counts = useMemo(() => {
    const result = Object.fromEntries(PLACE_KINDS.map((k) => [k, 0])) as Record<PlaceKind, number>;
    for (const l of dataset.locations) result[l.kind] += 1;
    return result;
  }, [dataset]);

  const choose = (option: SearchOption, query: string) => {
    const hit = hitsByKey.current.get(option.key);
    if (!hit) return;
    if (hit.type === 'place') {
      update({ placeId: hit.id, query }, { push: true });
      return;
    }
    if (hit.type === 'need') {
      // The map and list show the kinds of help that fit; the filter says so and can undo it.
      focusTarget.current = 'need';
      update({ need: hit.need, kinds: hit.kinds, placeId: undefined, query }, { push: true });
      return;
    }
    focusTarget.current = 'answer';
    update({ near: originFromHit(hit), placeId: undefined, query }, { push: true });
  };

  return (
    <div className="search-view">
      <SearchBox
        query={state.query ?? ''}
        search={searchAndRemember}
        loading={searchLoading}
        onChoose={choose}
        onFocus={() => {
          setWantTable(true);
        }}
      />
      <LocateButton
        onLocated={(lat, lon) => {
          setWantTable(true);
          focusTarget.current = 'answer';
          update({ near: { type: 'punt', lat, lon }, placeId: undefined }, { push: true });
        }}
      />
      {postcodes.isError ? (
        <DataErrorPanel
          error={postcodes.error}
          source="postcodes"
          onRetry={() => void postcodes.refetch()}
        />
      ) : null}
      <Suspense fallback={<p role="status">{nl.app.loading}</p>}>
        {state.need && !selected ? (
          <NeedPanel
            need={state.need}
            hasAnswer={state.near !== undefined}
            claimFocus={claimNeedFocus}
            onClose={() => {
              update({ need: undefined }, { push: true });
            }}
          />
        ) : null}
        {waiting && full.isError ? (
          <DataErrorPanel error={full.error} source="dataset" onRetry={() => void full.refetch()} />
        ) : waiting ? (
          <p role="status">{nl.app.loading}</p>
        ) : null}
        {selected && detailed ? (
          <PlaceDetails
            location={selected}
            service={detailed.services.find((s) => s.id === selected.serviceId)}
            gemeenten={detailed.gemeenten}
            now={new Date()}
            today={coverage.today}
            documents={dataset.documents}
            dataVersion={dataset.version}
            onBack={() => {
              update({ placeId: undefined }, { push: true });
              returnFocusTo(selected.id);
            }}
          />
        ) : state.placeId && !waiting ? (
          <p role="alert">{nl.places.notFound}</p>
        ) : null}
        {!selected && resolved && !resolved.ok ? (
          <OriginProblem
            reason={resolved.reason}
            gemeenten={dataset.gemeenten}
            onChoose={(code) => {
              focusTarget.current = 'answer';
              update({ near: { type: 'gemeente', code }, placeId: undefined }, { push: true });
            }}
          />
        ) : null}
        {!selected && nearby && resolved?.ok && detailed ? (
          <NearbyPanel
            result={nearby}
            origin={{ label: resolved.label, from: resolved.gemeenteFrom }}
            claimFocus={claimAnswerFocus}
            today={coverage.today}
            documents={dataset.documents}
            gemeenten={detailed.gemeenten}
            onCorrect={(code) => {
              if (state.near?.type === 'postcode' || state.near?.type === 'punt') {
                update({ near: { ...state.near, gemeenteCode: code } });
              } else {
                update({ near: { type: 'gemeente', code } });
              }
            }}
            onSelectPlace={(id) => {
              update({ placeId: id }, { push: true });
            }}
          />
        ) : null}
      </Suspense>
      {/* The answer comes first; the filter for the map and the list follows it. */}
      <KindFilter
        kinds={state.kinds}
        counts={counts}
        onChange={(kinds) => {
          update({ kinds });
        }}
      />
    </div>
  );
}
