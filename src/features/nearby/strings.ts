import { nl as shared } from '../../shared/i18n/nl';

/**
 * The strings of "Hulp bij u in de buurt" beyond the search field, beside the shared ones; loaded
 * with that panel, not in the first view. `nl` holds what the origin problem says when a place
 * cannot be found; `nearbyText` the answer itself and the referral.
 */
export const nl = {
  ...shared,
  nearby: {
    ...shared.nearby,
    unknownPostcode: 'Deze postcode kennen we niet. Typ uw woonplaats of kies uw gemeente.',
    unknownWoonplaats: 'Deze woonplaats kennen we niet. Typ uw postcode of kies uw gemeente.',
    unknownGemeente: 'Deze gemeente kennen we niet. Kies uw gemeente.',
    outsideNetherlands:
      'Deze plek ligt buiten Nederland. Deze kaart toont alleen hulp in Nederland. Kies uw gemeente, of typ uw postcode of woonplaats.',
    chooseGemeente: 'Kies uw gemeente',
    choosePlaceholder: 'Kies een gemeente…',
  },
} as const;

/**
 * Text of the answer ("Hulp bij u in de buurt") and the referral, in Dutch at B1: short
 * sentences, plain words, "u". Loaded with the answer, not in the first view.
 */
export const nearbyText = {
  title: 'Hulp bij u in de buurt',
  resolvedTo: (label: string, gemeente: string) => `${label} ligt in gemeente ${gemeente}.`,
  chosenGemeente: (gemeente: string) => `U koos gemeente ${gemeente}.`,
  nearestGuess:
    'We hebben de gemeente geschat met de postcode die het dichtst bij u ligt. Klopt het niet? Kies onderaan uw gemeente.',
  correctGemeente: 'Andere gemeente kiezen',
  correctHint: 'Woont u op de grens van twee gemeenten? Kies dan hier uw gemeente.',

  status: {
    wel: (gemeente: string) => `In ${gemeente} zijn sociaal raadslieden.`,
    niet: (gemeente: string) => `In ${gemeente} zijn geen sociaal raadslieden, volgens onze bron.`,
    onbekend: (gemeente: string) =>
      `We weten nog niet of er in ${gemeente} sociaal raadslieden zijn.`,
  },
  srlExplain:
    'Sociaal raadslieden helpen gratis bij geld, toeslagen, schulden, brieven en formulieren.',

  stepsTitle: 'Wat kunt u nu doen?',
  steps: {
    office: (name: string) => `Ga naar ${name}.`,
    serviceContact: (name: string) => `Neem contact op met ${name}.`,
    viaGemeente: (gemeente: string) =>
      `Vraag aan de gemeente ${gemeente} waar en wanneer de sociaal raadslieden spreekuur hebben.`,
    askGemeente: (gemeente: string) =>
      `Vraag aan de gemeente ${gemeente} of er sociaal raadslieden zijn.`,
    callGemeente: 'Bel de gemeente:',
    gemeenteWebsite: (gemeente: string) => `Website van de gemeente ${gemeente}`,
    loket: 'Hebt u een vraag over uw rechten, bijvoorbeeld over werk, huur of een boete?',
    loketCall: 'Bel Het Juridisch Loket, gratis:',
    loketNoPhone: 'Neem contact op met Het Juridisch Loket. Het advies is gratis.',
    loketNearest: 'Het kantoor dat het dichtst bij u is:',
    ido: 'Hulp nodig met DigiD of met formulieren van de overheid op de computer? Ga naar een Informatiepunt Digitale Overheid (IDO). Die zitten meestal in de bibliotheek.',
    idoNearest: 'Het IDO dat het dichtst bij u is, voor zover wij weten:',
    idoLimits: (known: number, total: number) =>
      `Deze kaart kent nog niet alle IDO's (${known} van de ${total}). Vraag ook in uw bibliotheek.`,
    noneKnown: 'We kennen er nog geen in de buurt.',
  },

  servicesTitle: (gemeente: string) => `Sociaal raadslieden voor ${gemeente}`,
  servicesFor: (gemeente: string) =>
    `Deze sociaal raadslieden werken voor inwoners van ${gemeente}:`,
  officeElsewhere: 'Dit kantoor staat in een andere gemeente. U kunt er toch terecht.',
  noOffice: 'We weten nog niet waar hun spreekuur is.',
  idoTitle: "Informatiepunten Digitale Overheid (IDO's) in de buurt",
  loketTitle: 'Het Juridisch Loket in de buurt',
  otherTitle: 'Sociaal raadslieden voor andere gemeenten',
  otherWhy: (gemeente: string, km: number) =>
    `Deze sociaal raadslieden werken voor andere gemeenten, niet voor ${gemeente}. Misschien helpen ze u toch. Bel of vraag dat eerst. We tonen alleen plaatsen tot ${km} km.`,
  noneKnown: 'We kennen hier nog geen plaatsen.',
  distanceNote: 'Afstanden zijn in een rechte lijn.',

  referral: {
    print: 'Print verwijzing',
    copyText: 'Kopieer als tekst',
    textCopied: 'De tekst is gekopieerd. U kunt hem in een bericht plakken.',
    copyLink: 'Kopieer link',
    linkCopied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Kies de tekst en kopieer hem zelf.',
    includeClient: 'Postcode en gemeente op de verwijzing zetten',
    includeClientHint: 'Zonder vinkje staan er alleen de plaatsen op, niet waar uw cliënt woont.',
    title: 'Verwijzing: gratis hulp bij geld, formulieren en recht',
    forClient: (where: string) => `Voor: ${where}.`,
    printedOn: (date: string) => `Afgedrukt op ${date}.`,
    online: 'Meer hulp zoeken:',
    address: 'Adres',
    access: 'Zo komt u binnen',
    hours: 'Openingstijden',
    phone: 'Telefoon',
    website: 'Website',
    source: 'Bron',
    approximate: 'precies adres onbekend',
    yourGemeente: 'Uw gemeente',
    askWhere: 'Vraag aan de gemeente waar en wanneer de sociaal raadslieden spreekuur hebben.',
    askWhether: 'Vraag aan de gemeente of er sociaal raadslieden zijn.',
    kind: {
      raadslieden: 'Sociaal raadslieden',
      gemeente: 'Gemeente',
      loket: 'Het Juridisch Loket',
      ido: 'Informatiepunt Digitale Overheid (IDO)',
    },
  },
} as const;
