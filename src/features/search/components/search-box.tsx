import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { nl } from '../../../shared/i18n/nl';

/** One suggestion; `group` is shown as a heading (Plaatsen, Gemeenten, Woonplaatsen, Postcodes). */
export interface SearchOption {
  key: string;
  group: string;
  label: string;
  detail: string;
}

/**
 * One search field in the ARIA 1.2 combobox pattern: type, arrow through the grouped suggestions,
 * Enter to choose, Escape to close. Suggestions are computed on every keystroke, so `search` must
 * be fast (see `npm run bench`).
 */
export function SearchBox({
  initialQuery,
  search,
  onChoose,
  onFocus,
}: {
  initialQuery: string;
  search: (query: string) => readonly SearchOption[];
  onChoose: (option: SearchOption, query: string) => void;
  onFocus?: () => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => (query.trim() ? search(query) : []), [query, search]);
  const groups = useMemo(() => groupOptions(options), [options]);
  const expanded = open && query.trim().length > 0;

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    onChoose(option, query);
  };

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
      choose(options[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

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
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
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
        hidden={!expanded}
      >
        {groups.map(({ group, items }) => (
          <div key={group} role="group" aria-labelledby={`${id}-group-${group}`}>
            <div id={`${id}-group-${group}`} className="search-box__group" role="presentation">
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
      <p role="status" className="visually-hidden">
        {expanded ? nl.search.count(options.length) : ''}
      </p>
    </div>
  );
}

function groupOptions(
  options: readonly SearchOption[],
): { group: string; items: { option: SearchOption; index: number }[] }[] {
  const groups: { group: string; items: { option: SearchOption; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = groups.at(-1);
    if (last?.group === option.group) last.items.push({ option, index });
    else groups.push({ group: option.group, items: [{ option, index }] });
  });
  return groups;
}
