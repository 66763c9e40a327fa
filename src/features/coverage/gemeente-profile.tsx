import { claimText } from '../../shared/i18n/claim-text';
import { useMemo, type JSX, type Ref } from 'react';
import { campaignStrings, nl } from './strings';
import { coverageState, type CoverageResult } from '../../shared/model/coverage';
import { formatDate } from '../../shared/model/dates';
import { localToday } from '../../shared/model/freshness';
import type { Dataset } from '../../shared/model/schema';
import { SourceDate, SourceTitle } from '../../shared/ui/source-facts';
import { ContributeButton } from '../../shared/ui/contribute/contribute-button';
import { formatNumber } from './model/format';
import {
  buildGemeenteProfile,
  type ProfileClaim,
  type ProfileOtherHelp,
  type ProfileService,
} from './model/profile';
import { FactsheetLink } from './factsheet-link';
import { ProfileReach } from './profile-reach';
import { StatusLabel } from './status-label';

const t = nl.coverageView;

export interface GemeenteProfileProps {
  dataset: Dataset;
  coverage: CoverageResult;
  code: string;
  /** Closes the profile; the caller decides where focus goes. */
  onBack: () => void;
  /** The h2 with the name, so the caller can move focus there when the profile opens. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * One gemeente's evidence sheet: status with every claim, its source and dates; who serves the
 * gemeente and from where; the IDO's in it and the nearest Juridisch Loket. Printable on one page.
 */
export function GemeenteProfile({
  dataset,
  coverage,
  code,
  onBack,
  headingRef,
}: GemeenteProfileProps): JSX.Element {
  const profile = useMemo(
    () => buildGemeenteProfile(dataset, coverage, code),
    [dataset, coverage, code],
  );
  const p = t.profile;

  const backButton = (
    <button type="button" className="button button--secondary no-print" onClick={onBack}>
      {p.back}
    </button>
  );

  if (!profile) {
    return (
      <article className="coverage-profile print-alone" aria-labelledby="dekking-profiel-titel">
        <h2 id="dekking-profiel-titel" ref={headingRef} tabIndex={-1}>
          {p.notFound(code)}
        </h2>
        {backButton}
      </article>
    );
  }

  const { gemeente, coverage: entry } = profile;
  const subject = encodeURIComponent(p.tellUsSubject(gemeente.name, gemeente.code));

  return (
    <article className="coverage-profile print-alone" aria-labelledby="dekking-profiel-titel">
      <p className="print-only">
        <strong>{p.printHeader}</strong> {p.printedOn(formatDate(localToday()))}
      </p>
      <div className="coverage-profile__actions no-print">
        {backButton}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {p.print}
        </button>
      </div>
      <FactsheetLink target={{ gemeente: code }} label={campaignStrings.factsheet.open} />

      <h2 id="dekking-profiel-titel" ref={headingRef} tabIndex={-1}>
        {gemeente.name}
      </h2>
      <dl className="coverage-facts">
        <div>
          <dt>{p.province}</dt>
          <dd>{gemeente.provinceName}</dd>
        </div>
        <div>
          <dt>{p.inwoners}</dt>
          <dd>
            {formatNumber(gemeente.population)}{' '}
            <span className="note">({dataset.populationNote})</span>
          </dd>
        </div>
        <div>
          <dt>{p.status}</dt>
          <dd>
            <StatusLabel state={coverageState(entry)} />
            {entry.age ? <p className="note">{claimText.ageExplain[entry.age]}</p> : null}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="dekking-profiel-bronnen">
        <h3 id="dekking-profiel-bronnen">{p.statusTitle}</h3>
        {entry.conflict && <p className="caution">{p.conflict}</p>}
        {profile.claims.length === 0 ? (
          <p>
            {p.unknown} <a href={`mailto:?subject=${subject}`}>{p.tellUs}</a>
          </p>
        ) : (
          <ol className="coverage-claims">
            {profile.claims.map((shown, index) => (
              <ClaimItem
                key={`${shown.claim.from}-${shown.claim.recordId}`}
                shown={shown}
                decisive={index === 0}
              />
            ))}
          </ol>
        )}
        <ContributeButton
          context={{
            gemeente: { code: gemeente.code, name: gemeente.name },
            dataVersion: dataset.version,
          }}
        />
      </section>

      {profile.otherHelp.length > 0 && (
        <section aria-labelledby="dekking-profiel-ander">
          <h3 id="dekking-profiel-ander">{claimText.otherHelp}</h3>
          <p className="note">{claimText.otherHelpNote}</p>
          <ul className="coverage-claims">
            {profile.otherHelp.map((item) => (
              <OtherHelpItem key={item.help.recordId} item={item} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="dekking-profiel-diensten">
        <h3 id="dekking-profiel-diensten">{p.servicesTitle}</h3>
        {profile.services.length === 0 ? (
          <p>{entry.status === 'wel' ? p.noServiceRecord : p.noServices}</p>
        ) : (
          <ul className="coverage-list">
            {profile.services.map((item) => (
              <ServiceItem key={item.service.id} item={item} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dekking-profiel-ido">
        <h3 id="dekking-profiel-ido">{p.idoTitle}</h3>
        {profile.idos.length === 0 ? (
          <p>{p.noIdo}</p>
        ) : (
          <ul className="coverage-list">
            {profile.idos.map((ido) => (
              <li key={ido.id}>
                {ido.name}, {ido.address.place}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dekking-profiel-loket">
        <h3 id="dekking-profiel-loket">{p.loketTitle}</h3>
        {profile.nearestLoket ? (
          <p>
            {profile.nearestLoket.location.name}, {profile.nearestLoket.location.address.place}.{' '}
            {p.loketDistance(formatNumber(Math.round(profile.nearestLoket.km)))}
          </p>
        ) : (
          <p>{p.noLoket}</p>
        )}
      </section>

      <ProfileReach dataset={dataset} coverage={coverage} code={code} name={gemeente.name} />

      <p className="note">
        {nl.app.dataVersion(dataset.version, formatDate(dataset.checkedUntil))}
      </p>
    </article>
  );
}

/** One claim: what it says, where it comes from, how old it is and whether it is inferred. */
function ClaimItem({ shown, decisive }: { shown: ProfileClaim; decisive: boolean }): JSX.Element {
  const p = t.profile;
  const { claim } = shown;
  return (
    <li className="coverage-claim">
      <p>
        {p.claimSays} <strong>{nl.coverage[claim.status]}</strong>
        {decisive && <span className="note"> {p.decisive}</span>}
      </p>
      {shown.service && <p>{p.fromService(shown.service.name)}</p>}
      {claim.basis === 'afgeleid' && <p className="coverage-flag">{claimText.inferred}</p>}
      {claim.publicNote && <p className="note">{claim.publicNote}</p>}
      <ClaimFacts source={shown.source} provenance={claim.provenance} age={shown.age} />
    </li>
  );
}

/** Other help (a plan, a pilot, a wetswinkel, …): what it is and its source; it decides nothing. */
function OtherHelpItem({ item }: { item: ProfileOtherHelp }): JSX.Element {
  const { help } = item;
  return (
    <li className="coverage-claim">
      <p>
        <strong>{claimText.evidenceKind[help.kind]}</strong>
      </p>
      {help.basis === 'afgeleid' && <p className="coverage-flag">{claimText.inferred}</p>}
      {help.publicNote && <p className="note">{help.publicNote}</p>}
      <ClaimFacts source={item.source} provenance={help.provenance} age={item.age} />
    </li>
  );
}

/** Source by title, the date the source shows with its age, and when we read it. */
function ClaimFacts({
  source,
  provenance,
  age,
}: Pick<ProfileClaim, 'source' | 'age'> & {
  provenance: ProfileClaim['claim']['provenance'];
}): JSX.Element {
  const p = t.profile;
  return (
    <dl className="coverage-facts coverage-facts--compact">
      <div>
        <dt>{p.source}</dt>
        <dd className="break-anywhere">
          <SourceTitle label={source} />
        </dd>
      </div>
      <div>
        <dt>{p.sourceDate}</dt>
        <dd>
          <SourceDate provenance={provenance} />{' '}
          <span className={age === 'verouderd' ? 'coverage-flag' : 'note'}>
            {claimText.age[age]}
          </span>
        </dd>
      </div>
      <div>
        <dt>{p.checkedOn}</dt>
        <dd>{formatDate(provenance.checkedOn)}</dd>
      </div>
    </dl>
  );
}

/** A service that covers the gemeente, with its offices (which may be in another gemeente). */
function ServiceItem({ item }: { item: ProfileService }): JSX.Element {
  const p = t.profile;
  return (
    <li>
      <p>
        <strong>{item.service.name}</strong>. {p.provider(item.service.provider)}
      </p>
      {item.offices.length === 0 ? (
        <p>{p.noOffices}</p>
      ) : (
        <ul className="coverage-list">
          {item.offices.map((office) => (
            <li key={office.location.id}>
              {office.location.name}
              {office.location.address.street
                ? `, ${office.location.address.street} ${office.location.address.houseNumber ?? ''}`.trimEnd()
                : ''}
              , {office.location.address.place}.
              {office.elsewhere && <> {p.officeElsewhere(office.gemeenteName)}</>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
