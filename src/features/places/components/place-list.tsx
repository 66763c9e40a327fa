import { useState } from 'react';
import { nl } from '../../../shared/i18n/nl';
import type { PlaceSummary } from '../../../shared/model/schema';
import { KindIcon } from './kind-icon';

const PAGE = 50;

export interface PlaceListItem {
  location: PlaceSummary;
  /** Distance text when the list is sorted by distance. */
  distance?: string;
}

/**
 * The list twin of the map: every place on the map can be reached here by keyboard and screen
 * reader. Choosing one opens its details; the selected one is marked, as on the map.
 */
export function PlaceList({
  items,
  selectedId,
  onSelect,
  onHover,
  label,
}: {
  items: readonly PlaceListItem[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Pointer or keyboard focus on an item; the map highlights the same place. */
  onHover?: (id: string | undefined) => void;
  label: string;
}) {
  const [shown, setShown] = useState(PAGE);
  return (
    <div className="place-list">
      <ul aria-label={label}>
        {items.slice(0, shown).map(({ location, distance }) => (
          <li key={location.id}>
            <button
              type="button"
              className="place-list__item"
              data-place-id={location.id}
              onMouseEnter={() => onHover?.(location.id)}
              onMouseLeave={() => onHover?.(undefined)}
              onFocus={() => onHover?.(location.id)}
              onBlur={() => onHover?.(undefined)}
              aria-current={location.id === selectedId ? 'true' : undefined}
              onClick={() => {
                onSelect(location.id);
              }}
            >
              <KindIcon kind={location.kind} />
              <span className="place-list__text">
                <span className="place-list__name">{location.name}</span>
                <span className="place-list__meta">
                  {nl.kindsShort[location.kind]} · {location.address.place}
                  {distance ? ` · ${distance}` : ''}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > shown ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setShown((n) => n + PAGE);
          }}
        >
          {nl.common.showMore} ({items.length - shown})
        </button>
      ) : null}
    </div>
  );
}
