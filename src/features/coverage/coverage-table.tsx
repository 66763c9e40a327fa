import { claimText } from '../../shared/i18n/claim-text';
import { nl } from './strings';
import { useId, useMemo, useState, type JSX } from 'react';
import { formatDate } from '../../shared/model/dates';
import { SourceTitle } from '../../shared/ui/source-facts';
import { formatNumber } from './model/format';
import { filterRows, nextSort, sortRows, type SortKey, type SortState } from './model/sort-filter';
import { buildCoverageRows, type CoverageRow } from './model/table-rows';
import { StatusLabel } from './status-label';

import { gemeenteButtonId, type CoverageViewProps } from './types';

const t = nl.coverageView;

const COLUMNS: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: t.table.name },
  { key: 'province', label: t.table.province },
  { key: 'status', label: t.table.status },
  { key: 'population', label: t.table.population, numeric: true },
  { key: 'providers', label: t.table.providers },
  { key: 'source', label: t.table.source },
  { key: 'sourceDate', label: t.table.sourceDate },
  { key: 'age', label: t.table.age },
  { key: 'checkedOn', label: t.table.checkedOn },
];

/**
 * The accessible twin of the choropleth: every gemeente as a row, filtered like the map (province,
 * status) plus by name, sortable on every column. Hover or focus on a row highlights the gemeente
 * on the map; the name opens its profile.
 */
export function CoverageTable({
  dataset,
  coverage,
  state,
  update,
  onHighlightGemeente,
}: CoverageViewProps): JSX.Element {
  const id = useId();
  const rows = useMemo(() => buildCoverageRows(dataset, coverage), [dataset, coverage]);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'ascending' });
  const shown = useMemo(
    () =>
      sortRows(filterRows(rows, { province: state.province, status: state.status, text }), sort),
    [rows, state.province, state.status, text, sort],
  );
  const caption = t.table.caption(formatNumber(shown.length), formatNumber(rows.length));

  return (
    <section className="coverage-table" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{t.table.title}</h2>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t.table.filterName}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-filter-uitleg`}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <p id={`${id}-filter-uitleg`} className="note">
          {t.table.filterHint} {t.table.sortHint}
        </p>
      </div>
      <p role="status" className="visually-hidden">
        {caption}
      </p>
      <div className="coverage-table__scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="coverage-sort"
                    onClick={() => {
                      setSort(nextSort(sort, column.key));
                    }}
                  >
                    {column.label}
                    <span className="coverage-sort__arrow" aria-hidden="true">
                      {sort.key !== column.key ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length}>{t.table.empty}</td>
              </tr>
            ) : (
              shown.map((row) => (
                <Row
                  key={row.code}
                  row={row}
                  selected={row.code === state.gemeente}
                  onOpen={() => {
                    update({ gemeente: row.code }, { push: true });
                  }}
                  onHighlight={onHighlightGemeente}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  row: CoverageRow;
  selected: boolean;
  onOpen: () => void;
  onHighlight: (code: string | undefined) => void;
}

/** One gemeente. Focus and hover events bubble up from the cells, so the whole row highlights. */
function Row({ row, selected, onOpen, onHighlight }: RowProps): JSX.Element {
  const highlight = () => {
    onHighlight(row.code);
  };
  const clear = () => {
    onHighlight(undefined);
  };
  return (
    <tr
      className={selected ? 'coverage-row--selected' : undefined}
      onMouseEnter={highlight}
      onMouseLeave={clear}
      onFocus={highlight}
      onBlur={clear}
    >
      <th scope="row">
        <button
          type="button"
          id={gemeenteButtonId(row.code)}
          className="link-button"
          aria-current={selected ? 'true' : undefined}
          onClick={onOpen}
        >
          {row.name}
        </button>
      </th>
      <td>{row.provinceName}</td>
      <td>
        <StatusLabel state={row.state} />
        {row.conflict && <span className="note"> ({t.table.conflict})</span>}
      </td>
      <td className="num">{formatNumber(row.population)}</td>
      <td>
        {row.providers.length > 0 ? (
          row.providers.join('; ')
        ) : (
          <>
            <span aria-hidden="true">{t.table.noProvider}</span>
            <span className="visually-hidden">{t.table.noProviderText}</span>
          </>
        )}
      </td>
      <td className="break-anywhere">
        {row.sourceTitle ? (
          <SourceTitle
            label={
              row.sourceUrl
                ? { title: row.sourceTitle, url: row.sourceUrl }
                : { title: row.sourceTitle }
            }
          />
        ) : (
          <span className="note">{t.table.noSource}</span>
        )}
        {row.inferred && <span className="note"> ({claimText.inferredShort})</span>}
      </td>
      <td>
        {row.status === 'onbekend'
          ? ''
          : row.sourceDate
            ? formatDate(row.sourceDate)
            : claimText.noDate}
      </td>
      <td>{row.age ? claimText.age[row.age] : ''}</td>
      <td>{row.checkedOn ? formatDate(row.checkedOn) : ''}</td>
    </tr>
  );
}
