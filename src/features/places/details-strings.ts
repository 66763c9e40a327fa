/**
 * Text of the place details, the access sentence and the printed sheet, in Dutch at B1. Loaded
 * with the details (not in the first view); the list and filter use the shared strings.
 */
export const placeText = {
  backToList: 'Terug naar de lijst',
  organisation: 'Organisatie',
  address: 'Adres',
  noStreet: 'Het precieze adres weten we niet.',
  howToGetIn: 'Zo komt u binnen',
  openingHours: 'Openingstijden',
  openNow: 'Nu open',
  closedNow: 'Nu gesloten',
  hoursUnknown: 'We weten de openingstijden niet.',
  hoursUnknownCall: 'We weten de openingstijden niet. Bel of kijk op de website.',
  contact: 'Contact',
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  route: 'Route (OpenStreetMap)',
  whatToBring: 'Neem mee',
  serviceArea: 'Werkt voor inwoners van',
  report: 'Meld een wijziging',
  reportSubject: (name: string, id: string) => `Wijziging voor ${name} (${id})`,
  /** The access sentence: one sentence (two at most) for every combination of ways in. */
  access: {
    walkIn: (when: string) => `Inloop op ${when}.`,
    walkInAnyTime: 'U kunt zonder afspraak langskomen.',
    walkInOrAppointment: (when: string) => `Inloop op ${when}, of op afspraak.`,
    walkInOrAppointmentAnyTime: 'U kunt zonder afspraak langskomen of een afspraak maken.',
    appointmentOnly: 'Alleen op afspraak.',
    appointmentOrRemote: 'Op afspraak, of per telefoon of online.',
    remoteOnly: 'Hulp per telefoon of online.',
    alsoRemote: 'U kunt ook bellen of online hulp vragen.',
    unknown: 'We weten niet of u een afspraak nodig hebt.',
    unknownCallFirst: 'We weten niet of u een afspraak nodig hebt. Bel eerst.',
  },
  print: {
    printedOn: (date: string) => `Afgedrukt op ${date}.`,
    seeOnline: 'Bekijk online:',
  },
} as const;
