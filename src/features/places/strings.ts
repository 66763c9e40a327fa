import type { PlaceKind, Precision } from '../../shared/model/schema';
import { nl as shared } from '../../shared/i18n/nl';

/**
 * The strings of a place's details, beside the shared ones; loaded with the details, not in the
 * first view. `nl` adds how exact a position is; `placeText` holds the rest of the details and
 * their printed sheet.
 */
export const nl = {
  ...shared,
  precision: {
    exact: 'Plaats op de kaart is het adres.',
    postcode: 'Plaats op de kaart is ongeveer: het midden van het postcodegebied.',
    plaats: 'Plaats op de kaart is ongeveer: het midden van de woonplaats.',
    gemeente: 'Plaats op de kaart is ongeveer: het midden van de gemeente.',
  } satisfies Record<Precision, string>,
} as const;

/**
 * Text of the place details and their printed sheet, in Dutch at B1. Loaded
 * with the details (not in the first view); the list and filter use the shared strings.
 */
export const placeText = {
  backToList: 'Terug naar de lijst',
  kindExplain: {
    'sociaal-raadslieden':
      'Sociaal raadslieden helpen gratis bij geld, toeslagen, schulden, brieven en formulieren.',
    ido: 'Bij een Informatiepunt Digitale Overheid (IDO) helpen ze u gratis met DigiD en met zaken van de overheid op de computer.',
    'juridisch-loket':
      'Het Juridisch Loket geeft gratis juridisch advies, bijvoorbeeld over werk, huur of schulden.',
  } satisfies Record<PlaceKind, string>,
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
  /** Only in the report mail, for the curators; residents never see the data version. */
  dataVersion: 'Versie van de gegevens',
  print: {
    printedOn: (date: string) => `Afgedrukt op ${date}.`,
    seeOnline: 'Bekijk online:',
  },
} as const;
