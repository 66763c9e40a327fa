import { claimText } from '../../../shared/i18n/claim-text';
import { useEffect, useId, useMemo, useRef } from 'react';
import { accessSentence } from '../../../shared/i18n/access';
import { nl } from '../../../shared/i18n/nl';
import { formatDate } from '../../../shared/model/dates';
import { telHref } from '../../../shared/model/links';
import type { Gemeente, SourceDocument } from '../../../shared/model/schema';
import { ExternalLink } from '../../../shared/ui/external-link';
import { SourceLine } from '../../../shared/ui/source-facts';
import {
  formatDistance,
  OTHER_RAADSLIEDEN_MAX_KM,
  type NearbyResult,
  type NearPlace,
} from '../model/nearby';
import { nextSteps, type NextSteps } from '../model/next-steps';
import { referralEntries } from '../referral';
import { nearbyText as t } from '../strings';
import { ReferralActions, ReferralSheet } from './referral-sheet';
import { scrollToTop } from '../../../shared/ui/scroll';

/** Where the answer's origin came from, as the search resolved it. */
export interface AnswerOrigin {
  /** The postcode, woonplaats or "Uw locatie" as shown to the user. */
  label: string;
  from: 'table' | 'chosen' | 'nearest' | 'gemeente';
}

interface Props {
  result: NearbyResult;
  origin: AnswerOrigin;
  gemeenten: readonly Gemeente[];
  onCorrect: (code: string) => void;
  onSelectPlace: (id: string) => void;
  /** The day ages are measured on (YYYY-MM-DD): the same as the status. */
  today: string;
  /** To name background documents by their title. */
  documents: readonly SourceDocument[];
  /**
   * True once after the user asked a new question (a postcode, a suggestion, their location):
   * the answer then takes focus and scrolls to the top, so it is seen and announced. A shared
   * link or a way back from place details does not move focus.
   */
  claimFocus: () => boolean;
}

/**
 * The answer for one place: first whether the gemeente has sociaal raadslieden and how old that
 * is, then "Wat kunt u nu doen?" with concrete steps from the data, then the places themselves,
 * with help that does not work for the gemeente set apart. Prints as a one-page referral.
 */
