/** Texts of the embeddable finder (Dutch, B1). */
export const embedStrings = {
  title: 'Gratis hulp bij geld, regels en recht',
  intro:
    'Gratis hulp bij geld, formulieren en recht: sociaal raadslieden, Informatiepunten Digitale Overheid en Het Juridisch Loket.',
  postcodeLabel: 'Uw postcode',
  postcodeHint: 'Bijvoorbeeld 9712 AB of 9712. Uw postcode blijft op uw apparaat.',
  search: 'Zoek hulp',
  badPostcode: 'Dat is geen postcode. Typ 4 cijfers, en als u wilt 2 letters, zoals 9712 AB.',
  unknownPostcode:
    'Deze postcode kennen we niet. Kies hieronder uw gemeente, of bel gratis Het Juridisch Loket: 0800-8020.',
  chooseGemeente: 'Kies uw gemeente',
  chooseGemeentePlaceholder: 'Kies een gemeente…',
  loading: 'Gegevens laden…',
  postcodesLoading: 'Postcodes laden…',
  failed:
    'De gegevens konden niet worden geladen. Probeer het opnieuw, of bel gratis Het Juridisch Loket: 0800-8020.',
  retry: 'Opnieuw proberen',
  incomplete: (ido: number, jl: number) =>
    `Deze kaart kent nog niet alle plaatsen: ${ido} van de 823 Informatiepunten Digitale Overheid en ${jl} van de ruim 50 vestigingen van Het Juridisch Loket. Er kan dus hulp dichterbij zijn.`,
  fullMap: 'Open de hele kaart (nieuw venster)',
  source: 'Sociaal-juridische kaart: openbare bronnen, met de datum van elke bron.',
} as const;
