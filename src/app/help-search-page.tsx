import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LocateButton } from '../features/nearby/components/locate-button';
import { useNearby } from '../features/nearby/use-nearby';
import { KindFilter } from '../features/places/components/kind-filter';
import { SearchBox } from '../features/search/components/search-box';
import type { HitOption } from '../features/search/hit-options';
import { originFromHit } from '../features/search/model/hit-origin';
import { useHelpSearch } from '../features/search/use-help-search';
import { postcodesQuery } from '../shared/data/queries';
import { useFullDataset } from '../shared/data/use-full-dataset';
import type { PlacesState } from '../shared/data/use-places';
import { nl } from '../shared/i18n/nl';
import type { CoverageResult } from '../shared/model/coverage';
import { PLACE_KINDS, type CoreDataset, type PlaceKind } from '../shared/model/schema';
import { DataErrorPanel } from '../shared/ui/data-error';
import type { NearbyOrigin } from '../shared/model/url-state';
import type { MapFocus } from './map-focus';
import type { UrlApi } from './use-url-state';

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
export function HelpSearchPage({
  dataset,
  places,
  coverage,
  url,
  onFocusMap,
}: {
  dataset: CoreDataset;
  /** The place summaries, which may arrive after this page is usable. */
  places: PlacesState;
  coverage: CoverageResult;
  url: UrlApi;
  onFocusMap: (focus: MapFocus | undefined) => void;
}) {
  const { state, update } = url;
  /** The search field got focus: load the search, the postcode table and the answer's code. */
  const [searchWanted, setSearchWanted] = useState(false);
  const postcodes = useQuery({
    ...postcodesQuery,
    enabled: searchWanted || needsTable(state.near),
  });
  const { search, loading: searchLoading } = useHelpSearch(
    dataset,
    { places: places.places, pending: places.places === undefined && !places.error },
    { data: postcodes.data, pending: postcodes.isPending && !postcodes.isError },
    searchWanted,
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
  const full = useFullDataset(
    dataset,
    places.list,
    state.placeId !== undefined || state.near !== undefined,
  );
  const detailed = full.data;

  const {
    resolved,
    result: nearby,
    focus,
    modelPending,
  } = useNearby({
    near: state.near,
    gemeenten: dataset.gemeenten,
    postcodes: postcodes.data,
    detailed,
    coverage,
    wanted: searchWanted,
  });

  useEffect(() => {
    if (focus) onFocusMap(focus);
  }, [focus, onFocusMap]);

  const selected = state.placeId
    ? detailed?.locations.find((l) => l.id === state.placeId)
    : undefined;
  /**
   * A place or an answer is asked for, but its details have not arrived yet (or failed). A place
   * asked for before the place list is there may still be in it.
   */
  const waiting =
    modelPending ||
    (!detailed &&
      ((state.placeId !== undefined &&
        (places.places === undefined || places.places.some((l) => l.id === state.placeId))) ||
        resolved?.ok === true));
  /** Why the wait failed: the place list, or the details joined to it. */
  const waitError = places.error
    ? { error: places.error, source: 'places' as const, retry: places.retry }
    : full.isError
      ? { error: full.error, source: 'dataset' as const, retry: () => void full.refetch() }
      : undefined;
  const counts = useMemo(() => {
    if (!places.places) return undefined;
    const result = Object.fromEntries(PLACE_KINDS.map((k) => [k, 0])) as Record<PlaceKind, number>;
    for (const l of places.places) result[l.kind] += 1;
    return result;
  }, [places.places]);

  const choose = ({ hit }: HitOption, query: string) => {
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
        search={search}
        loading={searchLoading}
        onChoose={choose}
        onFocus={() => {
          setSearchWanted(true);
        }}
      />
      <LocateButton
        onLocated={(lat, lon) => {
          setSearchWanted(true);
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
        {waiting && waitError ? (
          <DataErrorPanel
            error={waitError.error}
            source={waitError.source}
            onRetry={waitError.retry}
          />
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
