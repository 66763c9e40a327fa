import { claimText } from '../../../shared/i18n/claim-text';
import { useId, useState, type ReactNode } from 'react';
import { nl } from '../../../shared/i18n/nl';
import { formatDate } from '../../../shared/model/dates';
import { claimAge } from '../../../shared/model/freshness';
import type { Provenance, SourceDocument } from '../../../shared/model/schema';
import { describeSource } from '../../../shared/model/sources';
import { referralText, type ReferralEntry } from '../referral';
import { nearbyText } from '../strings';

const t = nearbyText.referral;

/** The app's own address without any state: the link back when the client's area stays off. */
function startPageLink(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * Print, copy the link, copy as text; and whether the client's postcode and gemeente go on the
 * referral (off unless the worker ticks it, also for the link on the sheet and in the text).
 */
export function ReferralActions({
  entries,
  clientLabel,
  children,
}: {
  entries: readonly ReferralEntry[];
  clientLabel: string;
  children: (includeClient: boolean) => ReactNode;
}) {
  const id = useId();
  const [includeClient, setIncludeClient] = useState(false);
  const [message, setMessage] = useState('');
  const copy = (text: string, done: string) => {
    navigator.clipboard.writeText(text).then(
      () => {
        setMessage(done);
      },
      () => {
        setMessage(t.copyFailed);
      },
    );
  };
  return (
    <>
      <div className="referral-actions no-print">
        <div className="referral-actions__option">
          <input
            id={`${id}-client`}
            type="checkbox"
            checked={includeClient}
            aria-describedby={`${id}-client-hint`}
            onChange={(event) => {
              setIncludeClient(event.target.checked);
            }}
          />
          <label htmlFor={`${id}-client`}>{t.includeClient}</label>
          <p id={`${id}-client-hint`} className="note">
            {t.includeClientHint}
          </p>
        </div>
        <div className="referral-actions__buttons">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            {t.print}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              copy(window.location.href, t.linkCopied);
            }}
          >
            {t.copyLink}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              copy(
                referralText(entries, {
                  ...(includeClient ? { forClient: clientLabel } : {}),
                  link: includeClient ? window.location.href : startPageLink(),
                }),
                t.textCopied,
              );
            }}
          >
            {t.copyText}
          </button>
        </div>
        <p role="status" className="referral-actions__message">
          {message}
        </p>
      </div>
      {children(includeClient)}
    </>
  );
}

/**
 * The printed referral: per place the address, how to get in, hours (never "nu open"), phone and
 * website, with its source; the print date and a link back. Shown only on paper.
 */
export function ReferralSheet({
  entries,
  clientLabel,
  documents,
  today,
}: {
  entries: readonly ReferralEntry[];
  clientLabel: string | undefined;
  documents: readonly SourceDocument[];
  /** The print date, and the day ages are measured on (YYYY-MM-DD). */
  today: string;
}) {
  const link = clientLabel ? window.location.href : startPageLink();
  return (
    <div className="print-sheet referral-sheet">
      <p className="referral-sheet__title">{t.title}</p>
      {clientLabel ? <p>{t.forClient(clientLabel)}</p> : null}
      <ol className="referral-sheet__entries">
        {entries.map((entry) => (
          <li key={entry.key}>
            <p className="referral-sheet__name">
              {entry.kind}: {entry.name}
            </p>
            {entry.advice ? <p className="referral-sheet__advice">{entry.advice}</p> : null}
            <dl>
              {entry.address ? <Fact term={t.address} value={entry.address} /> : null}
              {entry.access ? <Fact term={t.access} value={entry.access} /> : null}
              {entry.hours ? <Fact term={t.hours} value={entry.hours} /> : null}
              {entry.phone ? <Fact term={t.phone} value={entry.phone} /> : null}
              {entry.website ? <Fact term={t.website} value={entry.website} /> : null}
              {entry.provenance ? (
                <Fact term={t.source} value={sourceText(entry.provenance, documents, today)} />
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
      <p className="referral-sheet__footer">
        {t.printedOn(formatDate(today))} {t.online} {link}
      </p>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * A source by its title (never a file name), its date as precise as known, and a flag when it
 * is older than three years or undated: "Gemeente Utrecht, maart 2021 (ouder dan 3 jaar)".
 */
function sourceText(
  provenance: Provenance,
  documents: readonly SourceDocument[],
  today: string,
): string {
  const title = describeSource(provenance, documents).title;
  const date = provenance.sourceDate
    ? formatDate(provenance.sourceDate)
    : claimText.noDate.toLowerCase();
  const old = claimAge(provenance.sourceDate, today) === 'verouderd';
  return `${title}, ${date}${old ? ` (${nl.places.oldShort})` : ''}`;
}
