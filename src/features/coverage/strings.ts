import { nl as shared } from '../../shared/i18n/nl';
import type { PlaceKind } from '../../shared/model/schema';
import type { CoverageState } from '../../shared/model/coverage';
import type { ReachBand } from '../../shared/model/reach';

/**
 * The Dekking view's strings, beside the shared ones. Only the coverage view (loaded when opened)
 * imports this file, so these strings are not in the first view.
 */
export const nl = {
  ...shared,
  coverageView: {
    title: 'Dekking sociaal raadsliedenwerk',
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
    ownData: 'Hebt u een eigen lijst? Bekijk de kaart met uw eigen gegevens',
    /** The owner's own rows ("Eigen gegevens") on this view: never mistaken for the published map. */
    own: {
      region: 'Uw eigen gegevens',
      shown: 'U bekijkt de kaart met uw eigen gegevens (niet gepubliceerd)',
      hidden: 'Uw eigen gegevens zijn geladen. U ziet nu de gepubliceerde kaart.',
      mode: 'Wat wilt u zien?',
      together: 'Samen met de gepubliceerde gegevens (de nieuwste bron telt)',
      alone: 'Alleen uw gegevens',
      back: 'Terug naar de gepubliceerde kaart',
      show: 'Toon de kaart met uw gegevens',
      kept: (date: string) => `Uw gegevens staan in deze browser (bewaard op ${date}).`,
      remove: 'Verwijder mijn gegevens',
      workbench: 'Naar Eigen gegevens',
    },
    downloadCsv: 'Download CSV',
    downloadCsvHint: 'Tabel voor Excel of LibreOffice: alle gemeenten met status, bron en datum.',
    downloadGeojson: 'Download GeoJSON',
    downloadGeojsonHint: 'Kaartbestand voor QGIS: grenzen van de gemeenten met status en inwoners.',
    downloadHsds: 'Download HSDS',
    downloadHsdsHint:
      'Open data in HSDS, de internationale standaard voor gegevens over hulp (Open Referral). Voor wie zelf een sociale kaart of verwijsgids maakt: alle plekken en diensten, met bron, datum van de bron en of die ouder is dan drie jaar. Alleen met internet.',
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
} as const;

/**
 * The Dutch texts of the campaign parts of Dekking (coverage through the years, reach, the
 * factsheet) in one place. Only the lazily loaded Dekking chunk needs them, so they do not weigh
 * on the first view; the other Dekking texts are in `nl.coverageView` above.
 */
export const campaignStrings = {
  history: {
    title: 'Dekking door de jaren',
    caveat: [
      'Dit laat zien wat de bronnen zeggen, niet wat er echt was.',
      'Hoe verder terug, hoe groter "onbekend": van vroeger hebben we minder bronnen.',
      'Een bron zonder datum kunnen we niet in de tijd plaatsen. Die telt alleen mee voor vandaag, nooit voor een jaar terug.',
    ],
    yearLabel: 'Kies een jaar',
    yearOption: (year: number, current: boolean) => (current ? `${year} (vandaag)` : String(year)),
    asOfLabel: (date: string, current: boolean) =>
      current ? `Nederland, vandaag (${date})` : `Nederland, op ${date}`,
    liveSummary: (date: string, current: boolean, wel: string, niet: string, onbekend: string) =>
      `${current ? `Vandaag (${date})` : `Op ${date}`}: ${wel} gemeenten met sociaal raadslieden, ${niet} zonder, ${onbekend} onbekend.`,
    ageNote: (date: string) =>
      `"Oude bron" betekent: de bron was op ${date} ouder dan 3 jaar, of heeft geen datum.`,
    chartTitle: 'Gemeenten en inwoners per status, per jaar',
    chartGemeenten: 'Gemeenten',
    chartInwoners: 'Inwoners',
    chartDesc: (first: number, last: number, knownFirst: number, knownLast: number) =>
      `Staafdiagram van ${first} tot en met ${last}. Gemeenten met een bekende status: ${knownFirst} in ${first}, ${knownLast} in ${last}. De cijfers staan in de tabel bij de grafiek.`,
    tableSummary: 'Tabel bij de grafiek',
    tableCaption: (what: string) => `${what} per status, per jaar`,
    year: 'Jaar',
    /** Column heads of the table twin: short, with the full words in the legend above. */
    stateShort: {
      'wel-actueel': 'Wel',
      'wel-verouderd': 'Wel, oude bron',
      'niet-actueel': 'Geen',
      'niet-verouderd': 'Geen, oude bron',
      onbekend: 'Onbekend',
    } satisfies Record<CoverageState, string>,
    inwonersShare: 'Inwoners (percentage van alle inwoners)',
  },
  reach: {
    title: 'Hoe ver is de hulp?',
    intro:
      'Hoeveel inwoners wonen op welke afstand van de dichtstbijzijnde plaats van elke soort hulp? Afstand in een rechte lijn, vanaf het midden van elk postcodegebied.',
    srlRule:
      'Bij sociaal raadslieden telt alleen een kantoor dat voor de eigen gemeente werkt. Een kantoor van de buurgemeente telt niet mee.',
    onlyKnown:
      'Dit telt alleen de plaatsen die op de kaart staan, en die zijn nog niet compleet. Ontbreekt een plaats, dan lijkt de hulp verder weg dan ze is. De echte afstand is dus vaak kleiner: er is minstens zoveel hulp dichtbij als hier staat.',
    ageNote:
      "Ook plaatsen met een oude bron (ouder dan 3 jaar of zonder datum) tellen mee. Zo'n plaats kan intussen dicht zijn.",
    approximate:
      'Veel plaatsen staan ongeveer op de kaart (in het midden van hun woonplaats). De afstanden zijn dus een schatting.',
    loading: 'Afstanden laden…',
    failed: 'De afstanden konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    caption: (scope: string) => `Inwoners naar afstand tot de dichtstbijzijnde plaats: ${scope}`,
    kind: 'Soort hulp',
    distance: 'Afstand',
    /** The kinds as the end of "meer dan 10 km van …". */
    kindsIn: {
      'sociaal-raadslieden': 'sociaal raadslieden voor hun gemeente',
      ido: 'een IDO',
      'juridisch-loket': 'Het Juridisch Loket',
    } satisfies Record<PlaceKind, string>,
    band: {
      '0-5': '0 tot 5 km',
      '5-10': '5 tot 10 km',
      '10-20': '10 tot 20 km',
      '20+': '20 km of meer',
      geen: 'Geen plaats bekend',
    } satisfies Record<ReachBand, string>,
    bandShort: {
      '0-5': '0–5 km',
      '5-10': '5–10 km',
      '10-20': '10–20 km',
      '20+': '20+ km',
      geen: 'Geen bekend',
    } satisfies Record<ReachBand, string>,
    provinceCaption: (kind: string) =>
      `${kind}: percentage van de inwoners per afstand, per provincie`,
    kinds: {
      'sociaal-raadslieden': 'Sociaal raadslieden',
      ido: "IDO's",
      'juridisch-loket': 'Het Juridisch Loket',
    } satisfies Record<PlaceKind, string>,
    median: 'Helft woont binnen',
    medianValue: (km: string | undefined) => (km ? `${km} km` : 'onbekend'),
    moreThan10: (kind: string, count: string, percent: string) =>
      `Meer dan 10 km van ${kind} (of geen bekend): ${count} inwoners (${percent}).`,
    completeness: {
      'sociaal-raadslieden': (offices: number, served: number, total: number) =>
        `Sociaal raadslieden: ${offices} kantoren op de kaart, van diensten voor ${served} van de ${total} gemeenten. In 2023 had 42% van de gemeenten sociaal raadslieden (Divosa).`,
      ido: (known: number) =>
        `IDO's: ${known} van de 823 IDO's op de kaart (823 eind 2024, evaluatie POK-middelen, AEF, 2025).`,
      'juridisch-loket': (known: number) =>
        `Het Juridisch Loket: ${known} van de ruim 50 vestigingen op de kaart (jaarverslag 2023).`,
    } as const,
    completenessTitle: 'Hoe compleet is dit?',
    servedNoOffice: (gemeenten: string, inwoners: string) =>
      `${gemeenten} gemeenten (${inwoners} inwoners) hebben sociaal raadslieden, maar we weten niet waar hun kantoor is. Die inwoners staan bij "Geen plaats bekend".`,
    servedNoOfficeHere: (inwoners: string) =>
      `Deze gemeente heeft sociaal raadslieden, maar we weten niet waar hun kantoor is. Daarom staan de ${inwoners} inwoners bij "Geen plaats bekend".`,
    perProvince: 'Per provincie',
    perProvinceKind: 'Soort hulp per provincie',
    province: 'Provincie',
    netherlands: 'Nederland',
    profileTitle: 'Hoe ver is de hulp voor inwoners?',
    mapChoice: 'De kaart laat zien',
    mapStatus: 'Status sociaal raadslieden (per gemeente)',
    mapKind: (kind: string) => `Afstand tot ${kind}`,
    mapLegendTitle: (kind: string) =>
      `Afstand tot ${kind}: de helft van de inwoners van de gemeente woont binnen`,
    mapGeen: 'Geen plaats bekend voor de helft of meer (gestreept)',
    mapGeenShort: 'geen plaats bekend voor de helft of meer',
    mapHalfWithin: (band: string) => `de helft woont binnen ${band}`,
    mapNote:
      'Dit is de afstand tot de plaatsen die de kaart kent. Is een gemeente donker of gestreept, dan kan er toch hulp zijn die wij nog niet kennen.',
    population: (note: string) => `Inwoners per postcode: ${note}.`,
  },
  factsheet: {
    open: 'Feitenblad (printen)',
    openProvince: (name: string) => `Feitenblad ${name} (printen)`,
    back: 'Terug naar Dekking',
    print: 'Printen',
    title: (name: string) => `Feitenblad ${name}`,
    subtitle:
      'Gratis hulp bij geld, formulieren en recht: sociaal raadslieden, IDO en Het Juridisch Loket',
    printedOn: (date: string) => `Afgedrukt op ${date}.`,
    pages: (n: number) => (n === 1 ? 'Dit blad past op 1 A4.' : `Dit blad past op ${n} A4's.`),
    statusTitle: 'Sociaal raadslieden: status en bron',
    provinceStatusTitle: 'Sociaal raadslieden in de gemeenten',
    reachTitle: 'Hoe ver is de hulp?',
    nearestTitle: 'Dichtstbijzijnde hulp',
    nearestFrom: 'Afstand in een rechte lijn vanaf het midden van de gemeente.',
    sourcesTitle: 'Bronnen',
    sourceDates: (date: string, checked: string) =>
      `Datum van de bron: ${date}. Gelezen op ${checked}.`,
    distance: (km: string) => `${km} km`,
    noneKnown: 'Hier kennen we nog geen plaatsen van.',
    srlOffices: 'Sociaal raadslieden voor deze gemeente',
    srlNoOffice: 'We kennen geen kantoor van sociaal raadslieden dat voor deze gemeente werkt.',
    idoNearest: "Dichtstbijzijnde IDO's",
    loketNearest: 'Dichtstbijzijnde Het Juridisch Loket',
    factsTitle: 'Kerngegevens',
    statusLabel: 'Sociaal raadslieden',
    servicesLabel: 'Wie',
    accordingTo: (date: string | undefined) =>
      date ? `Volgens een bron van ${date}.` : 'Volgens een bron zonder datum.',
    sinceTitle: (year: number) => `Dekking sinds ${year}`,
    today: (year: number) => `${year} (nu)`,
    sinceCaption: (name: string) =>
      `${name}: gemeenten per status, per jaar (wat de bronnen zeggen)`,
    sinceNote:
      'Een jaar terug telt alleen een bron met een datum uit dat jaar of eerder. Daarom is "onbekend" vroeger groter.',
    gemeentenCaption: (name: string) => `Gemeenten in ${name}`,
    col: {
      gemeente: 'Gemeente',
      status: 'Sociaal raadslieden',
      sourceDate: 'Datum van de bron',
      inwoners: 'Inwoners',
      medianIdo: "Helft woont binnen (IDO's)",
      medianLoket: 'Helft woont binnen (Juridisch Loket)',
    },
    wel: 'Wel',
    niet: 'Geen',
    onbekend: 'Onbekend',
    noSourceDate: 'geen datum',
    gemeentenTitle: 'Gemeenten in deze provincie',
    notFound: 'Voor deze link kennen we geen gemeente of provincie.',
    dataVersion: (version: string, date: string) =>
      `Gegevens versie ${version}, bijgewerkt tot ${date}. Bron: Sociaal-juridische kaart.`,
    unknownHint: 'Onbekend betekent: we hebben geen bron gevonden. Dat is niet hetzelfde als geen.',
    otherHelp: 'Ander sociaaljuridisch aanbod (telt niet mee als sociaal raadslieden):',
    servedBy: (names: string) => `Werkgebied van: ${names}.`,
  },
} as const;
