import type { NeedId } from './model/needs';

/** The need panel's own text. */
export const needPanelText = {
  kindsTitle: 'Hier kunt u terecht:',
  typePostcode:
    'Typ hierboven uw postcode of woonplaats. Dan ziet u waar u in de buurt terecht kunt.',
  seeBelow: 'Hieronder ziet u waar u in de buurt terecht kunt.',
  close: 'Sluiten',
};

/**
 * What the search says about each need, in Dutch at B1: the suggestion's label and one or two
 * plain sentences on why this kind of help fits. Loaded with the search and the need panel, not
 * in the first view.
 */
export const needStrings: Readonly<Record<NeedId, { label: string; why: string }>> = {
  schulden: {
    label: 'Hulp bij schulden',
    why: 'Sociaal raadslieden helpen u gratis als u schulden hebt. Ze kijken samen met u naar uw brieven en rekeningen. Het Juridisch Loket geeft gratis advies als u het niet eens bent met een rekening of een incassobureau.',
  },
  toeslagen: {
    label: 'Hulp bij toeslagen',
    why: 'Sociaal raadslieden helpen u gratis met toeslagen: aanvragen, wijzigen of terugbetalen. Bij een Informatiepunt Digitale Overheid (IDO) helpen ze u met het aanvragen op de computer.',
  },
  uitkering: {
    label: 'Hulp bij een uitkering',
    why: 'Sociaal raadslieden helpen u gratis met een uitkering: aanvragen, brieven begrijpen of bezwaar maken.',
  },
  bezwaar: {
    label: 'Hulp bij bezwaar maken',
    why: 'Bent u het niet eens met een besluit? Sociaal raadslieden helpen u gratis met een bezwaarbrief. Het Juridisch Loket geeft gratis juridisch advies.',
  },
  huurachterstand: {
    label: 'Hulp bij huurachterstand',
    why: 'Kunt u de huur niet betalen? Sociaal raadslieden helpen u gratis met geld en regelingen. Het Juridisch Loket geeft gratis advies over huur en over uw rechten.',
  },
  boete: {
    label: 'Hulp bij een boete',
    why: 'Hebt u een boete gekregen? Het Juridisch Loket geeft gratis advies, ook als u het er niet mee eens bent. Sociaal raadslieden helpen u als u de boete niet kunt betalen.',
  },
  digid: {
    label: 'Hulp met DigiD',
    why: 'Bij een Informatiepunt Digitale Overheid (IDO) helpen ze u gratis met DigiD: aanvragen, inloggen of een code die niet werkt. De meeste IDO’s zijn in de bibliotheek.',
  },
  belastingaangifte: {
    label: 'Hulp bij belastingaangifte',
    why: 'Bij een Informatiepunt Digitale Overheid (IDO) helpen ze u gratis met zaken van de overheid op de computer, zoals uw belastingaangifte. Sociaal raadslieden helpen ook met belastingen.',
  },
  advocaat: {
    label: 'Een advocaat of juridisch advies',
    why: 'Het Juridisch Loket geeft gratis juridisch advies. Hebt u een advocaat nodig? Dan vertellen ze u hoe u er een vindt en of u hulp kunt krijgen bij de kosten.',
  },
  scheiding: {
    label: 'Hulp bij scheiding',
    why: 'Gaat u scheiden? Het Juridisch Loket geeft gratis advies over scheiden, kinderen en alimentatie.',
  },
};
