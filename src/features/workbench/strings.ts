import type { FileKind } from './model/check-files';
import type { MatchHow } from './model/match-gemeente';
import type { PlaceKind } from '../../shared/model/schema';

/** Every text of the "Eigen gegevens" view, in Dutch at B1 level. */
export const strings = {
  title: 'Eigen gegevens',
  intro: [
    'Hebt u een eigen lijst van gemeenten met of zonder sociaal raadslieden? Of een bestand van deze kaart dat u hebt aangevuld? Laad het hier. U ziet meteen wat er op de kaart verandert.',
    'Uw bestand blijft op dit apparaat. Het wordt nergens heen gestuurd en werkt ook zonder internet.',
  ],
  pick: 'Kies een of meer CSV-bestanden',
  pickHint:
    'Een statuslijst (gemeente, status, aanbieder, bron, datum) of een bestand van de kaart, zoals evidence.csv. Met komma’s of puntkomma’s gescheiden.',
  drop: 'Of sleep de bestanden hierheen.',
  template: {
    title: 'Sjabloon voor een statuslijst',
    intro:
      'Voor een uitvraag onder uw leden of een eigen lijst. Zet één rij per gemeente per organisatie: werkt uw organisatie voor drie gemeenten, dan zijn dat drie rijen. Werken twee organisaties in dezelfde gemeente, dan heeft die gemeente twee rijen. Dit betekenen de kolommen:',
    button: 'Sjabloon downloaden (CSV)',
    fileName: 'statuslijst-sjabloon.csv',
    columns: [
      ['gemeente', 'De naam van de gemeente, zoals het CBS hem schrijft. Of vul cbs_code in.'],
      [
        'cbs_code',
        'De CBS-code van de gemeente, bijvoorbeeld GM0363. Mag leeg als gemeente is ingevuld.',
      ],
      [
        'status',
        'wel: de gemeente heeft sociaal raadslieden. niet: de gemeente heeft ze niet. Weet u het niet? Laat de rij dan weg.',
      ],
      ['aanbieder', 'De organisatie die het sociaal raadsliedenwerk doet.'],
      ['bron', 'Het webadres (https://…) van de pagina of het document waar dit staat.'],
      ['titel_bron', 'De titel van die pagina. Mag leeg.'],
      [
        'datum',
        'De datum op de bron: 2024-03-12, 12-03-2024, 2024-03 of 2024. Leeg als de bron geen datum toont; de uitspraak telt dan als verouderd.',
      ],
      ['toelichting', 'Wat de bron zegt, in een paar woorden. Mag leeg.'],
    ] as const,
  },
  checking: 'Bezig met controleren…',
  checked: (rows: number, seconds: string) =>
    `Klaar: ${rows} rijen gecontroleerd in ${seconds} seconden.`,
  failed: 'Het controleren lukte niet. Laad de pagina opnieuw en probeer het nog eens.',
  clear: 'Verwijder mijn gegevens',
  keep: {
    label: 'Bewaar in deze browser',
    hint: 'Dan ziet u uw gegevens ook nog op de kaart als u de pagina later weer opent, ook zonder internet. Ze blijven op dit apparaat tot u ze verwijdert. Doe dit niet op een computer die u met anderen deelt.',
    keptSince: (date: string) =>
      `Bewaard in deze browser op ${date}. Alleen op dit apparaat; niemand anders ziet ze. Verwijder ze als u klaar bent.`,
    failed:
      'Bewaren lukte niet. Misschien is het bestand te groot, of staat uw browser bewaren niet toe. Uw gegevens tellen nog wel mee zolang deze pagina open is.',
    restored: (date: string) =>
      `Uw gegevens staan nog in deze browser (bewaard op ${date}). Ze tellen mee op de kaart. Wilt u dat niet meer? Kies "Verwijder mijn gegevens".`,
    inMemory:
      'Uw gegevens van dit bezoek tellen mee op de kaart. Laad uw bestand opnieuw om de fouten per regel weer te zien.',
    toMap: 'Bekijk de kaart met uw gegevens (Dekking)',
  },
  files: {
    title: 'Uw bestanden',
    caption: 'Per bestand: hoeveel rijen erin stonden en wat ermee gebeurde',
    name: 'Bestand',
    kind: 'Soort',
    rowsIn: 'Rijen',
    accepted: 'Goedgekeurd',
    refused: 'Afgekeurd',
    waiting: 'Wacht op u',
    kinds: {
      statuslijst: 'Statuslijst',
      projectbestand: 'Bestand van de kaart',
      onbekend: 'Niet gelezen',
    } satisfies Record<FileKind, string>,
    encoding: { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' } as const,
    delimiter: { ',': 'komma', ';': 'puntkomma' } as const,
    read: (encoding: string, delimiter: string) =>
      `Gelezen als ${encoding}, gescheiden door ${delimiter}.`,
  },
  confirm: {
    title: 'Klopt deze gemeente?',
    intro:
      'Deze namen lijken op een gemeente, maar zijn niet precies de naam van het CBS. Vink aan wat klopt. Pas dan tellen de rijen mee.',
    how: {
      code: 'CBS-code',
      exact: 'precies',
      normalised: 'andere schrijfwijze',
      alias: 'andere naam',
      spelling: 'lijkt erop',
    } satisfies Record<MatchHow, string>,
    label: (typed: string, name: string, code: string, how: string, lines: string) =>
      `"${typed}" is ${name} (${code}) — ${how}, ${lines}`,
  },
  problems: {
    title: 'Fouten per regel',
    none: 'Geen fouten gevonden.',
    count: (n: number) => (n === 1 ? '1 fout gevonden.' : `${n} fouten gevonden.`),
    caption: 'Wat er mis is, per regel en kolom, en wat u kunt doen',
    file: 'Bestand',
    line: 'Regel',
    column: 'Kolom',
    what: 'Wat is er mis',
    todo: 'Wat kunt u doen',
    wholeFile: 'hele bestand',
    wholeRow: 'hele rij',
    more: (shown: number, total: number) =>
      `De eerste ${shown} van ${total} fouten staan hier. Download de hele lijst.`,
    download: 'Foutenlijst downloaden (CSV)',
    fileName: 'fouten.csv',
  },
  result: {
    title: 'De kaart met uw gegevens',
    banner: 'U bekijkt de kaart met uw eigen gegevens (niet gepubliceerd).',
    mode: 'Wat wilt u zien?',
    together: 'Uw gegevens samen met de gepubliceerde gegevens (de nieuwste bron telt)',
    alone: 'Alleen uw gegevens',
    countsCaption: 'Aantal gemeenten per status',
    status: 'Status',
    before: 'Gepubliceerd',
    after: 'Met uw gegevens',
    difference: 'Verschil',
    ages: (actueel: number, verouderd: number, onbekend: number) =>
      `Uw uitspraken: ${actueel} actueel (bron uit de laatste 3 jaar), ${verouderd} verouderd (bron ouder dan 3 jaar) en ${onbekend} zonder datum (telt als verouderd).`,
    changesTitle: 'Gemeenten die van status veranderen',
    changesNone: 'Geen gemeente verandert van status.',
    gemeente: 'Gemeente',
    was: 'Was',
    becomes: 'Wordt',
    conflictsTitle: 'Tegenstrijdig met de gepubliceerde gegevens',
    conflictsNone: 'Geen tegenstrijdigheden.',
    published: 'Gepubliceerd',
    yours: 'Uw gegevens',
    wins: 'Telt',
    winner: { eigen: 'uw gegevens (nieuwere bron)', gepubliceerd: 'gepubliceerd (nieuwere bron)' },
    newPlaces: (n: number) => `Nieuwe plekken: ${n}.`,
    replaced: (n: number) => `${n} van uw rijen vervangen een gepubliceerde rij met dezelfde id.`,
  },
  export: {
    title: 'Downloaden',
    intro: 'De bestanden hebben de vorm van de kaart. U kunt ze als wijziging insturen.',
    evidence: 'evidence.csv downloaden',
    services: 'services.csv downloaden',
    report: 'Verslag van de wijzigingen downloaden',
    reportName: 'wijzigingen.txt',
    places: {
      'sociaal-raadslieden':
        'Plekken sociaal raadslieden downloaden (locations-sociaal-raadslieden.csv)',
      ido: 'Plekken IDO downloaden (locations-ido.csv)',
      'juridisch-loket': 'Plekken Juridisch Loket downloaden (locations-juridisch-loket.csv)',
    } satisfies Record<PlaceKind, string>,
    internal:
      'Interne notities (note, access_note) en bag_id staan niet in de gepubliceerde gegevens. In de bestanden zijn die kolommen leeg bij gepubliceerde rijen. Een positie staat er alleen in als die precies is (precision exact); de andere posities rekent de kaart zelf uit.',
    hsds: {
      button: 'HSDS downloaden (open data)',
      busy: 'Bezig met maken…',
      hint: 'HSDS is de internationale standaard voor gegevens over hulp (Open Referral). Het bestand bevat de diensten en plekken zoals hierboven, met uw eigen rijen erin, en bij elke rij de bron, de datum van de bron en of die ouder is dan drie jaar.',
      fileName: (today: string) => `eigen-gegevens-hsds-${today}.json`,
      leftOut: (count: number) =>
        `${String(count)} ${count === 1 ? 'uitspraak staat' : 'uitspraken staan'} niet in het HSDS-bestand: HSDS kent geen "geen sociaal raadslieden" en geen ander soort hulp. Ze staan wel in evidence.csv.`,
      failed:
        'Het HSDS-bestand kon niet worden gemaakt. Laad de pagina opnieuw en probeer het nog eens.',
    },
  },
} as const;
