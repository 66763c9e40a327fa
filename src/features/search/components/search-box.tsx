import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nl } from '../../../shared/i18n/nl';

/** One suggestion; `group` is shown as a heading (Plaatsen, Gemeenten, Woonplaatsen, Postcodes). */
export interface SearchOption {
  key: string;
  group: string;
  label: string;
  detail: string;
}

/**
 * The suggestions for a query, and whether the first is sure enough to take on Enter. Generic
 * over the option, so an option can carry what it stands for (a search hit) and choosing it
 * needs no lookup kept on the side.
 */
export interface SearchOutcome<T extends SearchOption> {
  options: readonly T[];
  sure: boolean;
  /**
   * Part of what could match is still on its way (the place list): the options found so far
   * are shown, but "nothing found" and Enter wait until it is there.
   */
  incomplete?: boolean;
}

const NOTHING: SearchOutcome<never> = { options: [], sure: false };

/**
 * One search field in the ARIA 1.2 combobox pattern: type, arrow through the grouped suggestions,
 * Enter to choose, Escape to close. Enter takes the first suggestion only when it is sure (a
 * whole name, a known postcode); otherwise it opens the list, so the search never guesses. While
 * the index or the postcode table loads it says "Even laden…", and an Enter pressed meanwhile is
 * kept until they are there; while only part of the data is there (`incomplete`), what it finds
 * is shown at once and only "nothing found" and Enter wait. The field follows `query` when it
 * changes from outside (browser Back and Forward), so field and answer never disagree. Suggestions are computed on every
 * keystroke, so `search` must be fast (see `npm run bench`).
 */
export function SearchBox<T extends SearchOption>({
  query: outsideQuery,
  search,
  loading,
  onChoose,
  onFocus,
}: {
  query: string;
  /** Pure: called during render for every keystroke, so it must not write anything. */
  search: ((query: string) => SearchOutcome<T>) | undefined;
  loading: boolean;
  onChoose: (option: T, query: string) => void;
  onFocus?: () => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(outsideQuery);
  const [followed, setFollowed] = useState(outsideQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [hint, setHint] = useState('');
  /** An Enter pressed while loading, answered once the suggestions are there. */
  const pendingEnter = useRef(false);
  if (outsideQuery !== followed) {
    setFollowed(outsideQuery);
    setQuery(outsideQuery);
    setOpen(false);
    setActive(-1);
    setHint('');
  }
  const waiting = loading || !search;
  const outcome = useMemo<SearchOutcome<T>>(
    () => (query.trim() && search ? search(query) : NOTHING),
    [query, search],
  );
  const { options } = outcome;
  /** Enter and "nothing found" wait for the rest of the data; found options show meanwhile. */
  const partial = outcome.incomplete === true;
  const groups = useMemo(() => groupOptions(options), [options]);
  const expanded =
    open && query.trim().length > 0 && !waiting && !(partial && options.length === 0);
  const listShown = expanded && options.length > 0;

  const choose = (option: T | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    setHint('');
    onChoose(option, query);
  };

  /** Enter without an active option: take a sure match, else show the list and say so. */
  const enter = (now: SearchOutcome<T>) => {
    if (now.sure) {
      choose(now.options[0]);
      return;
    }
    setOpen(true);
    setHint(now.options.length > 0 ? nl.search.pick(now.options.length) : nl.search.noMatch);
  };

  useEffect(() => {
    if (waiting || partial || !pendingEnter.current) return;
    pendingEnter.current = false;
    enter(outcome);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : (i + 1) % options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : (i - 1 + options.length) % options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!query.trim()) return;
      if (listShown && active >= 0) choose(options[active]);
      else if (waiting || partial) {
        pendingEnter.current = true;
        setOpen(true);
      } else enter(outcome);
    } else if (event.key === 'Escape') {
      if (listShown) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  /** "Even laden…" instead of suggestions, or instead of "nothing found". */
  const loadingShown = open && (waiting || (partial && !listShown));
  const status = !query.trim()
    ? ''
    : loadingShown
      ? nl.search.loading
      : expanded
        ? `${nl.search.count(options.length)}${hint && options.length > 0 ? `. ${hint}` : ''}`
        : hint;

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${id}-input`} className="search-box__label">
        {nl.search.label}
      </label>
      <p id={`${id}-hint`} className="search-box__hint">
        {nl.search.hint}
      </p>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        className="search-box__input"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={listShown && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
          setHint('');
          pendingEnter.current = false;
        }}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={nl.search.suggestions}
        className="search-box__list"
        hidden={!listShown}
      >
        {groups.map(({ group, items }, groupIndex) => (
          <div key={group} role="group" aria-labelledby={`${id}-group-${groupIndex}`}>
            <div id={`${id}-group-${groupIndex}`} className="search-box__group" role="presentation">
              {group}
            </div>
            {items.map(({ option, index }) => (
              <div
                key={option.key}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={index === active}
                className="search-box__option"
                tabIndex={-1}
                onMouseDown={(event) => {
                  // Choosing on mousedown keeps focus in the field; keys are handled there too.
                  event.preventDefault();
                  choose(option);
                }}
              >
                <span className="search-box__option-label">{option.label}</span>
                <span className="search-box__option-detail">{option.detail}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
      {loadingShown && query.trim() ? (
        <p className="search-box__loading" aria-hidden="true">
          {nl.search.loading}
        </p>
      ) : null}
      {hint && !listShown ? <p className="search-box__hint-after">{hint}</p> : null}
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}

function groupOptions<T extends SearchOption>(
  options: readonly T[],
): { group: string; items: { option: T; index: number }[] }[] {
  const groups: { group: string; items: { option: T; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = groups.at(-1);
    if (last?.group === option.group) last.items.push({ option, index });
    else groups.push({ group: option.group, items: [{ option, index }] });
  });
  return groups;
}
