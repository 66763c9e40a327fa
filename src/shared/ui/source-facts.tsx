import { claimText } from '../i18n/claim-text';
import type { JSX } from 'react';
import { nl } from '../i18n/nl';
import { formatDate } from '../model/dates';
import { claimAge } from '../model/freshness';
import type { Provenance, SourceDocument } from '../model/schema';
import { describeSource, type SourceLabel } from '../model/sources';
import { ExternalLink } from './external-link';

/** A source by its title: a link for a web page, plain text (with publisher) for a document. */
export function SourceTitle({ label }: { label: SourceLabel }): JSX.Element {
  if (label.url) return <ExternalLink href={label.url}>{label.title}</ExternalLink>;
  return (
    <span>
      {label.title}
      {label.publisher ? ` (${label.publisher})` : ''}
    </span>
  );
}

/**
 * The date a source shows, as precise as it is ("december 2022", "2013"), with how it was
 * found; "Datum onbekend" when it shows none. Never the day we read it.
 */
export function SourceDate({ provenance }: { provenance: Provenance }): JSX.Element {
  const { sourceDate, sourceDateHow } = provenance;
  if (!sourceDate) return <>{claimText.noDate}</>;
  return (
    <>
      {formatDate(sourceDate)}
      {sourceDateHow ? ` (${claimText.dateHow[sourceDateHow]})` : ''}
    </>
  );
}

/**
 * Where a fact comes from and how old it is, as a list of facts: source by title, its date,
 * when we read it, and a plain warning when it is verouderd. Old facts are flagged, never hidden.
 */
export function SourceFacts({
  provenance,
  documents,
  today,
}: {
  provenance: Provenance;
  documents: readonly SourceDocument[];
  today: string;
}): JSX.Element {
  const age = claimAge(provenance.sourceDate, today);
  return (
    <div className="provenance">
      <p>
        {nl.places.source}: <SourceTitle label={describeSource(provenance, documents)} />
      </p>
      <p>
        {nl.places.sourceDate}: <SourceDate provenance={provenance} />
      </p>
      <p>
        {nl.places.checkedOn}: {formatDate(provenance.checkedOn)}
      </p>
      {age === 'verouderd' ? (
        <p className="warning-text">{claimText.ageExplain.verouderd}</p>
      ) : null}
    </div>
  );
}

/**
 * The source of a fact on one line ("Bron: titel, december 2022"), for lists such as the
 * referral where a full block per row would drown the help itself. Old facts are still flagged.
 */
export function SourceLine({
  provenance,
  documents,
  today,
}: {
  provenance: Provenance;
  documents: readonly SourceDocument[];
  today: string;
}): JSX.Element {
  const old = claimAge(provenance.sourceDate, today) === 'verouderd';
  return (
    <p className="note">
      {nl.places.source}: <SourceTitle label={describeSource(provenance, documents)} />
      {', '}
      {provenance.sourceDate ? formatDate(provenance.sourceDate) : claimText.noDate.toLowerCase()}
      {old ? ` (${nl.places.oldShort})` : null}
    </p>
  );
}
