/**
 * Words of "Weet u meer? Geef het door" (issue 14, item 7): the form on a gemeente's profile and
 * on a place, and the e-mail it fills in. Apart from nl.ts: only someone who opens the form needs
 * them, so they load with it, not in the first view.
 */
export const contributeText = {
  open: 'Weet u meer? Geef het door',
  close: 'Formulier sluiten',
  loading: 'Formulier laden…',
  title: (about: string) => `Geef het door: ${about}`,
  intro:
    'Weet u iets wat nog niet op de kaart staat, of wat veranderd is? Vul het hieronder in. Wij sturen niets: u kiest zelf of u de e-mail verstuurt.',
  what: {
    legend: 'Waar gaat het over?',
    status: 'Of de gemeente sociaal raadslieden heeft',
    wijziging: 'Iets anders is veranderd of klopt niet',
  },
  status: {
    label: 'Heeft de gemeente sociaal raadslieden?',
    choose: 'Kies…',
    wel: 'Ja, er zijn sociaal raadslieden',
    niet: 'Nee, er zijn geen sociaal raadslieden',
  },
  aanbieder: 'Aanbieder (de organisatie die de hulp geeft)',
  aanbiederHint: 'Mag leeg.',
  bron: 'Bron: webadres van de pagina of het document',
  bronHint: 'Begint met https:// of http://.',
  datum: 'Datum op de bron',
  datumHint:
    'Bijvoorbeeld 12-03-2025, 2025-03-12, 03-2025 of 2025. Leeg als de bron geen datum toont.',
  email: 'Uw e-mailadres (mag leeg)',
  emailHint: 'Alleen als u wilt dat wij u iets terug kunnen vragen.',
  note: 'Toelichting',
  noteHint: 'Wat zegt de bron? Wat is er veranderd? Een paar woorden is genoeg.',
  check: 'Controleren en e-mail maken',
  errorsTitle: (count: number) =>
    count === 1
      ? 'Er is 1 ding niet goed ingevuld.'
      : `Er zijn ${count} dingen niet goed ingevuld.`,
  errors: {
    statusMissing: 'Kies of er sociaal raadslieden zijn.',
    bronMissing: 'Vul het webadres van de bron in.',
    bronNotWeb: 'Dit is geen webadres. Het moet beginnen met https:// of http://.',
    datumBad: 'Dit is geen datum die wij kunnen lezen. Schrijf bijvoorbeeld 12-03-2025 of 2025.',
    datumFuture: 'Deze datum ligt in de toekomst. Vul de datum in die op de bron staat.',
    emailBad: 'Dit is geen e-mailadres. Laat het veld leeg als u dat liever wilt.',
    noteMissing: 'Schrijf in een paar woorden wat er veranderd is.',
  },
  ready: 'Klaar. Kies hoe u het doorgeeft.',
  mail: 'E-mail openen in uw mailprogramma',
  mailTo: (address: string) => `De e-mail gaat naar ${address}.`,
  noAddress:
    'Voor deze kaart is nog geen e-mailadres ingesteld. Uw mailprogramma vraagt daarom zelf om een adres. U kunt ook de regel hieronder kopiëren of downloaden en aan de beheerders geven.',
  csvTitle: 'Regel voor de statuslijst (CSV)',
  csvNote:
    'Deze regel past in het sjabloon van "Eigen gegevens". Beheerders kunnen hem daar inladen en controleren.',
  csvLabel: 'De regel, om te kopiëren',
  copy: 'Regel kopiëren',
  copied: 'De regel is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  download: 'Regel downloaden (CSV)',
  fileName: (code: string) => `geef-het-door-${code.toLowerCase()}.csv`,
  mailSubject: (about: string) => `Geef het door: ${about}`,
  mailIntro: 'Ik wil dit doorgeven voor de Sociaal-juridische kaart.',
  mailFields: {
    what: 'Waar het over gaat',
    gemeente: 'Gemeente',
    place: 'Plaats',
    status: 'Sociaal raadslieden',
    aanbieder: 'Aanbieder',
    bron: 'Bron',
    datum: 'Datum op de bron',
    email: 'E-mail van de melder',
    note: 'Toelichting',
    dataVersion: 'Versie van de gegevens',
  },
  mailEmpty: '(leeg)',
  mailNoDate: '(geen datum op de bron)',
  mailCsv: 'Regel voor de statuslijst (CSV):',
  aboutPlace: (place: string) => `Over ${place}.`,
  statusWord: { wel: 'wel', niet: 'niet' },
  fieldNames: {
    status: 'Sociaal raadslieden',
    bron: 'Bron',
    datum: 'Datum op de bron',
    email: 'E-mailadres',
    note: 'Toelichting',
  },
};
