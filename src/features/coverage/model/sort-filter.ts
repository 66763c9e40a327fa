import {
  COVERAGE_STATES,
  matchesStatusFilter,
  type StatusFilter,
} from '../../../shared/model/coverage';
import { periodStart } from '../../../shared/model/freshness';
import type { CoverageRow } from './table-rows';

/** The columns the table can be sorted by: every column it shows. */
export const SORT_KEYS = [
  'name',
  'province',
  'status',
  'population',
  'providers',
  'source',
  'sourceDate',
  'age',
  'checkedOn',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function sortValue(row: CoverageRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'name':
      return row.name;
    case 'province':
      return row.provinceName;
    case 'status':
      // The order of the legend: wel (current, then outdated), niet, onbekend.
      return COVERAGE_STATES.indexOf(row.state);
    case 'population':
      return row.population;
    case 'providers':
      return row.providers.length > 0 ? row.providers.join('; ') : undefined;
    case 'source':
      return row.sourceTitle;
    case 'sourceDate':
      // Undated sources sort with the empty cells, last in both directions.
      return row.sourceDate ? periodStart(row.sourceDate) : undefined;
    case 'age':
      return row.age;
    case 'checkedOn':
      return row.checkedOn;
  }
}

/**
 * A sorted copy. Empty cells (no provider, no source) go last in both directions, so sorting never
 * buries the rows that have something to show; ties fall back to name, then code, so the order is stable.
 */
export function sortRows(rows: readonly CoverageRow[], sort: SortState): CoverageRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
    } else {
      const compared =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      if (compared !== 0) return sign * compared;
    }
    return collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  });
}

/** Clicking the sorted column turns it round; another column starts ascending (inwoners: largest first). */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'population' ? 'descending' : 'ascending' };
}

export interface RowFilter {
  province?: string | undefined;
  /** A status (both ages) or one status-and-age state. */
  status?: StatusFilter | undefined;
  /** Part of the name; case and accents do not matter ("fryslan" finds Súdwest-Fryslân). */
  text?: string | undefined;
}

/** Lower case without accents, so a filter matches what people type. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** The rows that pass every filter that is set. */
export function filterRows(rows: readonly CoverageRow[], filter: RowFilter): CoverageRow[] {
  const text = filter.text ? foldText(filter.text) : '';
  return rows.filter(
    (row) =>
      (!filter.province || row.provinceCode === filter.province) &&
      (!filter.status || matchesStatusFilter(row.state, filter.status)) &&
      (!text || foldText(row.name).includes(text)),
  );
}
