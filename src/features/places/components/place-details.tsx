import { useEffect, useRef } from 'react';
import { mailtoHref } from '../../../shared/config';
import { nl } from '../strings';
import { formatDate } from '../../../shared/model/dates';
import { routeHref, telHref } from '../../../shared/model/links';
import type { Gemeente, Location, Service, SourceDocument } from '../../../shared/model/schema';
import { SourceFacts } from '../../../shared/ui/source-facts';
import { ShareActions } from '../../../shared/ui/share-actions';
import { ExternalLink } from '../../../shared/ui/external-link';
import { OpeningHours } from './opening-hours';
import { KindIcon } from './kind-icon';

/**
 * Everything a resident needs to go there: what it is, where, when, how to get in, how to
 * reach them, and where the facts come from. Data text is rendered as text, never as HTML.
 */
export function PlaceDetails({
  location,
  service,
  gemeenten,
  onBack,
  now,
  today,
  documents,
}: {
  location: Location;
  service: Service | undefined;
  gemeenten: readonly Gemeente[];
  onBack: () => void;
  /** For "nu open". */
  now: Date;
  /** The day ages are measured on (YYYY-MM-DD). */
  today: string;
  documents: readonly SourceDocument[];
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [location.id]);
  const { address } = location;
  const street = [address.street, address.houseNumber].filter(Boolean).join(' ');
  const gemeenteName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;

  return (
    <article className="place-details" aria-labelledby="place-details-title">
      <button type="button" className="button button--secondary no-print" onClick={onBack}>
        ← {nl.places.backToList}
      </button>
      <p className="place-details__kind">
        <KindIcon kind={location.kind} /> {nl.kinds[location.kind]}
      </p>
      <h2 id="place-details-title" ref={heading} tabIndex={-1}>
        {location.name}
      </h2>
      <p>{nl.kindExplain[location.kind]}</p>
      <dl className="facts">
        <dt>{nl.places.organisation}</dt>
        <dd>{location.organisation}</dd>
        <dt>{nl.places.address}</dt>
        <dd>
          {street ? (
            <>
              {street}
              <br />
            </>
          ) : null}
          {[address.postcode, address.place].filter(Boolean).join(' ')}
          {location.precision !== 'exact' ? (
            <span className="note"> {nl.precision[location.precision]}</span>
          ) : null}
          <br />
          <ExternalLink href={routeHref(location.lat, location.lon)}>
            {nl.places.route}
          </ExternalLink>
        </dd>
        <dt>{nl.places.howToGetIn}</dt>
        <dd>
          {location.access.length > 0 ? (
            <ul className="plain-list">
              {location.access.map((mode) => (
                <li key={mode}>{nl.access[mode]}</li>
              ))}
            </ul>
          ) : (
            <p>{nl.places.unknownAccess}</p>
          )}
          {location.accessNote ? <p>{location.accessNote}</p> : null}
        </dd>
        <dt>{nl.places.openingHours}</dt>
        <dd>
          <OpeningHours hours={location.openingHours} now={now} />
        </dd>
        {location.phone || location.email || location.website ? (
          <>
            <dt>{nl.places.contact}</dt>
            <dd>
              <ul className="plain-list">
                {location.phone ? (
                  <li>
                    {nl.places.phone}: <a href={telHref(location.phone)}>{location.phone}</a>
                  </li>
                ) : null}
                {location.email ? (
                  <li>
                    {nl.places.email}: <a href={`mailto:${location.email}`}>{location.email}</a>
                  </li>
                ) : null}
                {location.website ? (
                  <li>
                    <ExternalLink href={location.website}>{nl.places.website}</ExternalLink>
                  </li>
                ) : null}
              </ul>
            </dd>
          </>
        ) : null}
        {location.whatToBring ? (
          <>
            <dt>{nl.places.whatToBring}</dt>
            <dd>{location.whatToBring}</dd>
          </>
        ) : null}
        {service ? (
          <>
            <dt>{nl.places.serviceArea}</dt>
            <dd>{service.serviceArea.map(gemeenteName).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <SourceFacts provenance={location.provenance} documents={documents} today={today} />
      <ShareActions />
      <p className="no-print">
        <a
          href={mailtoHref(
            nl.places.reportSubject(location.name, location.id),
            `${location.name} (${location.id})\n${nl.places.checkedOn}: ${formatDate(location.provenance.checkedOn)}\n\n`,
          )}
        >
          {nl.places.report}
        </a>
      </p>
    </article>
  );
}
