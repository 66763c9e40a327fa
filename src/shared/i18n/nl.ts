import type { CoverageState } from '../model/coverage';
import type { CoverageStatus, PlaceKind } from '../model/schema';

/**
 * Every text the user sees, in Dutch at B1 level: short sentences, plain words. Kept in one
 * object so another language can follow by adding a file with the same shape.
 */
export const nl = {
  common: {
    close: 'Sluiten',
    back: 'Terug',
    print: 'Printen',
    copyLink: 'Kopieer link',
    linkCopied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Kopieer de link uit de adresbalk.',
    showMore: 'Toon meer',
    newWindow: ' (opent in een nieuw venster)',
    approximate: ' (ongeveer)',
    yourLocation: 'Uw locatie',
  },
  app: {
    title: 'Sociaal-juridische kaart',
    tagline: 'Gratis hulp bij geld, formulieren en recht. Waar is het, en waar ontbreekt het?',
    skipToContent: 'Ga naar de inhoud',
    mainNav: 'Hoofdmenu',
    loading: 'Gegevens laden…',
    dataVersion: (version: string, date: string) =>
      `Gegevens versie ${version}, bijgewerkt tot ${date}.`,
    /** For residents: the date, not the version hash. */
    dataUpdated: (date: string) => `Gegevens gecontroleerd tot ${date}.`,
  },
  update: {
    message: 'Er is een nieuwe versie van de kaart. Laad de nieuwe versie.',
    reload: 'Nieuwe versie laden',
  },
  nav: {
    zoeken: 'Hulp zoeken',
    dekking: 'Dekking',
    over: 'Over deze kaart',
    toegankelijkheid: 'Toegankelijkheid',
    gegevens: 'Eigen gegevens',
  },
  errors: {
    /** What could not be loaded, per data file; used as the title of the message. */
    dataTitle: {
      dataset: 'De gegevens konden niet worden geladen',
      places: 'De plaatsen konden niet worden geladen',
      postcodes: 'De postcodes konden niet worden geladen',
      kaart: 'De kaart kon niet worden geladen',
    },
    dataBody:
      'Controleer uw internet en probeer het opnieuw. Lukt het niet? Bel Het Juridisch Loket, gratis: 0800-8020.',
    offline:
      'U bent offline: er is nu geen internet. Probeer het opnieuw als u weer internet hebt.',
    timeout: 'Het laden duurt te lang. Misschien is de verbinding slecht. Probeer het opnieuw.',
    /** What still works when that file is missing. */
    stillWorks: {
      dataset: 'Voor hulp kunt u gratis Het Juridisch Loket bellen: 0800-8020.',
      places:
        'De kaart met de dekking per gemeente werkt wel. Voor hulp kunt u gratis Het Juridisch Loket bellen: 0800-8020.',
      postcodes: 'Zoeken op gemeente of op de naam van een organisatie werkt wel.',
      kaart: 'De lijst, het zoeken en de tabel werken wel.',
    },
    retry: 'Opnieuw proberen',
    invalidData: 'Het gegevensbestand is kapot of verouderd.',
    mapTitle: 'De kaart kan niet worden getoond',
    mapBody: 'Uw browser kan deze kaart niet tekenen. U kunt wel zoeken en de lijst gebruiken.',
    somethingWrong: 'Er ging iets mis in dit deel van de pagina.',
    reload: 'Pagina opnieuw laden',
    partNotLoaded:
      'Dit deel van de pagina kon niet laden. Misschien is uw internet weg of te traag. De rest van de pagina werkt wel.',
    offlinePart:
      'U bent offline. Dit deel van de pagina laadt als u weer internet hebt. De rest van de pagina werkt wel.',
  },
  map: {
    region: 'Kaart',
    loadingMap: 'Kaart laden…',
    coveragePictureAlt:
      'Kaart van de dekking per gemeente, als afbeelding met legenda en datum. De tabel geeft dezelfde gegevens.',
  },
  search: {
    label: 'Zoek hulp',
    hint: 'Typ uw postcode, woonplaats, gemeente of de naam van een organisatie.',
    suggestions: 'Suggesties',
    count: (n: number) =>
      n === 0 ? 'Geen suggesties' : n === 1 ? '1 suggestie' : `${n} suggesties`,
    loading: 'Even laden…',
    pick: (n: number) =>
      n === 1 ? 'Kies de suggestie als die klopt.' : 'Kies een van de suggesties.',
    noMatch: 'We vinden niets. Typ uw postcode, woonplaats of gemeente.',
  },
  nearby: {
    useLocation: 'Gebruik mijn locatie',
    locating: 'Uw locatie wordt gezocht…',
    locationDenied: 'Uw locatie is niet beschikbaar. Typ uw postcode of woonplaats.',
    locationPrivacy: 'Uw locatie blijft in uw browser. We sturen die nergens heen.',
    resolvedTo: (label: string, gemeente: string) => `${label} ligt in gemeente ${gemeente}.`,
    chosenGemeente: (gemeente: string) => `U koos gemeente ${gemeente}.`,
  },
  places: {
    listTitle: 'Plaatsen',
    loading: 'Plaatsen laden…',
    inView: (count: number) => (count === 1 ? '1 plaats in beeld' : `${count} plaatsen in beeld`),
    all: (count: number) => (count === 1 ? '1 plaats' : `${count} plaatsen`),
    none: 'Geen plaatsen in dit deel van de kaart. Zoom uit of zoek op uw postcode.',
    filterLegend: 'Soort hulp',
    openNow: 'Nu open',
    closedNow: 'Nu gesloten',
    hoursUnknown: 'Openingstijden onbekend. Bel of kijk op de website.',
    website: 'Website',
    idoExplain:
      'IDO: Informatiepunt Digitale Overheid. Daar helpen ze u gratis met DigiD en zaken van de overheid op de computer. Meestal in de bibliotheek.',
    source: 'Bron',
    checkedOn: 'Gecontroleerd op',
    sourceDate: 'Datum van de bron',
    old: 'Let op: deze informatie is ouder dan 3 jaar.',
    oldShort: 'ouder dan 3 jaar',
    /** Used when a source shows no date of its own. */
    readOn: (date: string) => `gelezen op ${date}`,
    notFound: 'Deze plaats staat niet (meer) in de gegevens.',
  },
  kinds: {
    'sociaal-raadslieden': 'Sociaal raadslieden',
    ido: 'Informatiepunt Digitale Overheid',
    'juridisch-loket': 'Het Juridisch Loket',
  } satisfies Record<PlaceKind, string>,
  /** One place of a kind, in a list or a suggestion. */
  kindsShort: {
    'sociaal-raadslieden': 'Sociaal raadslieden',
    ido: 'IDO',
    'juridisch-loket': 'Juridisch Loket',
  } satisfies Record<PlaceKind, string>,
  /** A kind as a filter label: all places of it. */
  kindsPlural: {
    'sociaal-raadslieden': 'Sociaal raadslieden',
    ido: "IDO's",
    'juridisch-loket': 'Juridisch Loket',
  } satisfies Record<PlaceKind, string>,
  coverage: {
    wel: 'Wel sociaal raadslieden',
    niet: 'Geen sociaal raadslieden',
    onbekend: 'Onbekend',
  } satisfies Record<CoverageStatus, string>,
  /** How old and how strong a claim is (one threshold: FRESH_YEARS in model/freshness). */
  freshness: {
    state: {
      'wel-actueel': 'Wel sociaal raadslieden',
      'wel-verouderd': 'Wel sociaal raadslieden, oude bron',
      'niet-actueel': 'Geen sociaal raadslieden',
      'niet-verouderd': 'Geen sociaal raadslieden, oude bron',
      onbekend: 'Onbekend',
    } satisfies Record<CoverageState, string>,
    stateExplain: {
      'wel-actueel': 'bron uit de laatste 3 jaar',
      'wel-verouderd': 'bron ouder dan 3 jaar of zonder datum',
      'niet-actueel': 'bron uit de laatste 3 jaar',
      'niet-verouderd': 'bron ouder dan 3 jaar of zonder datum',
      onbekend: 'geen bron gevonden; dat is niet hetzelfde als geen',
    } satisfies Record<CoverageState, string>,
  },
  sources: {
    title: 'Bronnen',
    boundaries:
      'Gemeente- en provinciegrenzen 2026: CBS / PDOK (CBS Gebiedsindelingen, CC BY 4.0), vereenvoudigd door cartomap.',
    postcodes:
      'Postcodecentroïden: BAG (Kadaster) via P. Arends (MIT); inwoners per postcode: CBS 83503NED (CC BY 4.0).',
    places:
      'Plaatsen en dekking: handmatig verzameld uit openbare bronnen; elke regel noemt zijn bron en datum.',
    basemap:
      'Kaart: buurlanden uit Natural Earth (publiek domein); namen in Noto Sans (SIL Open Font License 1.1).',
  },
} as const;
