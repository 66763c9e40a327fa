import { nl } from '../i18n/nl';
import { claimDate } from '../model/coverage';
import { formatDate, isOlderThanThreeYears } from '../model/dates';
import type { Provenance } from '../model/schema';
import { ExternalLink } from './external-link';

/** Where a fact comes from and how old it is; old facts are flagged, never hidden. */
export function ProvenanceNote({ provenance, now }: { provenance: Provenance; now: Date }) {
  return (
    <div className="provenance">
      <p>
        {nl.places.source}: <SourceLink source={provenance.source} />
      </p>
      {provenance.sourceDate ? (
        <p>
          {nl.places.sourceDate}: {formatDate(provenance.sourceDate)}
        </p>
      ) : null}
      <p>
        {nl.places.checkedOn}: {formatDate(provenance.checkedOn)}
      </p>
      {isOlderThanThreeYears(claimDate(provenance), now) ? (
        <p className="warning-text">{nl.places.old}</p>
      ) : null}
    </div>
  );
}

/**
 * The source of a fact on one line ("Bron: host, datum"), for lists such as the referral where a
 * full provenance block per row would drown the help itself. Old facts are still flagged.
 */
export function SourceLine({ provenance, now }: { provenance: Provenance; now: Date }) {
  return (
    <p className="note">
      {nl.places.source}: <SourceLink source={provenance.source} />
      {', '}
      {provenance.sourceDate
        ? formatDate(provenance.sourceDate)
        : nl.places.readOn(formatDate(provenance.checkedOn))}
      {isOlderThanThreeYears(claimDate(provenance), now) ? ` (${nl.places.oldShort})` : null}
    </p>
  );
}

/**
 * A source as a short link; a document name (not a URL) stays plain text, as ExternalLink
 * renders anything but http(s) without a link.
 */
function SourceLink({ source }: { source: string }) {
  return <ExternalLink href={source}>{shortSource(source)}</ExternalLink>;
}

/** The host and start of the path: enough to recognise the source, short enough for a phone. */
function shortSource(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.length > 30 ? `${parsed.pathname.slice(0, 30)}…` : parsed.pathname;
    return `${parsed.hostname}${path === '/' ? '' : path}`;
  } catch {
    return url;
  }
}
