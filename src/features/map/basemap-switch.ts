import type { Map as MaplibreMap } from 'maplibre-gl';
import { PLACE_KINDS } from '../../shared/model/schema';
import { FONTS, LAYER_IDS, NAME_LAYER_IDS } from './layers';
import { addOnlineBasemap, fetchOnlineStyle, removeOnlineBasemap } from './online-basemap';

/** The text layers that follow the online basemap's fonts while it is on. */
const TEXT_LAYER_IDS = (): string[] => [
  ...NAME_LAYER_IDS,
  LAYER_IDS.searchedLabel,
  ...PLACE_KINDS.map((kind) => LAYER_IDS.placesSymbol(kind)),
];

/**
 * Switches the PDOK background on or off under our layers. While it is on, its glyphs replace
 * ours (one glyph source per map), so our text uses its font, and our land fill steps aside.
 */
export class BasemapSwitch {
  private on = false;

  constructor(
    private readonly map: MaplibreMap,
    /** Our own glyph URL template, back in use when the online basemap goes off. */
    private readonly glyphs: string,
  ) {}

  /** Whether the online basemap is shown now (false while it is still loading). */
  get online(): boolean {
    return this.on;
  }

  /**
   * Resolves false (and keeps the embedded basemap) when the online style cannot be loaded, e.g.
   * offline; true otherwise.
   */
  async set(online: boolean): Promise<boolean> {
    if (this.on) removeOnlineBasemap(this.map);
    this.useFonts(undefined);
    this.on = false;
    this.map.setPaintProperty(LAYER_IDS.gemeenteFill, 'fill-opacity', 1);
    if (!online) return true;
    try {
      const style = await fetchOnlineStyle();
      addOnlineBasemap(this.map, style, LAYER_IDS.land);
      this.on = true;
      this.useFonts(style.glyphs ? style.textFont : undefined);
      this.map.setPaintProperty(LAYER_IDS.gemeenteFill, 'fill-opacity', 0);
      return true;
    } catch (error) {
      console.warn('Online achtergrondkaart niet geladen', error);
      removeOnlineBasemap(this.map);
      this.useFonts(undefined);
      return false;
    }
  }

  /** Our glyphs and fonts, or (while the online basemap is on) its glyphs and this font. */
  private useFonts(onlineFont: readonly string[] | undefined): void {
    if (!onlineFont) this.map.setGlyphs(this.glyphs);
    for (const id of TEXT_LAYER_IDS()) {
      if (!this.map.getLayer(id)) continue;
      const own = id === LAYER_IDS.woonplaatsLabel || id === LAYER_IDS.woonplaatsMainLabel;
      this.map.setLayoutProperty(id, 'text-font', [
        ...(onlineFont ?? (own ? FONTS.regular : FONTS.bold)),
      ]);
    }
  }
}
