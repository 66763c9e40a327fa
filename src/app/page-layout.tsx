import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { MapPlace } from '../features/map/map-controller';
import { nl } from '../shared/i18n/nl';
import {
  computeCoverage,
  coverageState,
  coverageTotals,
  type CoverageState,
} from '../shared/model/coverage';
import { localToday } from '../shared/model/freshness';
import type { CoreDataset, PlaceKind } from '../shared/model/schema';
import type { ReachLayer } from '../features/coverage/types';
import type { MapView as MapViewState } from '../shared/model/url-state';
import { dataUrl } from '../shared/data/fetch-json';
import { reachQuery } from '../shared/data/queries';
import { useFullDataset } from '../shared/data/use-full-dataset';
import { usePlaces } from '../shared/data/use-places';
import { DataErrorPanel } from '../shared/ui/data-error';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { createPointedGemeente } from '../shared/state/pointed-gemeente';
import type { OwnPicture } from '../shared/state/own-data';
import type { MapBounds } from '../features/places/use-places-in-view';
import type { MapFocus } from './map-focus';
import { HelpSearchPage } from './help-search-page';
import type { UrlApi } from './use-url-state';

/**
 * The map's place: a small chunk that loads MapLibre only when the map is wanted (map-slot.tsx);
 * not in the first view's script, which has no room to spare.
 */
const MapSlot = lazy(() =>
  import('../features/map/map-slot').then((m) => ({ default: m.MapSlot })),
);
const AboutPage = lazy(() => import('./pages/about-page').then((m) => ({ default: m.AboutPage })));
const AccessibilityPage = lazy(() =>
  import('./pages/accessibility-page').then((m) => ({ default: m.AccessibilityPage })),
);
/**
 * The list of places waits for places.json, which arrives after the first view: its code loads
 * beside it, not in the first view's script.
 */
const PlacesInView = lazy(() =>
  import('./places-in-view').then((m) => ({ default: m.PlacesInView })),
);
/** The Dekking view is for a different audience than the first view; it loads when opened. */
const CoverageBesideMap = lazy(() =>
  import('../features/coverage/coverage-view').then((m) => ({ default: m.CoverageBesideMap })),
);
/** "Eigen gegevens" is for data owners only: its code and its worker load when it is opened. */
const WorkbenchView = lazy(() =>
  import('../features/workbench/workbench-view').then((m) => ({ default: m.WorkbenchView })),
);
const CoverageTable = lazy(() =>
  import('../features/coverage/coverage-view').then((m) => ({ default: m.CoverageTable })),
);

/**
 * Lays out the current view beside one map that stays mounted across views and searches: the
 * map element never moves in the tree, only the grid around it changes.
 */