export function NearbyPanel({
  result,
  origin,
  gemeenten,
  onCorrect,
  onSelectPlace,
  today,
  documents,
  claimFocus,
}: Props) {
  const sources = { today, documents };
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { gemeente } = result;
  const steps = useMemo(() => nextSteps(result), [result]);
  const entries = useMemo(() => referralEntries(result, steps), [result, steps]);
  const sorted = useMemo(
    () => [...gemeenten].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [gemeenten],
  );
  const originText =
    origin.from === 'chosen'
      ? t.chosenGemeente(gemeente.name)
      : origin.from === 'gemeente'
        ? undefined
        : t.resolvedTo(origin.label, gemeente.name);
  const clientLabel =
    origin.from === 'gemeente'
      ? `gemeente ${gemeente.name}`
      : `${origin.label}, gemeente ${gemeente.name}`;

  useEffect(() => {
    if (!claimFocus()) return;
    const element = heading.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    scrollToTop(element);
  }, [result, claimFocus]);

  return (
    <section className="answer" aria-labelledby={`${ids}-title`}>
      <div className="answer__screen no-print">
        <h2 id={`${ids}-title`} ref={heading} tabIndex={-1} aria-describedby={`${ids}-status`}>
          {t.title}
        </h2>
        {originText ? <p className="answer__origin">{originText}</p> : null}
        {origin.from === 'nearest' ? <p className="note">{t.nearestGuess}</p> : null}
        <StatusBox id={`${ids}-status`} result={result} />

        <h3 id={`${ids}-steps`}>{t.stepsTitle}</h3>
        <Steps
          labelledBy={`${ids}-steps`}
          result={result}
          steps={steps}
          onSelectPlace={onSelectPlace}
          sources={sources}
        />

        {result.services.length > 0 ? (
          <section aria-labelledby={`${ids}-services`}>
            <h3 id={`${ids}-services`}>{t.servicesTitle(gemeente.name)}</h3>
            <p>{t.servicesFor(gemeente.name)}</p>
            <ul className="answer__services">
              {result.services.map(({ service, offices }) => (
                <li key={service.id}>
                  <strong>{service.name}</strong> ({service.provider})
                  <ContactLine phone={service.phone} website={service.website} />
                  {offices.length > 0 ? (
                    <PlaceRows
                      places={offices}
                      onSelect={onSelectPlace}
                      elsewhereFrom={gemeente.code}
                    />
                  ) : (
                    <p className="note">{t.noOffice}</p>
                  )}
                  <SourceLine provenance={service.provenance} {...sources} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby={`${ids}-loket`}>
          <h3 id={`${ids}-loket`}>{t.loketTitle}</h3>
          <PlaceRows places={result.juridischLoket} onSelect={onSelectPlace} />
        </section>
        <section aria-labelledby={`${ids}-ido`}>
          <h3 id={`${ids}-ido`}>{t.idoTitle}</h3>
          <PlaceRows places={result.ido} onSelect={onSelectPlace} />
        </section>

        {result.services.length === 0 && result.otherRaadslieden.length > 0 ? (
          <section className="answer__apart" aria-labelledby={`${ids}-other`}>
            <h3 id={`${ids}-other`}>{t.otherTitle}</h3>
            <p>{t.otherWhy(gemeente.name, OTHER_RAADSLIEDEN_MAX_KM)}</p>
            <PlaceRows places={result.otherRaadslieden} onSelect={onSelectPlace} />
          </section>
        ) : null}
        <p className="note">{t.distanceNote}</p>

        <div className="answer__correct">
          <label htmlFor={`${ids}-gemeente`}>{t.correctGemeente}</label>
          <p className="note" id={`${ids}-gemeente-hint`}>
            {t.correctHint}
          </p>
          <select
            id={`${ids}-gemeente`}
            aria-describedby={`${ids}-gemeente-hint`}
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
        </div>
      </div>
      <ReferralActions entries={entries} clientLabel={clientLabel}>
        {(includeClient) => (
          <ReferralSheet
            entries={entries}
            clientLabel={includeClient ? clientLabel : undefined}
            documents={documents}
            today={today}
          />
        )}
      </ReferralActions>
    </section>
  );
}

/**
 * The status of sociaal raadslieden in the gemeente, in words, with the age of the source that
 * decided it ("Volgens een bron van 2013. Dit kan veranderd zijn."), and whether it is inferred.
 */
function StatusBox({ id, result }: { id: string; result: NearbyResult }) {
  const { gemeente, coverage } = result;
  const decisive = coverage.claims[0];
  const date = decisive?.provenance.sourceDate;
  return (
    <div id={id} className={`answer__status answer__status--${coverage.status}`}>
      <p>
        <strong>{t.status[coverage.status](gemeente.name)}</strong>{' '}
        {coverage.status === 'wel' ? t.srlExplain : null}
      </p>
      {decisive ? (
        <p className="note">
          {claimText.accordingTo(date ? formatDate(date) : undefined)}
          {decisive.basis === 'afgeleid' ? ` ${claimText.inferred}` : null}
          {coverage.age === 'verouderd' ? <strong> {claimText.mayHaveChanged}</strong> : null}
        </p>
      ) : null}
    </div>
  );
}

/** "Wat kunt u nu doen?": sociaal raadslieden (when there may be any), Juridisch Loket, IDO. */
function Steps({
  labelledBy,
  result,
  steps,
  onSelectPlace,
  sources,
}: {
  labelledBy: string;
  result: NearbyResult;
  steps: NextSteps;
  onSelectPlace: (id: string) => void;
  sources: { today: string; documents: readonly SourceDocument[] };
}) {
  const srl = steps.raadslieden;
  const contact = result.gemeente.contact;
  return (
    <ol className="answer__steps" aria-labelledby={labelledBy}>
      {srl.type === 'office' ? (
        <li>
          <p>
            <strong>{t.steps.office(srl.service.name)}</strong>
          </p>
          <PlaceRows places={[srl.office]} onSelect={onSelectPlace} />
          <ContactLine phone={srl.service.phone} website={srl.service.website} />
        </li>
      ) : null}
      {srl.type === 'service-contact' ? (
        <li>
          <p>
            <strong>{t.steps.serviceContact(srl.service.name)}</strong>
          </p>
          <ContactLine phone={srl.service.phone} website={srl.service.website} />
        </li>
      ) : null}
      {srl.type === 'via-gemeente' || srl.type === 'ask-gemeente' ? (
        <li>
          <p>
            <strong>
              {srl.type === 'via-gemeente'
                ? t.steps.viaGemeente(srl.gemeente.name)
                : t.steps.askGemeente(srl.gemeente.name)}
            </strong>
          </p>
          {contact ? (
            <>
              <ul className="plain-list">
                {contact.phone ? (
                  <li>
                    {t.steps.callGemeente} <PhoneLink phone={contact.phone} />
                  </li>
                ) : null}
                {contact.website ? (
                  <li>
                    <ExternalLink href={contact.website}>
                      {t.steps.gemeenteWebsite(srl.gemeente.name)}
                    </ExternalLink>
                  </li>
                ) : null}
              </ul>
              <SourceLine provenance={contact.provenance} {...sources} />
            </>
          ) : null}
        </li>
      ) : null}
      <li>
        <p>{t.steps.loket}</p>
        <p>
          {steps.loket.phone ? (
            <>
              <strong>{t.steps.loketCall}</strong> <PhoneLink phone={steps.loket.phone} />
            </>
          ) : (
            <strong>{t.steps.loketNoPhone}</strong>
          )}
        </p>
        {steps.loket.nearest ? (
          <>
            <p className="note">{t.steps.loketNearest}</p>
            <PlaceRows places={[steps.loket.nearest]} onSelect={onSelectPlace} compact />
          </>
        ) : null}
      </li>
      <li>
        <p>{t.steps.ido}</p>
        {steps.ido.nearest ? (
          <>
            <p className="note">{t.steps.idoNearest}</p>
            <PlaceRows places={[steps.ido.nearest]} onSelect={onSelectPlace} compact />
          </>
        ) : (
          <p>{t.steps.noneKnown}</p>
        )}
        <p className="note">{t.steps.idoLimits(steps.ido.known, steps.ido.total)}</p>
      </li>
    </ol>
  );
}

/** Phone and website of a service, when known, as links. */
function ContactLine({
  phone,
  website,
}: {
  phone: string | undefined;
  website: string | undefined;
}) {
  if (!phone && !website) return null;
  return (
    <p className="answer__contact">
      {phone ? <PhoneLink phone={phone} /> : null}
      {phone && website ? ' · ' : null}
      {website ? <ExternalLink href={website}>{t.referral.website}</ExternalLink> : null}
    </p>
  );
}

/** Places as buttons that open their details, with where, how far and how to get in. */
function PlaceRows({
  places,
  onSelect,
  elsewhereFrom,
  compact = false,
}: {
  places: readonly NearPlace[];
  onSelect: (id: string) => void;
  elsewhereFrom?: string;
  /** In a step, where the access sentence would repeat what the step says. */
  compact?: boolean;
}) {
  if (places.length === 0) return <p>{t.noneKnown}</p>;
  return (
    <ul className="answer__places">
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
          </button>
          <span className="muted">
            {' '}
            {location.address.place} · {formatDistance(km)}
            {location.precision === 'exact' ? '' : nl.common.approximate}
          </span>
          {compact ? null : <span className="answer__access">{accessSentence(location)}</span>}
          {location.phone && !compact ? (
            <span className="answer__access">
              <PhoneLink phone={location.phone} />
            </span>
          ) : null}
          {elsewhereFrom && location.gemeenteCode !== elsewhereFrom ? (
            <span className="note answer__access">{t.officeElsewhere}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A phone number as a tel: link that never breaks across lines ("0800-" / "8020"). */
function PhoneLink({ phone }: { phone: string }) {
  return (
    <a className="phone-link" href={telHref(phone)}>
      {phone}
    </a>
  );
}
