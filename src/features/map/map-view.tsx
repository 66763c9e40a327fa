import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ONLINE_BASEMAP_DEFAULT } from '../../shared/config';
import { boundariesQuery, type BoundaryCollection } from '../../shared/data/queries';
import { dataUrl } from '../../shared/data/fetch-json';
import { DataErrorPanel } from '../../shared/ui/data-error';
import { downloadBlob } from '../../shared/ui/download';
import { useOwnData, type OwnPicture } from '../../shared/state/own-data';
import type { PointedGemeente } from '../../shared/state/pointed-gemeente';
import type { MapExportInfo } from './export-png';
import { nl } from './strings';
import type { CoverageState } from '../../shared/model/coverage';
import type { ReachBand } from '../../shared/model/reach';
import type { PlaceKind } from '../../shared/model/schema';
import type { MapView as MapViewState } from '../../shared/model/url-state';
import type { StyleUrls } from './layers';
import { MapUnavailableError } from './create-map';
import { GemeenteHoverLabel } from './gemeente-hover-label';
import { MapController } from './map-controller';
import type { MapCallbacks, MapGemeenteName, MapMode, MapPlace, SearchedSpot } from './map-types';

/**
 * The boundaries (already fetched, with a time-out) and where the map's other files are, relative
 * to where the app is hosted (glyphs need an absolute URL).
 */
function styleUrls(boundaries: {
  gemeenten: BoundaryCollection;
  provincies: BoundaryCollection;
}): StyleUrls {
  const glyphBase = new URL(`${import.meta.env.BASE_URL}glyphs/`, window.location.href).href;
  return {
    ...boundaries,
    land: dataUrl('land.geojson'),
    woonplaatsen: dataUrl('woonplaatsen.geojson'),
    glyphs: `${glyphBase}{fontstack}/{range}.pbf`,
  };
}

export interface MapViewProps {
  places: readonly MapPlace[];
  /** Gemeente names, drawn at their label points. */
  gemeenten: readonly MapGemeenteName[];
  /** The searched spot and its gemeente, marked on the map. */
  searched?: SearchedSpot | undefined;
  /**
   * When the key changes, the map shows the whole country, or the province if one is given
   * (entering Dekking, choosing a province), whatever it showed before.
   */
  area?: { key: string; province?: string | undefined } | undefined;
  kinds: readonly PlaceKind[];
  mode: MapMode;
  selectedPlaceId: string | undefined;
  /** A place the list points at; the map shows it as hovered. */
  hoveredPlaceId?: string | undefined;
  /** The chosen gemeente (its profile is open): outlined on the map. */
  selectedGemeente: string | undefined;
  /** The gemeente the table points at: shown as hovered. */
  pointedGemeente?: PointedGemeente | undefined;
  /** The coverage state of every gemeente, as the app computed it; drawn in Dekking. */
  coverage: ReadonlyMap<string, CoverageState>;
  /** When set, Dekking's map shows these distance bands per gemeente instead of the status. */
  reachBands?: ReadonlyMap<string, ReachBand> | undefined;
  initialView: MapViewState | undefined;
  /** When the key changes, the map fits these [lon, lat] points. */
  focus: { key: string; points: readonly (readonly [number, number])[] } | undefined;
  callbacks: Omit<MapCallbacks, 'onLoaded' | 'onFailed' | 'onHoverGemeente'>;
  /**
   * When set, a short text names the gemeente under the pointer (or pointed at in the table, or
   * chosen), e.g. with its status. The pointer over the map stays inside the map: only this label
   * re-renders, never the page.
   */
  describeGemeente?: ((code: string) => string) | undefined;
  /**
   * When set, a button offers the map as a PNG with this title, legend and source lines, of the
   * whole country or of `area.province`.
   */
  /** Dekking's PNG: what it says beside the map, worked out when the PNG is asked for. */
  exportInfo?: ((own?: OwnPicture) => Promise<MapExportInfo>) | undefined;
  /** Called once, when the map has drawn its gemeenten for the first time. */
  onDrawn?: (() => void) | undefined;
}

type MapStatus = { state: 'loading' } | { state: 'ready'; gemeenten: number } | { state: 'failed' };