export function PageLayout({ dataset, url }: { dataset: CoreDataset; url: UrlApi }) {
  const { state, update } = url;
  // Ages are measured on the reader's today, so the map ages without a new data build.
  const [today] = useState(localToday);
  const coverage = useMemo(
    () => computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, today),
    [dataset, today],
  );
  /** The one coverage state per gemeente that the map, legend, table and exports all show. */
  const coverageStates = useMemo(
    () =>
      new Map<string, CoverageState>(
        [...coverage.byCode].map(([code, entry]) => [code, coverageState(entry)]),
      ),
    [coverage],
  );
  /** The place summaries: they may arrive after the first view (places.json). */
  const places = usePlaces(dataset);
  const mapPlaces = useMemo<MapPlace[]>(
    () =>
      (places.places ?? []).map((l) => ({
        id: l.id,
        kind: l.kind,
        lon: l.lon,
        lat: l.lat,
        precision: l.precision,
      })),
    [places.places],
  );
  const [bounds, setBounds] = useState<MapBounds | undefined>();
  /** The table points at a gemeente, the map shows it: without re-rendering this page. */
  const [pointedGemeente] = useState(createPointedGemeente);
  const [hoverPlace, setHoverPlace] = useState<string | undefined>();
  const [focus, setFocus] = useState<MapFocus | undefined>();
  const [initialView] = useState(state.map);
  const [mapDrawn, setMapDrawn] = useState(false);
  const onMapDrawn = useCallback(() => {
    setMapDrawn(true);
  }, []);

  const onMoveEnd = useCallback(
    (view: MapViewState, next: MapBounds) => {
      setBounds(next);
      update({ map: view });
    },
    [update],
  );
  const mapCallbacks = useMemo(
    () => ({
      onSelectPlace: (id: string) => {
        update({ placeId: id, view: 'zoeken' }, { push: true });
      },
      onSelectGemeente: (code: string) => {
        update({ gemeente: code }, { push: true });
      },
      onMoveEnd,
    }),
    [update, onMoveEnd],
  );

  const totals = useMemo(
    () => coverageTotals(dataset.gemeenten, coverage.byCode),
    [dataset, coverage],
  );
  /** What the Dekking PNG says beside the map: worked out (in its own chunk) when it is asked for. */
  const exportInfo = useCallback(
    (own?: OwnPicture) =>
      import('./coverage-export-info').then((m) =>
        m.coverageExportInfo({
          totals: own ? coverageTotals(own.dataset.gemeenten, own.coverage.byCode) : totals,
          own: own !== undefined,
          today,
          version: dataset.version,
          checkedUntil: dataset.checkedUntil,
        }),
      ),
    [dataset, totals, today],
  );

  const view = state.view;
  /**
   * Dekking always opens on the whole country, or on the chosen province (#v=dekking&prov=PV27),
   * whatever the map showed before; so does its PNG.
   */
  const province = view === 'dekking' ? state.province : undefined;
  const area = useMemo(
    () => (view === 'dekking' ? { key: `dekking:${province ?? 'NL'}`, province } : undefined),
    [view, province],
  );
  /**
   * Dekking's map shows the status, or the distance layer the URL names (`afstand`): the coverage
   * view works out its bands and words from reach.json and hands them back here.
   */
  const [reachLayer, setReachLayer] = useState<{ kind: PlaceKind; layer: ReachLayer }>();
  /** "Hoeksche Waard: Wel sociaal raadslieden" (or its distance band), for the map's label. */
  const describeGemeente = useCallback(
    (code: string) =>
      `${dataset.gemeenten.find((g) => g.code === code)?.name ?? code}: ${
        reachLayer?.layer.describe.get(code) ??
        nl.freshness.state[coverageStates.get(code) ?? 'onbekend']
      }`,
    [dataset, coverageStates, reachLayer],
  );
  const showMap = view === 'zoeken' || view === 'dekking';
  /**
   * The list of places in view, unless a place's details or a search answer take its place (or
   * will: a place asked for by the URL before the place list is there).
   */
  const showPlaceList =
    view === 'zoeken' &&
    !state.near &&
    !(
      state.placeId &&
      (places.places === undefined || places.places.some((l) => l.id === state.placeId))
    );
  // reach.json: only for Dekking and the factsheet, kept for the visit once loaded.
  const reach = useQuery({ ...reachQuery, enabled: view === 'dekking' || view === 'blad' });
  /** Dekking, the factsheet and the workbench show sources, contacts and exports: all details. */
  const full = useFullDataset(
    dataset,
    places.list,
    view === 'dekking' || view === 'blad' || view === 'gegevens',
  );
  const detailed = full.data;
  const waitingForDetails =
    view === 'dekking' || view === 'blad' || view === 'gegevens' ? (
      places.error ? (
        <DataErrorPanel error={places.error} source="places" onRetry={places.retry} />
      ) : full.isError ? (
        <DataErrorPanel error={full.error} source="dataset" onRetry={() => void full.refetch()} />
      ) : (
        <p role="status" className="workspace__pending">
          {nl.app.loading}
        </p>
      )
    ) : null;
  const coverageProps = detailed && {
    dataset: detailed,
    coverage,
    state,
    update,
    onHighlightGemeente: pointedGemeente.set,
    reach,
    reachLayer: state.reach,
    onReachLayer: (kind: PlaceKind | undefined, layer: ReachLayer | undefined) => {
      setReachLayer(kind && layer ? { kind, layer } : undefined);
    },
  };

  return (
    <div className={`workspace workspace--${view}`}>
      <div className="workspace__side">
        {view === 'zoeken' ? (
          <ErrorBoundary area="zoeken">
            <HelpSearchPage
              dataset={dataset}
              places={places}
              coverage={coverage}
              url={url}
              onFocusMap={setFocus}
            />
          </ErrorBoundary>
        ) : null}
        {/* In the `blad` view the coverage feature shows a printable factsheet instead. */}
        {view === 'dekking' || view === 'blad' ? (
          <ErrorBoundary area="dekking">
            <Suspense
              fallback={
                <p role="status" className="workspace__pending">
                  {nl.app.loading}
                </p>
              }
            >
              {coverageProps ? <CoverageBesideMap {...coverageProps} /> : waitingForDetails}
            </Suspense>
          </ErrorBoundary>
        ) : null}
        <Suspense fallback={<p role="status">{nl.app.loading}</p>}>
          {view === 'over' ? (
            <AboutPage dataset={dataset} places={places.places} totals={totals} />
          ) : null}
          {view === 'toegankelijkheid' ? <AccessibilityPage /> : null}
          {view === 'gegevens' ? (
            <ErrorBoundary area="gegevens">
              {detailed ? (
                <WorkbenchView dataset={detailed} coverage={coverage} />
              ) : (
                waitingForDetails
              )}
            </ErrorBoundary>
          ) : null}
        </Suspense>
      </div>
      <section className="workspace__map no-print" aria-label={nl.map.region} hidden={!showMap}>
        {view === 'dekking' && !mapDrawn && !state.reach ? (
          // Made at build time: Dekking shows at once, also on a slow phone or without WebGL;
          // the interactive map takes over when it has drawn. It shows the status only, so with a
          // distance layer chosen the map's place says "Kaart laden…" instead of passing it off.
          <img
            className="coverage-picture"
            src={dataUrl('dekking.svg')}
            alt={nl.map.coveragePictureAlt}
          />
        ) : null}
        <ErrorBoundary area="kaart">
          <Suspense fallback={<p role="status">{nl.map.loadingMap}</p>}>
            <MapSlot
              places={mapPlaces}
              gemeenten={dataset.gemeenten}
              searched={state.near ? focus?.spot : undefined}
              area={area}
              kinds={state.kinds}
              mode={view === 'dekking' ? 'coverage' : 'places'}
              selectedPlaceId={state.placeId}
              hoveredPlaceId={view === 'zoeken' ? hoverPlace : undefined}
              selectedGemeente={state.gemeente}
              pointedGemeente={pointedGemeente}
              coverage={coverageStates}
              reachBands={reachLayer?.layer.bands}
              initialView={initialView}
              focus={view === 'zoeken' ? focus : undefined}
              callbacks={mapCallbacks}
              exportInfo={view === 'dekking' ? exportInfo : undefined}
              describeGemeente={view === 'dekking' ? describeGemeente : undefined}
              onDrawn={onMapDrawn}
            />
          </Suspense>
        </ErrorBoundary>
      </section>
      {showPlaceList ? (
        <div className="workspace__list">
          <Suspense
            fallback={
              <p role="status" className="workspace__pending">
                {nl.places.loading}
              </p>
            }
          >
            <PlacesInView
              places={places}
              kinds={state.kinds}
              bounds={bounds}
              selectedId={state.placeId}
              onHover={setHoverPlace}
              onSelect={(id) => {
                update({ placeId: id }, { push: true });
              }}
            />
          </Suspense>
        </div>
      ) : null}
      {view === 'dekking' ? (
        <div className="workspace__below">
          <ErrorBoundary area="tabel">
            <Suspense fallback={null}>
              {coverageProps ? <CoverageTable {...coverageProps} /> : null}
            </Suspense>
          </ErrorBoundary>
        </div>
      ) : null}
    </div>
  );
}
