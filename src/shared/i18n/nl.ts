import type { CoverageState } from '../model/coverage';
import type { ClaimAge } from '../model/freshness';
import type {
  AccessMode,
  CoverageStatus,
  EvidenceKind,
  PlaceKind,
  Precision,
  SourceDateHow,
} from '../model/schema';

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
  },
  errors: {
    /** What could not be loaded, per data file; used as the title of the message. */
    dataTitle: {
      dataset: 'De gegevens konden niet worden geladen',
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
      postcodes: 'Zoeken op gemeente of op de naam van een organisatie werkt wel.',
      kaart: 'De lijst, het zoeken en de tabel werken wel.',
    },
    retry: 'Opnieuw proberen',
    invalidData: 'Het gegevensbestand is kapot of verouderd.',
    mapTitle: 'De kaart kan niet worden getoond',
    mapBody: 'Uw browser kan deze kaart niet tekenen. U kunt wel zoeken en de lijst gebruiken.',
    somethingWrong: 'Er ging iets mis in dit deel van de pagina.',
    reload: 'Pagina opnieuw laden',
    offlinePart:
      'U bent offline. Dit deel van de pagina laadt als u weer internet hebt. De rest van de pagina werkt wel.',
    /** Kinds of problem in a shared link; never the link's own text, which anyone can write. */
    badLink: 'Een deel van de link klopt niet. Dat deel is overgeslagen.',
    badLinkParts: {
      unknown: 'onbekende onderdelen',
      view: 'de pagina',
      query: 'de zoektekst',
      near: 'de plek',
      place: 'de plaats',
      kinds: 'de soort hulp',
      map: 'het kaartbeeld',
      gemeente: 'de gemeente',
      province: 'de provincie',
      status: 'de status',
    },
    badLinkWhich: (parts: string) => `Het ging om: ${parts}.`,
  },
  map: {
    region: 'Kaart',
    loaded: (count: number) => `Kaart geladen: ${count} gemeenten getekend.`,
    loadingMap: 'Kaart laden…',
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
  },
  search: {
    label: 'Zoek hulp',
    hint: 'Typ uw postcode, woonplaats, gemeente of de naam van een organisatie.',
    suggestions: 'Suggesties',
    count: (n: number) =>
      n === 0 ? 'Geen suggesties' : n === 1 ? '1 suggestie' : `${n} suggesties`,
    groups: {
      place: 'Plaatsen en organisaties',
      gemeente: 'Gemeenten',
      woonplaats: 'Woonplaatsen',
      postcode: 'Postcodes',
    },
    /** Detail lines of the suggestions, built by the search model. */
    hit: {
      place: (kind: PlaceKind, place: string) => `${nl.kindsShort[kind]} · ${place}`,
      gemeente: (provinceName: string) => provinceName,
      woonplaats: (gemeenteName: string) => `gemeente ${gemeenteName}`,
      postcodeArea: (place: string | undefined, gemeenteName: string) =>
        place ? `${place}, gemeente ${gemeenteName}` : `gemeente ${gemeenteName}`,
      /** A full postcode is looked up by its four digits only: the table has no street level. */
      fullPostcode: (pc4: number, place: string | undefined, gemeenteName: string) =>
        `Gebied ${pc4}: ${place ? `${place}, gemeente ${gemeenteName}` : `gemeente ${gemeenteName}`}. We zoeken alleen op de 4 cijfers.`,
    },
  },
  nearby: {
    title: 'Hulp bij u in de buurt',
    useLocation: 'Gebruik mijn locatie',
    locating: 'Uw locatie wordt gezocht…',
    locationDenied: 'Uw locatie is niet beschikbaar. Typ uw postcode of woonplaats.',
    locationPrivacy: 'Uw locatie blijft in uw browser. We sturen die nergens heen.',
    resolvedTo: (label: string, gemeente: string) => `${label} ligt in gemeente ${gemeente}.`,
    chosenGemeente: (gemeente: string) => `U koos gemeente ${gemeente}.`,
    nearestGuess:
      'De gemeente is geschat op de dichtstbijzijnde postcode. Klopt het niet? Kies uw gemeente.',
    correctGemeente: 'Andere gemeente kiezen',
    correctHint: 'Woont u op de grens? Kies dan hier uw gemeente.',
    srlTitle: 'Sociaal raadslieden voor uw gemeente',
    srlFor: (gemeente: string) => `Deze sociaal raadslieden werken voor inwoners van ${gemeente}:`,
    srlElsewhere: 'Het kantoor staat in een andere gemeente. U mag er toch heen.',
    srlNoOffice: 'We kennen het adres van hun spreekuur nog niet. Bel of kijk op de website.',
    srlNoOfficeNoContact:
      'We kennen het adres en telefoonnummer van hun spreekuur nog niet. Vraag het bij uw gemeente.',
    srlNone: (gemeente: string) =>
      `Voor ${gemeente} is er volgens onze bron geen sociaal raadslieden. Hieronder staat andere hulp in de buurt.`,
    srlUnknown: (gemeente: string) =>
      `We weten nog niet of ${gemeente} sociaal raadslieden heeft. Vraag het bij uw gemeente. Hieronder staat andere hulp in de buurt.`,
    srlKnownNoService: (gemeente: string) =>
      `Volgens onze bron heeft ${gemeente} sociaal raadslieden. Waar en wanneer hun spreekuur is, weten we nog niet. Vraag het bij uw gemeente. Hieronder staat andere hulp in de buurt.`,
    otherSrl: 'Sociaal raadslieden in de buurt (werken misschien niet voor uw gemeente)',
    idoTitle: "Dichtstbijzijnde Informatiepunten Digitale Overheid (IDO's)",
    jlTitle: 'Dichtstbijzijnde Het Juridisch Loket',
    noneKnown: 'Hier kennen we nog geen plaatsen van.',
    distanceNote: 'Afstand in een rechte lijn.',
    unknownPostcode: 'Deze postcode kennen we niet. Typ uw woonplaats of kies uw gemeente.',
    unknownPlace: 'Deze woonplaats kennen we niet. Kies uw gemeente.',
    clear: 'Wis zoekopdracht',
  },
  places: {
    listTitle: 'Plaatsen',
    inView: (count: number) => (count === 1 ? '1 plaats in beeld' : `${count} plaatsen in beeld`),
    all: (count: number) => (count === 1 ? '1 plaats' : `${count} plaatsen`),
    none: 'Geen plaatsen in dit deel van de kaart. Zoom uit of zoek op uw postcode.',
    filterLegend: 'Soort hulp',
    backToList: 'Terug naar de lijst',
    address: 'Adres',
    howToGetIn: 'Zo komt u binnen',
    openingHours: 'Openingstijden',
    openNow: 'Nu open',
    closedNow: 'Nu gesloten',
    hoursUnknown: 'Openingstijden onbekend. Bel of kijk op de website.',
    contact: 'Contact',
    phone: 'Bellen',
    email: 'E-mail',
    website: 'Website',
    route: 'Route (OpenStreetMap)',
    whatToBring: 'Neem mee',
    source: 'Bron',
    checkedOn: 'Gecontroleerd op',
    sourceDate: 'Datum van de bron',
    old: 'Let op: deze informatie is ouder dan 3 jaar.',
    oldShort: 'ouder dan 3 jaar',
    /** Used when a source shows no date of its own. */
    readOn: (date: string) => `gelezen op ${date}`,
    report: 'Meld een wijziging',
    reportSubject: (name: string, id: string) => `Wijziging voor ${name} (${id})`,
    notFound: 'Deze plaats staat niet (meer) in de gegevens.',
    organisation: 'Organisatie',
    unknownAccess: 'Niet bekend of u een afspraak nodig hebt. Bel eerst.',
    serviceArea: 'Werkt voor de gemeenten',
  },
  kinds: {
    'sociaal-raadslieden': 'Sociaal raadslieden',
    ido: 'Informatiepunt Digitale Overheid',
    'juridisch-loket': 'Het Juridisch Loket',
  } satisfies Record<PlaceKind, string>,
  kindsShort: {
    'sociaal-raadslieden': 'Sociaal raadslieden',
    ido: "IDO's",
    'juridisch-loket': 'Juridisch Loket',
  } satisfies Record<PlaceKind, string>,
  kindExplain: {
    'sociaal-raadslieden':
      'Sociaal raadslieden helpen gratis bij geld, toeslagen, schulden, brieven en formulieren.',
    ido: 'Bij een Informatiepunt Digitale Overheid helpen ze u gratis met DigiD en online zaken van de overheid.',
    'juridisch-loket':
      'Het Juridisch Loket geeft gratis juridisch advies, bijvoorbeeld over werk, huur of schulden.',
  } satisfies Record<PlaceKind, string>,
  access: {
    inloop: 'Inloop: u kunt zonder afspraak langskomen',
    afspraak: 'Alleen op afspraak',
    'telefonisch-online': 'Telefonisch of online',
  } satisfies Record<AccessMode, string>,
  accessShort: {
    inloop: 'inloop',
    afspraak: 'op afspraak',
    'telefonisch-online': 'telefonisch of online',
  } satisfies Record<AccessMode, string>,
  precision: {
    exact: 'Plaats op de kaart is het adres.',
    postcode: 'Plaats op de kaart is ongeveer: het midden van het postcodegebied.',
    plaats: 'Plaats op de kaart is ongeveer: het midden van de woonplaats.',
    gemeente: 'Plaats op de kaart is ongeveer: het midden van de gemeente.',
  } satisfies Record<Precision, string>,
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
    age: { actueel: 'Actueel', verouderd: 'Verouderd' } satisfies Record<ClaimAge, string>,
    ageExplain: {
      actueel: 'De bron is van de laatste 3 jaar.',
      verouderd: 'De bron is ouder dan 3 jaar of heeft geen datum. Dit kan veranderd zijn.',
    } satisfies Record<ClaimAge, string>,
    noDate: 'Datum onbekend',
    dateHow: {
      vermeld: 'de datum staat in de bron',
      url: 'de datum komt uit het webadres',
      tekst: 'de datum komt uit de tekst',
    } satisfies Record<SourceDateHow, string>,
    inferred: 'Afgeleid: de bron zegt dit niet letterlijk.',
    inferredShort: 'afgeleid',
    /** The answer for a resident: the source's date in words, and a warning when it is old. */
    accordingTo: (date: string | undefined) =>
      date ? `Volgens een bron van ${date}.` : 'Volgens een bron zonder datum.',
    mayHaveChanged: 'Dit kan veranderd zijn.',
    otherHelp: 'Er is wel ander sociaaljuridisch aanbod:',
    otherHelpNote: 'Dit is geen sociaal raadsliedenwerk en telt niet mee voor de dekking.',
    evidenceKind: {
      'sociaal-raadslieden': 'Sociaal raadslieden',
      plan: 'Plan (nog geen sociaal raadslieden)',
      pilot: 'Proef die nog niet is begonnen',
      clientondersteuning: 'Cliëntondersteuning',
      'vrijwilligers-spreekuur': 'Spreekuur van vrijwilligers',
      wetswinkel: 'Wetswinkel',
      contactpersoon: 'Contactpersoon bij de gemeente',
      'ander-aanbod': 'Ander aanbod',
    } satisfies Record<EvidenceKind, string>,
  },
  about: {
    title: 'Over deze kaart',
    intro: [
      'Deze kaart laat zien waar u gratis hulp krijgt bij geld, brieven, formulieren en recht.',
      'Er staan drie soorten hulp op: sociaal raadslieden, Informatiepunten Digitale Overheid (IDO) en Het Juridisch Loket.',
      'De kaart laat ook zien in welke gemeenten geen sociaal raadslieden zijn, of waar we dat nog niet weten.',
    ],
    whatTitle: 'Wat staat erin',
    counts: (srl: number, ido: number, jl: number) =>
      `${srl} plaatsen van sociaal raadslieden, ${ido} IDO's en ${jl} plaatsen van Het Juridisch Loket.`,
    services: (services: number, evidence: number) =>
      `${services} diensten van sociaal raadslieden met de gemeenten waarvoor ze werken, en ${evidence} andere bronnen over gemeenten.`,
    checkedUntil: (date: string) => `Laatst gecontroleerd op ${date}.`,
    sourcesTitle: 'Bronnen en licenties',
    incompleteTitle: 'De kaart is nog niet compleet',
    /** How far the dataset is from complete, against the published totals (sources in the text). */
    completeness: (ido: number, jl: number, known: number, total: number, current: number) => [
      `Eind 2024 waren er 823 IDO's in Nederland (evaluatie POK-middelen, AEF, 2025). Op deze kaart staan er ${ido}.`,
      `Het Juridisch Loket had eind 2023 "ruim vijftig vestigingen". Op deze kaart staan ${jl} plaatsen.`,
      `Van ${known} van de ${total} gemeenten weten we of er sociaal raadslieden zijn. Voor ${current} daarvan is de bron uit de laatste 3 jaar.`,
    ],
    incomplete: [
      'Er bestaat geen complete lijst van deze plaatsen. We verzamelen ze één voor één uit openbare bronnen, zoals websites van gemeenten, bibliotheken en welzijnsorganisaties.',
      'Elke plaats en elke gemeente noemt zijn bron en de datum. Weten we iets niet, dan staat er "onbekend". Is de bron ouder dan 3 jaar, of staat er geen datum in, dan staat erbij dat het oud is: het kan veranderd zijn.',
      'Staat een plaats niet op de juiste plek? Vaak weten we alleen de postcode, de woonplaats of de gemeente. Dan staat de plaats ongeveer goed en zeggen we dat erbij.',
    ],
    privacyTitle: 'Privacy',
    privacy:
      'Wat u typt, blijft in uw browser. We gebruiken geen cookies en geen trackers. De kaart haalt alleen iets op bij een andere website als u zelf de online achtergrondkaart aanzet.',
    reportTitle: 'Een fout melden',
    report:
      'Klopt er iets niet? Gebruik de knop "Meld een wijziging" bij een plaats. Noem de bron als u die weet.',
  },
  accessibility: {
    title: 'Toegankelijkheid',
    body: [
      'We willen dat iedereen deze kaart kan gebruiken, ook met alleen een toetsenbord, een schermlezer of een vergroting.',
      'We houden ons aan de richtlijnen WCAG 2.2, niveau AA.',
      'Alles wat op de kaart staat, staat ook in een lijst of een tabel.',
    ],
    testedTitle: 'Wat we testen',
    tested: [
      'Bij elke wijziging test een computer de pagina’s met axe op de regels van WCAG 2.2 AA.',
      'We testen of u met alleen het toetsenbord kunt zoeken, een plaats kunt openen en terug kunt gaan.',
      'Kleur is nooit het enige teken: elke soort hulp heeft ook een eigen vorm, en elke status staat er ook in woorden.',
    ],
    knownTitle: 'Wat nog niet goed is',
    known: [
      'Op de kaart zelf staan geen namen. Gebruik de lijst of de tabel om namen te lezen.',
      'De kaart werkt niet in oudere browsers zonder WebGL2. Zoeken en de lijst werken dan wel.',
    ],
  },
  /** The Dekking view (coverage of sociaal raadsliedenwerk). */
  coverageView: {
    title: 'Dekking sociaal raadsliedenwerk',
    intro:
      'Welke gemeenten hebben sociaal raadslieden, en hoeveel mensen wonen daar? Elke uitspraak heeft een bron en een datum. Wat we niet weten, staat er als onbekend.',
    legendTitle: 'Legenda',
    legendScope: (scope: string) => `Aantal gemeenten in ${scope}`,
    netherlands: 'Nederland',
    filtersTitle: 'Kies wat u wilt zien',
    province: 'Provincie',
    allProvinces: 'Alle provincies',
    status: 'Status',
    allStatuses: 'Alle statussen',
    anyAge: 'oude en nieuwe bronnen',
    summaryTitle: 'Samenvatting',
    summaryCaption: (scope: string) => `Gemeenten en inwoners per status: ${scope}`,
    summaryStatus: 'Status',
    summaryGemeenten: 'Gemeenten',
    summaryInwoners: 'Inwoners',
    summaryTotal: 'Totaal',
    byAgeTitle: 'Hoe oud zijn de bronnen?',
    pngAgeNote: (today: string) =>
      `Stand op ${today}. "Oude bron": de bron is ouder dan 3 jaar of heeft geen datum; dit kan veranderd zijn.`,
    byAge: {
      current: (wel: string, welInw: string, niet: string, nietInw: string) =>
        `Bevestigd in de laatste 3 jaar: ${wel} gemeenten met sociaal raadslieden (${welInw} inwoners) en ${niet} zonder (${nietInw} inwoners).`,
      outdated: (wel: string, welInw: string, niet: string, nietInw: string) =>
        `Alleen oudere bronnen of bronnen zonder datum: ${wel} gemeenten met (${welInw} inwoners) en ${niet} zonder (${nietInw} inwoners). Dit kan veranderd zijn.`,
      unknown: (count: string, inw: string) =>
        `Onbekend: ${count} gemeenten (${inw} inwoners). Onbekend is niet hetzelfde als geen.`,
      noneCurrent: 'Voor geen enkele gemeente hebben we een bron uit de laatste 3 jaar.',
    },
    shareOurs: (percent: string, count: string, total: string) =>
      `Volgens onze bronnen heeft ${percent} van de gemeenten sociaal raadslieden (${count} van ${total}).`,
    shareIsMinimum: 'Dat is het minimum: bij de gemeenten met onbekend kan het ook zo zijn.',
    reference:
      'In 2023 had 42% van de gemeenten sociaal raadslieden (inventarisatie Significant Public voor Divosa).',
    referenceLink: 'Lees het bericht van Sociaal Werk Nederland',
    referenceUrl:
      'https://www.sociaalwerknederland.nl/actueel/nieuws/12702-onderzoek-aanbod-sociaaljuridische-ondersteuning-een-lokettenjungle',
    unknownCount: (count: string) => `Van ${count} gemeenten weten we het nog niet.`,
    unknownNone: 'Van alle gemeenten weten we of er sociaal raadslieden zijn.',
    populationNote: (note: string) => `Inwoners: ${note}.`,
    downloadsTitle: 'Gegevens downloaden',
    downloadCsv: 'Download CSV',
    downloadCsvHint: 'Tabel voor Excel of LibreOffice: alle gemeenten met status, bron en datum.',
    downloadGeojson: 'Download GeoJSON',
    downloadGeojsonHint: 'Kaartbestand voor QGIS: grenzen van de gemeenten met status en inwoners.',
    downloadBusy: 'Bezig met downloaden…',
    downloadFailed: 'Het kaartbestand kon niet worden geladen. Probeer het later opnieuw.',

    table: {
      title: 'Alle gemeenten',
      caption: (shown: string, total: string) =>
        shown === total
          ? `Dekking per gemeente: ${total} gemeenten`
          : `Dekking per gemeente: ${shown} van ${total} gemeenten`,
      filterName: 'Filter op naam',
      filterHint: 'Typ een deel van de naam van de gemeente.',
      sortHint: 'Klik op een kolomkop om te sorteren.',
      name: 'Gemeente',
      province: 'Provincie',
      status: 'Status',
      population: 'Inwoners',
      providers: 'Aanbieder',
      source: 'Bron',
      sourceDate: 'Datum van de bron',
      age: 'Leeftijd',
      checkedOn: 'Gecontroleerd op',
      noProvider: '—',
      noProviderText: 'Geen aanbieder bekend',
      noSource: 'Geen bron',
      conflict: 'bronnen spreken elkaar tegen',
      empty: 'Geen gemeenten gevonden. Pas het filter aan.',
      openProfile: (name: string) => `Bekijk ${name}`,
    },

    profile: {
      back: 'Terug naar overzicht',
      notFound: (code: string) => `We kennen geen gemeente met code ${code}.`,
      print: 'Print',
      printHeader: 'Bewijsblad dekking sociaal raadsliedenwerk',
      printedOn: (date: string) => `Afgedrukt op ${date}.`,
      province: 'Provincie',
      inwoners: 'Inwoners',
      statusTitle: 'Status en bronnen',
      status: 'Status',
      conflict: 'De bronnen spreken elkaar tegen; de nieuwste telt.',
      decisive: 'Deze bron telt (de nieuwste).',
      claimSays: 'Deze bron zegt:',
      fromService: (name: string) => `Werkgebied van ${name}.`,
      source: 'Bron',
      sourceDate: 'Datum van de bron',
      noSourceDate: 'Geen datum in de bron',
      checkedOn: 'Gecontroleerd op',
      stale: 'ouder dan 3 jaar',
      unknown: 'Onbekend: we hebben geen bron gevonden.',
      tellUs: 'Weet u meer? Meld het ons.',
      tellUsSubject: (name: string, code: string) =>
        `Dekking sociaal raadslieden: ${name} (${code})`,
      servicesTitle: 'Sociaal raadslieden voor deze gemeente',
      noServices: 'We kennen geen sociaal raadslieden die voor deze gemeente werken.',
      noServiceRecord:
        'De bron hierboven zegt dat er sociaal raadslieden zijn. Wie ze levert en waar het spreekuur is, weten we nog niet.',
      provider: (provider: string) => `Aanbieder: ${provider}.`,
      noOffices: 'We weten niet waar het kantoor is.',
      officeElsewhere: (gemeente: string) =>
        `Dit kantoor staat in een andere gemeente: ${gemeente}.`,
      website: (name: string) => `Website van ${name}`,
      idoTitle: "IDO's in deze gemeente",
      noIdo: 'We kennen geen Informatiepunt Digitale Overheid in deze gemeente.',
      loketTitle: 'Dichtstbijzijnde Juridisch Loket',
      loketDistance: (km: string) =>
        `Ongeveer ${km} km in rechte lijn vanaf het midden van de gemeente.`,
      noLoket: 'We kennen geen vestiging van Het Juridisch Loket.',
    },
  },
  sources: {
    title: 'Bronnen',
    boundaries:
      'Gemeente- en provinciegrenzen 2026: CBS / PDOK (CBS Gebiedsindelingen, CC BY 4.0), vereenvoudigd door cartomap.',
    postcodes:
      'Postcodecentroïden: BAG (Kadaster) via P. Arends (MIT); inwoners per postcode: CBS 83503NED (CC BY 4.0).',
    places:
      'Plaatsen en dekking: handmatig verzameld uit openbare bronnen; elke regel noemt zijn bron en datum.',
  },
} as const;

export type Strings = typeof nl;
