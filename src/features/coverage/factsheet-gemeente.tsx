import { claimText } from '../../shared/i18n/claim-text';
import type { JSX } from 'react';
import { campaignStrings, nl } from './strings';
import { coverageState } from '../../shared/model/coverage';
import { formatDate } from '../../shared/model/dates';
import type { Dataset } from '../../shared/model/schema';
import { FactsheetPlaces, FactsheetSources } from './factsheet-parts';
import { formatNumber } from './model/format';
import type { GemeenteFactsheet } from './model/factsheet';
import { ProfileReach } from './profile-reach';
import { StatusLabel } from './status-label';

const t = campaignStrings.factsheet;

/**
 * The body of a gemeente's factsheet: key facts with the status and its age, the claims and
 * other help, reach, the nearest help and every source with its dates.
 */
export function GemeenteFactsheetBody({
  sheet,
  dataset,
  coverage,
}: {
  sheet: GemeenteFactsheet;
  dataset: Dataset;
  coverage: Parameters<typeof ProfileReach>[0]['coverage'];
}): JSX.Element {
  const { profile } = sheet;
  const { gemeente, coverage: entry } = profile;
  const decisive = profile.claims[0];
  const date = decisive?.claim.provenance.sourceDate;
  return (
    <>
      <section aria-labelledby="blad-feiten">
        <h3 id="blad-feiten">{t.factsTitle}</h3>
        <dl className="coverage-facts">
          <div>
            <dt>{nl.coverageView.profile.province}</dt>
            <dd>{gemeente.provinceName}</dd>
          </div>
          <div>
            <dt>{nl.coverageView.profile.inwoners}</dt>
            <dd>
              {formatNumber(gemeente.population)}{' '}
              <span className="note">({dataset.populationNote})</span>
            </dd>
          </div>
          <div>
            <dt>{t.statusLabel}</dt>
            <dd>
              <StatusLabel state={coverageState(entry)} />.{' '}
              {decisive ? t.accordingTo(date ? formatDate(date) : undefined) : t.unknownHint}
              {entry.age ? <span className="note"> {claimText.ageExplain[entry.age]}</span> : null}
              {decisive?.claim.basis === 'afgeleid' ? (
                <span className="coverage-flag">{claimText.inferredShort}</span>
              ) : null}
            </dd>
          </div>
          {profile.services.length > 0 ? (
            <div>
              <dt>{t.servicesLabel}</dt>
              <dd>{t.servedBy(profile.services.map((s) => s.service.name).join(', '))}</dd>
            </div>
          ) : null}
        </dl>
        {entry.conflict ? <p className="note">{nl.coverageView.profile.conflict}</p> : null}
        {profile.otherHelp.length > 0 ? (
          <p>
            {t.otherHelp}{' '}
            {profile.otherHelp.map((h) => claimText.evidenceKind[h.help.kind]).join(', ')}.
          </p>
        ) : null}
      </section>

      <ProfileReach
        dataset={dataset}
        coverage={coverage}
        code={gemeente.code}
        name={gemeente.name}
      />

      <section aria-labelledby="blad-dichtbij" className="factsheet__nearest">
        <h3 id="blad-dichtbij">{t.nearestTitle}</h3>
        <p className="note">{t.nearestFrom}</p>
        <h4>{t.srlOffices}</h4>
        {sheet.offices.length > 0 ? (
          <FactsheetPlaces places={sheet.offices} />
        ) : (
          <p>{t.srlNoOffice}</p>
        )}
        <h4>{t.idoNearest}</h4>
        <FactsheetPlaces places={sheet.ido} />
        <h4>{t.loketNearest}</h4>
        <FactsheetPlaces places={sheet.loket} />
      </section>

      <FactsheetSources sources={sheet.sources} />
    </>
  );
}
