import { nl as shared } from '../../shared/i18n/nl';

/**
 * The Dekking view's strings, beside the shared ones. Only the coverage view (loaded when opened)
 * imports this file, so these strings are not in the first view.
 */
export const nl = {
  ...shared,
  coverageView: {
    ...shared.coverageView,
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
} as const;
