import { useEffect, useRef } from 'react';
import { mailtoHref } from '../../../shared/config';
import { accessSentence } from '../../../shared/i18n/access';
import { nl, placeText as t } from '../strings';
import { formatDate } from '../../../shared/model/dates';
import { routeHref, telHref } from '../../../shared/model/links';
import type { Gemeente, HelpLocation, Service, SourceDocument } from '../../../shared/model/schema';
import { SourceFacts } from '../../../shared/ui/source-facts';
import { ShareActions } from '../../../shared/ui/share-actions';
import { ExternalLink } from '../../../shared/ui/external-link';
import { ContributeButton } from '../../../shared/ui/contribute/contribute-button';
import { OpeningHours } from './opening-hours';
import { KindIcon } from './kind-icon';

/** The link a printed place leads back to: this place only, never the reader's own postcode. */
function placeLink(id: string): string {
  return `${window.location.origin}${window.location.pathname}#plek=${encodeURIComponent(id)}`;
}

/**
 * Everything a resident needs to go there: what it is, where, when, how to get in, how to
 * reach them, and where the facts come from. Data text is rendered as text, never as HTML; a
 * record's internal notes are never shown, only its public note. Escape closes it. Prints on one
 * page with the print date and a link back, without "nu open" or a routing link.
 */
export function PlaceDetails({
  location,
  service,
  gemeenten,
  onBack,
  now,
  today,
  documents,
  dataVersion,
}: {
  location: HelpLocation;
  service: Service | undefined;
  gemeenten: readonly Gemeente[];
  onBack: () => void;
  /** For "nu open". */
  now: Date;
  /** The day ages are measured on (YYYY-MM-DD). */
  today: string;
  documents: readonly SourceDocument[];
  /** Goes into "Meld een wijziging" mails, so curators know which data the reader saw. */
  dataVersion: string;
}) {
  const article = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [location.id]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const focus = document.activeElement;
      // Escape closes the details when focus is in them (or nowhere), not while the user is
      // in the search field or on the map.
      if (focus && focus !== document.body && !article.current?.contains(focus)) return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [onBack]);
  const { address } = location;
  const street = [address.street, address.houseNumber].filter(Boolean).join(' ');
  const gemeenteName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  const hasContact = location.phone ?? location.email ?? location.website;

  return (
    <article className="place-details" aria-labelledby="place-details-title" ref={article}>
      <p className="print-only">
        {t.print.printedOn(formatDate(now.toISOString().slice(0, 10)))} {t.print.seeOnline}{' '}
        {placeLink(location.id)}
      </p>
      <button type="button" className="button button--secondary no-print" onClick={onBack}>
        ← {t.backToList}
      </button>
      <p className="place-details__kind">
        <KindIcon kind={location.kind} /> {nl.kinds[location.kind]}
      </p>
      <h2 id="place-details-title" ref={heading} tabIndex={-1}>
        {location.name}
      </h2>
      <p>{t.kindExplain[location.kind]}</p>
      {location.publicNote ? <p className="place-details__note">{location.publicNote}</p> : null}
      <dl className="facts">
        <dt>{t.organisation}</dt>
        <dd>{location.organisation}</dd>
        <dt>{t.address}</dt>
        <dd>
          {street ? (
            <>
              {street}
              <br />
            </>
          ) : null}
          {[address.postcode, address.place].filter(Boolean).join(' ')}
          {street ? null : <span className="note"> {t.noStreet}</span>}
          {location.precision !== 'exact' ? (
            <span className="note no-print"> {nl.precision[location.precision]}</span>
          ) : null}
          <span className="no-print">
            <br />
            <ExternalLink href={routeHref(location.lat, location.lon)}>{t.route}</ExternalLink>
          </span>
        </dd>
        <dt>{t.howToGetIn}</dt>
        <dd>{accessSentence(location)}</dd>
        <dt>{t.openingHours}</dt>
        <dd>
          <OpeningHours hours={location.openingHours} now={now} hasPhone={!!location.phone} />
        </dd>
        {hasContact ? (
          <>
            <dt>{t.contact}</dt>
            <dd>
              <ul className="plain-list">
                {location.phone ? (
                  <li>
                    {t.phone}: <a href={telHref(location.phone)}>{location.phone}</a>
                  </li>
                ) : null}
                {location.email ? (
                  <li>
                    {t.email}: <a href={`mailto:${location.email}`}>{location.email}</a>
                  </li>
                ) : null}
                {location.website ? (
                  <li>
                    {t.website}:{' '}
                    <ExternalLink href={location.website}>{location.website}</ExternalLink>
                  </li>
                ) : null}
              </ul>
            </dd>
          </>
        ) : null}
        {location.whatToBring ? (
          <>
            <dt>{t.whatToBring}</dt>
            <dd>{location.whatToBring}</dd>
          </>
        ) : null}
        {service ? (
          <>
            <dt>{t.serviceArea}</dt>
            <dd>{service.serviceArea.map(gemeenteName).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <SourceFacts provenance={location.provenance} documents={documents} today={today} />
      <ShareActions />
      <p className="no-print">
        <a
          href={mailtoHref(
            t.reportSubject(location.name, location.id),
            `${location.name} (${location.id})\n${nl.places.checkedOn}: ${formatDate(location.provenance.checkedOn)}\n${t.dataVersion}: ${dataVersion}\n\n`,
          )}
        >
          {t.report}
        </a>
      </p>
      <ContributeButton
        context={{
          gemeente: { code: location.gemeenteCode, name: gemeenteName(location.gemeenteCode) },
          place: { id: location.id, name: location.name },
          dataVersion,
        }}
      />
    </article>
  );
}