/**
 * The map: first its boundary files (fetched with a time-out like all data; a failure shows a
 * message with a retry in the map's place), then MapLibre. Loaded lazily so MapLibre (about 300 KB
 * gzip) never delays the search field and the list.
 */
export default function MapView(props: MapViewProps) {
  const gemeenten = useQuery(boundariesQuery('gemeenten'));
  const provincies = useQuery(boundariesQuery('provincies'));
  const failed = gemeenten.isError ? gemeenten : provincies.isError ? provincies : undefined;
  if (failed) {
    return (
      <div className="map-failed">
        <DataErrorPanel
          error={failed.error}
          source="kaart"
          onRetry={() => {
            void failed.refetch();
          }}
        />
      </div>
    );
  }
  if (!gemeenten.data || !provincies.data) {
    return <p role="status">{nl.map.loadingMap}</p>;
  }
  return (
    <MapCanvas {...props} boundaries={{ gemeenten: gemeenten.data, provincies: provincies.data }} />
  );
}

/**
 * The map, created once per page and never remounted: props flow into the controller's methods.
 */
function MapCanvas(
  props: MapViewProps & {
    boundaries: { gemeenten: BoundaryCollection; provincies: BoundaryCollection };
  },
) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const callbacks = useRef(props.callbacks);
  const onDrawn = useRef(props.onDrawn);
  /** Set once the map has failed: the static picture (if any) then stays. */
  const failed = useRef(false);
  const [status, setStatus] = useState<MapStatus>({ state: 'loading' });
  /** The label's element, rendered once by React and then written by GemeenteHoverLabel. */
  const labelElement = useRef<HTMLParagraphElement>(null);
  const hoverLabel = useRef<GemeenteHoverLabel | null>(null);
  const [online, setOnline] = useState(ONLINE_BASEMAP_DEFAULT);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const toggleId = useId();
  /** Only the first render's data and view count: the map is created once. */
  const initial = useRef({ boundaries: props.boundaries, view: props.initialView });

  useEffect(() => {
    callbacks.current = props.callbacks;
    onDrawn.current = props.onDrawn;
  });

  useEffect(() => {
    if (!container.current) return;
    if (labelElement.current) hoverLabel.current = new GemeenteHoverLabel(labelElement.current);
    try {
      controller.current = new MapController(
        container.current,
        styleUrls(initial.current.boundaries),
        {
          onSelectPlace: (id) => {
            callbacks.current.onSelectPlace(id);
          },
          onSelectGemeente: (code) => {
            callbacks.current.onSelectGemeente(code);
          },
          // The pointer's gemeente goes to the label only: no React state, no re-render.
          onHoverGemeente: (code) => {
            hoverLabel.current?.setHovered(code);
          },
          onMoveEnd: (view, bounds) => {
            callbacks.current.onMoveEnd(view, bounds);
          },
          onLoaded: (gemeenten) => {
            // A failure already reported stays on screen: never "0 gemeenten getekend" after it.
            setStatus((current) =>
              current.state === 'failed' ? current : { state: 'ready', gemeenten },
            );
            if (!failed.current) onDrawn.current?.();
          },
          onFailed: () => {
            failed.current = true;
            setStatus({ state: 'failed' });
          },
        },
        initial.current.view,
      );
    } catch (error) {
      if (!(error instanceof MapUnavailableError)) console.error(error);
      queueMicrotask(() => {
        setStatus({ state: 'failed' });
      });
    }
    return () => {
      controller.current?.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    controller.current?.setPlaces(props.places);
  }, [props.places]);
  useEffect(() => {
    controller.current?.setVisibleKinds(props.kinds);
  }, [props.kinds]);
  useEffect(() => {
    controller.current?.setGemeenteNames(props.gemeenten);
  }, [props.gemeenten]);
  useEffect(() => {
    controller.current?.setSearched(props.searched);
  }, [props.searched]);
  const areaKey = props.area?.key;
  const areaProvince = props.area?.province;
  useEffect(() => {
    if (areaKey !== undefined) controller.current?.showArea(areaProvince);
  }, [areaKey, areaProvince]);
  useEffect(() => {
    controller.current?.setMode(props.mode);
  }, [props.mode]);
  useEffect(() => {
    controller.current?.setReach(props.reachBands);
  }, [props.reachBands]);
  useEffect(() => {
    controller.current?.selectPlace(props.selectedPlaceId);
  }, [props.selectedPlaceId]);
  useEffect(() => {
    controller.current?.hoverPlace(props.hoveredPlaceId);
  }, [props.hoveredPlaceId]);
  useEffect(() => {
    controller.current?.selectGemeente(props.selectedGemeente);
    hoverLabel.current?.setSelected(props.selectedGemeente);
  }, [props.selectedGemeente]);
  // A table row pointing at a gemeente reaches the map and its label by subscription, not by
  // React state: pointing along the table re-renders nothing.
  const pointedStore = props.pointedGemeente;
  useEffect(() => {
    if (!pointedStore) return;
    const show = () => {
      const code = pointedStore.get();
      controller.current?.pointGemeente(code);
      hoverLabel.current?.setPointed(code);
    };
    show();
    return pointedStore.subscribe(show);
  }, [pointedStore]);
  // The owner's rows ("Eigen gegevens"), when they chose to see them: colours and label follow.
  const ownPicture = useOwnData()?.picture;
  const ownStates = ownPicture?.states;
  const coverage = ownStates ?? props.coverage;
  useEffect(() => {
    controller.current?.setCoverage(coverage);
  }, [coverage]);
  useEffect(() => {
    const map = controller.current;
    if (!map) return;
    let current = true;
    void map.setOnlineBasemap(online).then((ok) => {
      if (!current || ok) return;
      setBasemapFailed(true);
      setOnline(false);
    });
    return () => {
      current = false;
    };
  }, [online]);
  const focusKey = props.focus?.key;
  const focusPoints = props.focus?.points;
  useEffect(() => {
    if (focusPoints) controller.current?.fitPoints(focusPoints);
  }, [focusKey, focusPoints]);

  const { describeGemeente, reachBands, gemeenten } = props;
  /** The app's words, or the owner's status when the map shows their rows (and not a distance). */
  useEffect(() => {
    hoverLabel.current?.setDescribe(
      describeGemeente &&
        ((code: string): string => {
          if (!ownStates || reachBands) return describeGemeente(code);
          const name = gemeenten.find((g) => g.code === code)?.name ?? code;
          return `${name}: ${nl.freshness.state[ownStates.get(code) ?? 'onbekend']}`;
        }),
    );
  }, [describeGemeente, ownStates, reachBands, gemeenten]);

  if (status.state === 'failed') {
    return (
      <div className="map-failed" role="status">
        <p className="map-failed__title">{nl.errors.mapTitle}</p>
        <p>{nl.errors.mapBody}</p>
      </div>
    );
  }
  return (
    <>
      <div ref={container} className="map-canvas" />
      {/* Filled and shown by GemeenteHoverLabel, never by a re-render; React gives no children. */}
      <p ref={labelElement} className="map-hover-label" aria-hidden="true" hidden />
      <div className="map-tools no-print">
        <div className="map-basemap">
          <input
            id={toggleId}
            type="checkbox"
            checked={online}
            onChange={(event) => {
              setBasemapFailed(false);
              setOnline(event.target.checked);
            }}
          />
          <label htmlFor={toggleId}>{nl.map.basemapOnline}</label>
          <p role="status" className="map-basemap__message">
            {basemapFailed ? nl.map.basemapFailed : ''}
          </p>
        </div>
        {props.exportInfo ? (
          <button
            type="button"
            className="button button--secondary map-tools__export"
            onClick={() => {
              const makeInfo = props.exportInfo;
              if (!makeInfo) return;
              // The PNG's legend counts what the map shows: the owner's picture when it is shown.
              void makeInfo(ownPicture)
                .then((info) => controller.current?.exportPng(info, areaProvince))
                .then((blob) => {
                  if (blob) downloadBlob(nl.map.exportFileName, blob);
                });
            }}
          >
            {nl.map.exportPng}
          </button>
        ) : null}
      </div>
      <p role="status" className="visually-hidden">
        {status.state === 'ready' ? nl.map.loaded(status.gemeenten) : nl.map.loadingMap}
      </p>
    </>
  );
}
