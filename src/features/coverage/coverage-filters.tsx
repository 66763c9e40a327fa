import { useId, type JSX } from 'react';
import { nl } from '../../shared/i18n/nl';
import type { CoverageStatus } from '../../shared/model/schema';
import type { UrlState } from '../../shared/model/url-state';
import type { Province } from './model/provinces';

const t = nl.coverageView;

const STATUSES: readonly CoverageStatus[] = ['wel', 'niet', 'onbekend'];

export interface CoverageFiltersProps {
  provinces: readonly Province[];
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
}

/**
 * Province and status filters. They live in the URL, so a filtered view can be shared; choosing
 * one replaces the history entry rather than adding one per click.
 */
export function CoverageFilters({ provinces, state, update }: CoverageFiltersProps): JSX.Element {
  const id = useId();
  return (
    <fieldset className="coverage-filters">
      <legend>{t.filtersTitle}</legend>
      <div className="coverage-field">
        <label htmlFor={`${id}-provincie`}>{t.province}</label>
        <select
          id={`${id}-provincie`}
          value={state.province ?? ''}
          onChange={(event) => {
            update({ province: event.target.value || undefined });
          }}
        >
          <option value="">{t.allProvinces}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </div>
      <div className="coverage-field">
        <label htmlFor={`${id}-status`}>{t.status}</label>
        <select
          id={`${id}-status`}
          value={state.status ?? ''}
          onChange={(event) => {
            update({ status: STATUSES.find((s) => s === event.target.value) });
          }}
        >
          <option value="">{t.allStatuses}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {nl.coverage[status]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
