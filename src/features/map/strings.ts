import { nl as shared } from '../../shared/i18n/nl';

/**
 * The map's strings (MapLibre's controls, attribution, status), beside the shared ones; loaded with
 * the map, not in the first view.
 */
export const nl = {
  ...shared,
  map: {
    ...shared.map,
    /** Until the map is wanted (scrolled to, or the button): a phone saves its download. */
    notYetLoaded: 'De kaart laadt als u naar de kaart scrolt.',
    loadNow: 'Kaart nu laden',
    loaded: (count: number) => `Kaart geladen: ${count} gemeenten getekend.`,
    attribution:
      'Gemeente- en provinciegrenzen 2026: CBS / PDOK (CC BY 4.0), vereenvoudigd door cartomap',
    basemapOnline: 'Achtergrondkaart met straten (PDOK, online)',
    basemapFailed: 'De online achtergrondkaart laadt niet. We tonen de eenvoudige kaart.',
    pdokAttribution: '© Kadaster (BRT-Achtergrondkaart, CC BY 4.0)',
    /** MapLibre's own control labels, so screen readers hear Dutch. */
    controls: {
      'Map.Title': 'Kaartbeeld: gemeenten en plaatsen',
      'NavigationControl.ZoomIn': 'Inzoomen',
      'NavigationControl.ZoomOut': 'Uitzoomen',
      'NavigationControl.ResetBearing': 'Noorden boven',
      'AttributionControl.ToggleAttribution': 'Bronnen van de kaart tonen of verbergen',
      'AttributionControl.MapFeedback': 'Fout in de kaart melden',
      'FullscreenControl.Enter': 'Kaart op volledig scherm',
      'FullscreenControl.Exit': 'Volledig scherm sluiten',
      'Popup.Close': 'Sluiten',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Meters': 'm',
      'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om in te zoomen',
      'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om in te zoomen',
      'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te bewegen',
    } as Record<string, string>,
    placesOnMap: (count: number) => `${count} plaatsen op de kaart`,
    exportPng: 'Download kaart (PNG)',
    exportFileName: 'dekking-sociaal-raadslieden.png',
    /** The name beside the marker of the searched spot; positions from a table say they are a middle. */
    spot: {
      postcode: (postcode: string) => `Postcode ${postcode} (midden)`,
      plaats: (name: string) => `${name} (midden)`,
      punt: 'Uw locatie',
    },
  },
} as const;
