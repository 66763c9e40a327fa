import { nl as shared } from '../../shared/i18n/nl';
import { IDO_TOTAL_PUBLISHED } from '../../shared/model/published-totals';

/**
 * The text pages' strings (Over deze kaart, Toegankelijkheid), beside the shared ones; loaded with
 * those pages, not in the first view.
 */
export const nl = {
  ...shared,
  about: {
    title: 'Over deze kaart',
    embed: {
      title: 'Zet de zoekhulp op uw website',
      intro: [
        'Bibliotheken, gemeenten en welzijnsorganisaties kunnen "Hulp bij u in de buurt" op hun eigen website zetten. Bezoekers typen hun postcode en zien de hulp in hun gemeente.',
        'De postcode blijft op het apparaat van de bezoeker. De zoekhulp gebruikt geen cookies en geen trackers, en haalt niets op bij andere websites.',
      ],
      choose: 'Voor welke gemeente of provincie?',
      noPreset: 'Geen: de bezoeker kiest zelf',
      provinces: 'Provincies',
      gemeenten: 'Gemeenten',
      snippet: 'Code om op uw website te plakken',
      frameTitle: 'Hulp bij u in de buurt: gratis hulp bij geld, regels en recht',
      copy: 'Kopieer de code',
      copied: 'De code is gekopieerd.',
      copyFailed: 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.',
      allowList:
        'Let op: de zoekhulp werkt alleen op websites die wij kennen. Mail ons het adres van uw website; dan zetten wij het op de lijst.',
    },
    intro: [
      'Deze kaart laat zien waar u gratis hulp krijgt bij geld, brieven, formulieren en recht.',
      'Er staan drie soorten hulp op: sociaal raadslieden, Informatiepunten Digitale Overheid (IDO) en Het Juridisch Loket.',
      'De kaart laat ook zien in welke gemeenten geen sociaal raadslieden zijn, of waar we dat nog niet weten.',
    ],
    whatTitle: 'Wat staat erin',
    placesLoading: 'Plaatsen laden…',
    counts: (srl: number, ido: number, jl: number) =>
      `${srl} plaatsen van sociaal raadslieden, ${ido} IDO's en ${jl} plaatsen van Het Juridisch Loket.`,
    services: (services: number, evidence: number) =>
      `${services} diensten van sociaal raadslieden met de gemeenten waarvoor ze werken, en ${evidence} andere bronnen over gemeenten.`,
    checkedUntil: (date: string) => `Laatst gecontroleerd op ${date}.`,
    sourcesTitle: 'Bronnen en licenties',
    incompleteTitle: 'De kaart is nog niet compleet',
    /** How far the dataset is from complete, against the published totals (sources in the text). */
    completeness: (ido: number, jl: number, known: number, total: number, current: number) => [
      `Eind 2024 waren er ${IDO_TOTAL_PUBLISHED} IDO's in Nederland (evaluatie POK-middelen, AEF, 2025). Op deze kaart staan er ${ido}.`,
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
    ownDataTitle: 'Eigen gegevens laden',
    ownData:
      'Hebt u een eigen lijst van gemeenten of plaatsen? Laad die op de pagina Eigen gegevens. U ziet dan wat er op de kaart verandert. Uw bestand blijft in uw browser.',
    ownDataLink: 'Naar Eigen gegevens',
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
} as const;
