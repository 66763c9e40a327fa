import type { JSX } from 'react';
import { formatDate } from '../../shared/model/dates';
import { DEFAULT_STATE, serializeUrlState } from '../../shared/model/url-state';
import { ownDataStore, type OwnData } from '../../shared/state/own-data';
import { nl } from './strings';

const t = nl.coverageView.own;

/**
 * Says, above everything else in Dekking, that the map shows the owner's own (unpublished) rows,
 * with the switch between merged and own-only, the way back to the published map, and removal.
 */
export function OwnDataBanner({ own }: { own: OwnData }): JSX.Element {
  return (
    <section className="own-banner no-print" aria-label={t.region}>
      <p className="own-banner__title">{own.shown ? t.shown : t.hidden}</p>
      {own.shown ? (
        <fieldset className="own-banner__mode">
          <legend>{t.mode}</legend>
          {(['samen', 'alleen'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="own-data-mode"
                value={mode}
                checked={own.mode === mode}
                onChange={() => {
                  ownDataStore.setMode(mode);
                }}
              />
              {mode === 'samen' ? t.together : t.alone}
            </label>
          ))}
        </fieldset>
      ) : null}
      {own.keptOn ? <p>{t.kept(formatDate(own.keptOn))}</p> : null}
      <div className="own-banner__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            ownDataStore.setShown(!own.shown);
          }}
        >
          {own.shown ? t.back : t.show}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            ownDataStore.remove();
          }}
        >
          {t.remove}
        </button>
        <a href={serializeUrlState({ ...DEFAULT_STATE, view: 'gegevens' })}>{t.workbench}</a>
      </div>
    </section>
  );
}
