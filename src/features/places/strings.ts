import type { AccessMode, PlaceKind, Precision } from '../../shared/model/schema';
import { nl as shared } from '../../shared/i18n/nl';

/**
 * The strings of a place's details (what each kind does, how to get in, how exact the position
 * is), beside the shared ones; loaded with the details, not in the first view.
 */
export const nl = {
  ...shared,
  places: {
    ...shared.places,
    backToList: 'Terug naar de lijst',
    address: 'Adres',
    howToGetIn: 'Zo komt u binnen',
    openingHours: 'Openingstijden',
    contact: 'Contact',
    phone: 'Bellen',
    email: 'E-mail',
    route: 'Route (OpenStreetMap)',
    whatToBring: 'Neem mee',
    report: 'Meld een wijziging',
    reportSubject: (name: string, id: string) => `Wijziging voor ${name} (${id})`,
    organisation: 'Organisatie',
    unknownAccess: 'Niet bekend of u een afspraak nodig hebt. Bel eerst.',
    serviceArea: 'Werkt voor de gemeenten',
  },
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
  precision: {
    exact: 'Plaats op de kaart is het adres.',
    postcode: 'Plaats op de kaart is ongeveer: het midden van het postcodegebied.',
    plaats: 'Plaats op de kaart is ongeveer: het midden van de woonplaats.',
    gemeente: 'Plaats op de kaart is ongeveer: het midden van de gemeente.',
  } satisfies Record<Precision, string>,
} as const;
