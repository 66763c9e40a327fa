import { useId } from 'react';
import { nl } from '../strings';
import { formatDate } from '../../../shared/model/dates';
import { telHref } from '../../../shared/model/links';
import type { CoverageStatus, Gemeente, SourceDocument } from '../../../shared/model/schema';
import { ExternalLink } from '../../../shared/ui/external-link';
import { SourceLine } from '../../../shared/ui/source-facts';
import { ShareActions } from '../../../shared/ui/share-actions';
import { formatDistance, type NearbyResult, type NearPlace } from '../model/nearby';

interface Props {
  result: NearbyResult;
  /** Where the origin came from, as one plain sentence. */
  originText: string;
  /** Shown when the gemeente was guessed from the nearest postcode area. */
  guessed: boolean;
  gemeenten: readonly Gemeente[];
  onCorrect: (code: string) => void;
  onSelectPlace: (id: string) => void;
  /** The day ages are measured on (YYYY-MM-DD): the same as the status. */
  today: string;
  /** To name background documents by their title. */
  documents: readonly SourceDocument[];
}

/**
 * "Hulp bij u in de buurt": first the sociaal raadslieden that apply to the gemeente (by service
 * area), said plainly when none are known, then the nearest IDO's and Juridisch Loket offices.
 */
export function NearbyPanel({
  result,
  originText,
  guessed,
  gemeenten,
  onCorrect,
  onSelectPlace,
  today,
  documents,
}: Props) {
  const selectId = useId();
  const { gemeente, coverage } = result;
  const decisive = coverage.claims[0];
  const sorted = [...gemeenten].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <section className="nearby" aria-labelledby="nearby-title">
      <h2 id="nearby-title" tabIndex={-1}>
        {nl.nearby.title}
      </h2>
      <p>{originText}</p>
      {guessed ? <p className="note">{nl.nearby.nearestGuess}</p> : null}
      <div className="nearby__correct no-print">
        <label htmlFor={selectId}>{nl.nearby.correctGemeente}</label>
        <select
          id={selectId}
          value={gemeente.code}
          onChange={(event) => {
            onCorrect(event.target.value);
          }}
        >
          {sorted.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
            </option>
          ))}
        </select>
        <p className="note">{nl.nearby.correctHint}</p>
      </div>

      <h3>{nl.nearby.srlTitle}</h3>
      {result.services.length > 0 ? (
        <>
          <p>
            {nl.nearby.srlFor(gemeente.name)} <AgeSentence result={result} />
          </p>
          <ul className="nearby__services">
            {result.services.map(({ service, offices }) => (
              <li key={service.id}>
                <strong>{service.name}</strong> ({service.provider})
                {service.phone ? (
                  <>
                    {' '}
                    · <a href={telHref(service.phone)}>{service.phone}</a>
                  </>
                ) : null}
                {service.website ? (
                  <>
                    {' '}
                    · <ExternalLink href={service.website}>{nl.places.website}</ExternalLink>
                  </>
                ) : null}
                {offices.length > 0 ? (
                  <PlaceLinks
                    places={offices}
                    onSelect={onSelectPlace}
                    elsewhereFrom={gemeente.code}
                  />
                ) : (
                  <p className="note">
                    {service.phone || service.website
                      ? nl.nearby.srlNoOffice
                      : nl.nearby.srlNoOfficeNoContact}
                  </p>
                )}
                <SourceLine provenance={service.provenance} documents={documents} today={today} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="nearby__gap">
          <strong>{nl.coverage[coverage.status]}.</strong>
          {decisive ? (
            <>
              {' '}
              <AgeSentence result={result} />
            </>
          ) : null}{' '}
          {gapText(coverage.status, gemeente.name)}
        </p>
      )}
      {result.services.length === 0 && result.otherRaadslieden.length > 0 ? (
        <>
          <h4>{nl.nearby.otherSrl}</h4>
          <PlaceLinks places={result.otherRaadslieden} onSelect={onSelectPlace} />
        </>
      ) : null}

      <h3>{nl.nearby.idoTitle}</h3>
      <PlaceLinks places={result.ido} onSelect={onSelectPlace} />
      <h3>{nl.nearby.jlTitle}</h3>
      <PlaceLinks places={result.juridischLoket} onSelect={onSelectPlace} />
      <p className="note">{nl.nearby.distanceNote}</p>
      <ShareActions />
    </section>
  );
}

/**
 * The age of the status in words: "Volgens een bron van 2013. Dit kan veranderd zijn." An
 * undated source says so; it is never presented as today's fact.
 */
function AgeSentence({ result }: { result: NearbyResult }) {
  const decisive = result.coverage.claims[0];
  if (!decisive) return null;
  const date = decisive.provenance.sourceDate;
  return (
    <>
      {nl.freshness.accordingTo(date ? formatDate(date) : undefined)}
      {decisive.basis === 'afgeleid' ? ` ${nl.freshness.inferred}` : ''}
      {result.coverage.age === 'verouderd' ? <strong> {nl.freshness.mayHaveChanged}</strong> : null}
    </>
  );
}

/** What to say when no service record covers the gemeente, for each coverage status. */
function gapText(status: CoverageStatus, gemeente: string): string {
  if (status === 'wel') return nl.nearby.srlKnownNoService(gemeente);
  if (status === 'niet') return nl.nearby.srlNone(gemeente);
  return nl.nearby.srlUnknown(gemeente);
}

function PlaceLinks({
  places,
  onSelect,
  elsewhereFrom,
}: {
  places: readonly NearPlace[];
  onSelect: (id: string) => void;
  elsewhereFrom?: string;
}) {
  if (places.length === 0) return <p>{nl.nearby.noneKnown}</p>;
  return (
    <ul className="nearby__places">
      {places.map(({ location, km }) => (
        <li key={location.id}>
          <button
            type="button"
            className="link-button"
            data-place-id={location.id}
            onClick={() => {
              onSelect(location.id);
            }}
          >
            {location.name}
          </button>{' '}
          <span className="muted">
            {location.address.place} · {formatDistance(km)}
            {location.precision === 'exact' ? '' : nl.common.approximate}
            {location.access.length > 0
              ? ` · ${location.access.map((mode) => nl.accessShort[mode]).join(', ')}`
              : ''}
            {location.phone ? ` · ${location.phone}` : ''}
          </span>
          {elsewhereFrom && location.gemeenteCode !== elsewhereFrom ? (
            <span className="note"> {nl.nearby.srlElsewhere}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
