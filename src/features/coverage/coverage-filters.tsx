import { useId, type JSX } from 'react';
import { nl } from './strings';
import { STATUS_FILTERS, type StatusFilter } from '../../shared/model/coverage';
import type { UrlState } from '../../shared/model/url-state';
import type { Province } from './model/provinces';

const t = nl.coverageView;

/** The filter's options in words: a status alone, or status and age. */
function filterLabel(filter: StatusFilter): string {
  if (filter === 'onbekend') return nl.coverage.onbekend;
  if (filter === 'wel' || filter === 'niet') return `${nl.coverage[filter]} (${t.anyAge})`;
  return `${nl.freshness.state[filter]} (${nl.freshness.stateExplain[filter]})`;
}

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
      <div className="field">
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
      <div className="field">
        <label htmlFor={`${id}-status`}>{t.status}</label>
        <select
          id={`${id}-status`}
          value={state.status ?? ''}
          onChange={(event) => {
            update({ status: STATUS_FILTERS.find((s) => s === event.target.value) });
          }}
        >
          <option value="">{t.allStatuses}</option>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {filterLabel(status)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
