import type { AccessMode } from '../../shared/model/schema';
import { nl as shared } from '../../shared/i18n/nl';

/**
 * The strings of "Hulp bij u in de buurt" beyond the search field, beside the shared ones; loaded
 * with that panel, not in the first view.
 */
export const nl = {
  ...shared,
  nearby: {
    ...shared.nearby,
    title: 'Hulp bij u in de buurt',
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
    unknownGemeente: 'Deze gemeente kennen we niet. Kies uw gemeente.',
    outsideNetherlands:
      'Deze plek ligt buiten Nederland. Deze kaart toont alleen hulp in Nederland. Kies uw gemeente, of typ uw postcode of woonplaats.',
    chooseGemeente: 'Kies uw gemeente',
    choosePlaceholder: 'Kies een gemeente…',
    clear: 'Wis zoekopdracht',
  },
  accessShort: {
    inloop: 'inloop',
    afspraak: 'op afspraak',
    'telefonisch-online': 'telefonisch of online',
  } satisfies Record<AccessMode, string>,
} as const;
