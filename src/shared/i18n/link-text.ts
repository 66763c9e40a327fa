import type { UrlProblem } from '../model/url-state';

/**
 * Words for a shared link with a part that cannot be read: the kind of part only, never the
 * link's own text, which anyone can write. Apart from nl.ts because only such a link needs them:
 * they load with the notice (src/app/url-notice.tsx), not in the first view.
 */
export const linkText = {
  badLink: 'Een deel van de link klopt niet. Dat deel is overgeslagen.',
  badLinkParts: {
    unknown: 'onbekende onderdelen',
    view: 'de pagina',
    query: 'de zoektekst',
    need: 'de soort vraag',
    near: 'de plek',
    place: 'de plaats',
    kinds: 'de soort hulp',
    map: 'het kaartbeeld',
    gemeente: 'de gemeente',
    province: 'de provincie',
    status: 'de status',
    reach: 'de afstandskaart',
  } satisfies Record<UrlProblem, string>,
  badLinkWhich: (parts: string) => `Het ging om: ${parts}.`,
};
