import {
  LngLatBounds,
  type GeoJSONSource,
  type Map as MaplibreMap,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import { PLACE_KINDS, type PlaceKind } from '../../shared/model/schema';
import { LAYER_IDS, placeLayers, placeSource, SOURCE_IDS } from './layers';
import type { MapPlace } from './map-types';
import { spreadOffsets } from './spread';

/** A place as the layer keeps it: with the numeric feature id MapLibre's feature-state needs. */
type IndexedPlace = MapPlace & { numericId: number };

/** A marker's feature: its source (one per kind) and numeric id. */
interface PlaceFeature {
  numericId: number;
  kind: PlaceKind;
}

/**
 * The help locations: one clustered GeoJSON source per kind, with `hover` and `selected`
 * feature-state. A click on a marker reports the place up (`onSelect`); a click on a cluster
 * zooms in, which is the map's own business.
 */
export class PlacesLayer {
  private readonly index = new Map<string, IndexedPlace>();
  private hovered: PlaceFeature | undefined;
  private selected: IndexedPlace | undefined;

  constructor(
    private readonly map: MaplibreMap,
    private readonly onSelect: (id: string) => void,
  ) {}

  /**
   * Adds the places once (later calls replace the data); numeric feature ids make feature-state
   * work on clustered sources. Places that share a position, of any kind, are spread apart on
   * screen (see spread.ts).
   */
  setPlaces(places: readonly MapPlace[]): void {
    this.index.clear();
    const offsets = spreadOffsets(places.map((p) => [p.lon, p.lat] as const));
    for (const kind of PLACE_KINDS) {
      const features: GeoJSON.Feature[] = [];
      places.forEach((place, numericId) => {
        if (place.kind !== kind) return;
        this.index.set(place.id, { ...place, numericId });
        const offset = offsets[numericId];
        features.push({
          type: 'Feature',
          id: numericId,
          geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
          properties: offset ? { placeId: place.id, offset } : { placeId: place.id },
        });
      });
      this.addSource(kind, { type: 'FeatureCollection', features });
    }
  }

  private addSource(kind: PlaceKind, data: GeoJSON.FeatureCollection): void {
    const sourceId = SOURCE_IDS.places(kind);
    const existing = this.map.getSource<GeoJSONSource>(sourceId);
    if (existing) {
      void existing.setData(data);
      return;
    }
    this.map.addSource(sourceId, placeSource(data));
    for (const layer of placeLayers(kind)) this.map.addLayer(layer);
    const symbolLayer = LAYER_IDS.placesSymbol(kind);
    this.map.on('click', symbolLayer, (event: MapLayerMouseEvent) => {
      void this.onClick(kind, event);
    });
    this.map.on('mousemove', symbolLayer, (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const isCluster = feature?.properties['cluster'] === true;
      this.moveHover(
        feature && !isCluster && typeof feature.id === 'number'
          ? { numericId: feature.id, kind }
          : undefined,
      );
    });
    this.map.on('mouseleave', symbolLayer, () => {
      this.moveHover(undefined);
    });
  }

  private async onClick(kind: PlaceKind, event: MapLayerMouseEvent): Promise<void> {
    const feature = event.features?.[0];
    if (!feature) return;
    const clusterId: unknown = feature.properties['cluster_id'];
    if (typeof clusterId === 'number') {
      await this.zoomIntoCluster(kind, clusterId);
      return;
    }
    const placeId: unknown = feature.properties['placeId'];
    if (typeof placeId === 'string') this.onSelect(placeId);
  }

  /**
   * Zooms to a cluster's places: far enough that they all fit, and at least as far as the cluster
   * splits (getClusterExpansionZoom), so one click always shows what is inside.
   */
  private async zoomIntoCluster(kind: PlaceKind, clusterId: number): Promise<void> {
    const source = this.map.getSource<GeoJSONSource>(SOURCE_IDS.places(kind));
    if (!source) return;
    const [expansion, leaves] = await Promise.all([
      source.getClusterExpansionZoom(clusterId),
      source.getClusterLeaves(clusterId, Number.POSITIVE_INFINITY, 0),
    ]);
    const bounds = new LngLatBounds();
    for (const leaf of leaves)
      if (leaf.geometry.type === 'Point') {
        const [lon = 0, lat = 0] = leaf.geometry.coordinates;
        bounds.extend([lon, lat]);
      }
    if (bounds.isEmpty()) return;
    const camera = this.map.cameraForBounds(bounds, { padding: 64, maxZoom: 16 });
    const zoom = Math.min(16, Math.max(expansion, camera?.zoom ?? expansion));
    this.map.easeTo({ center: bounds.getCenter(), zoom, essential: false });
  }

  /** Moves the `hover` feature-state (pointer or list) and the pointer cursor with it. */
  private moveHover(next: PlaceFeature | undefined): void {
    if (this.hovered?.numericId === next?.numericId) return;
    if (this.hovered) this.setState(this.hovered, { hover: false });
    this.hovered = next;
    if (next) this.setState(next, { hover: true });
    this.map.getCanvas().style.cursor = next ? 'pointer' : '';
  }

  /** Hover from the list: the same feature-state as a pointer over the marker. */
  hover(id: string | undefined): void {
    this.moveHover(id ? this.index.get(id) : undefined);
  }

  /**
   * Marks the opened place `selected` (none for undefined). Returns it, and whether a place was
   * open before, for the camera to follow; from the index, not querySourceFeatures, because a
   * clustered point is not in the rendered tiles.
   */
  select(id: string | undefined): { place: MapPlace | undefined; hadSelection: boolean } {
    const previous = this.selected;
    if (previous) this.setState(previous, { selected: false });
    this.selected = id ? this.index.get(id) : undefined;
    if (this.selected) this.setState(this.selected, { selected: true });
    return { place: this.selected, hadSelection: previous !== undefined };
  }

  private setState(place: PlaceFeature, state: Record<string, boolean>): void {
    this.map.setFeatureState({ source: SOURCE_IDS.places(place.kind), id: place.numericId }, state);
  }
}
