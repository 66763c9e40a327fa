import type { GeoJSONSource, Map as MaplibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { CoverageState } from '../../shared/model/coverage';
import type { ReachBand } from '../../shared/model/reach';
import { gemeenteCodeOf, gemeenteFeatureId } from './gemeente-ids';
import { LAYER_IDS, SOURCE_IDS } from './layers';
import type { MapGemeenteName } from './map-types';

/** Puts each gemeente's coverage state into feature-state, where the choropleth reads it. */
export function applyCoverage(map: MaplibreMap, states: ReadonlyMap<string, CoverageState>): void {
  for (const [code, state] of states) {
    map.setFeatureState(
      { source: SOURCE_IDS.gemeenten, id: gemeenteFeatureId(code) },
      { coverage: state },
    );
  }
}

/** What the gemeenten report up: a click chooses, the pointer only names (for the map's label). */
interface GemeenteEvents {
  onSelect: (code: string) => void;
  onHover: (code: string | undefined) => void;
}

/**
 * The gemeente polygons and their feature-state, each a separate state the layers draw:
 * `hover` (pointer on the map, or a table row pointing), `selected` (the open profile),
 * `searched` (the searched spot's gemeente), `coverage` and `reach` (the choropleths). The
 * pointer's hover never leaves this class except as a name for the label: it sets no selection
 * and no page state.
 */
export class GemeentenLayer {
  private hovered: number | undefined;
  private selected: number | undefined;
  private searched: number | undefined;

  constructor(
    private readonly map: MaplibreMap,
    private readonly events: GemeenteEvents,
  ) {}

  /** Pointer events on the choropleth; bound once the style is loaded. */
  bindPointer(): void {
    this.map.on('mousemove', LAYER_IDS.coverageFill, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.id;
      this.pointerOver(typeof id === 'number' ? id : undefined);
    });
    this.map.on('mouseleave', LAYER_IDS.coverageFill, () => {
      this.pointerOver(undefined);
    });
    this.map.on('click', LAYER_IDS.coverageFill, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.id;
      if (typeof id === 'number') this.events.onSelect(gemeenteCodeOf(id));
    });
  }

  /** The pointer over the map: hover state, cursor, and the map's own label. */
  private pointerOver(id: number | undefined): void {
    if (!this.moveHover(id)) return;
    this.map.getCanvas().style.cursor = id === undefined ? '' : 'pointer';
    this.events.onHover(id === undefined ? undefined : gemeenteCodeOf(id));
  }

  /** Moves the `hover` feature-state to gemeente `id` (or none); false when nothing changed. */
  private moveHover(id: number | undefined): boolean {
    if (id === this.hovered) return false;
    this.setState(this.hovered, { hover: false });
    this.hovered = id;
    this.setState(id, { hover: true });
    return true;
  }

  /** A gemeente pointed at outside the map (the table): shown as hovered, like the pointer. */
  point(code: string | undefined): void {
    this.moveHover(code ? gemeenteFeatureId(code) : undefined);
  }

  /** The chosen gemeente (its profile is open): outlined as `selected`, apart from hover. */
  select(code: string | undefined): void {
    this.setState(this.selected, { selected: false });
    this.selected = code ? gemeenteFeatureId(code) : undefined;
    this.setState(this.selected, { selected: true });
  }

  /** The gemeente of the searched spot: outlined while "Hulp zoeken" shows the search. */
  markSearched(code: string | undefined): void {
    this.setState(this.searched, { searched: false });
    this.searched = code ? gemeenteFeatureId(code) : undefined;
    this.setState(this.searched, { searched: true });
  }

  /**
   * The coverage state of every gemeente, as the app computed it (status and age on today), so
   * the choropleth and its patterns follow the app, never a baked copy.
   */
  setCoverage(states: ReadonlyMap<string, CoverageState>): void {
    applyCoverage(this.map, states);
  }

  /** The distance band per gemeente, for the reach layer drawn over the status. */
  setReach(bands: ReadonlyMap<string, ReachBand>): void {
    for (const [code, band] of bands) {
      this.map.setFeatureState(
        { source: SOURCE_IDS.gemeenten, id: gemeenteFeatureId(code) },
        { reach: band },
      );
    }
  }

  /** Gemeente names at their label points, from the dataset the app already has. */
  setNames(gemeenten: readonly MapGemeenteName[]): void {
    void this.map.getSource<GeoJSONSource>(SOURCE_IDS.gemeenteLabels)?.setData({
      type: 'FeatureCollection',
      features: gemeenten.map((g) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [g.label[0], g.label[1]] },
        properties: { code: g.code, name: g.name, population: g.population },
      })),
    });
  }

  /** How many gemeente outlines are on screen: the map's "loaded" status says it. */
  countDrawn(): number {
    const features = this.map.queryRenderedFeatures({ layers: [LAYER_IDS.gemeenteLine] });
    return new Set(features.map((f) => f.id)).size;
  }

  private setState(id: number | undefined, state: Record<string, boolean>): void {
    if (id !== undefined) this.map.setFeatureState({ source: SOURCE_IDS.gemeenten, id }, state);
  }
}
