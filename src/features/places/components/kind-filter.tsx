import { nl } from '../../../shared/i18n/nl';
import { PLACE_KINDS, type PlaceKind } from '../../../shared/model/schema';
import { KindIcon } from './kind-icon';

/**
 * Filter by kind; doubles as the map legend (icon, colour and name together). Explains "IDO"
 * here, where residents first meet the word.
 */
export function KindFilter({
  kinds,
  counts,
  onChange,
}: {
  kinds: readonly PlaceKind[];
  /** How many places of each kind; undefined while the place list is on its way. */
  counts: Record<PlaceKind, number> | undefined;
  onChange: (kinds: PlaceKind[]) => void;
}) {
  return (
    <fieldset className="kind-filter">
      <legend>{nl.places.filterLegend}</legend>
      {PLACE_KINDS.map((kind) => (
        <label key={kind} className="kind-filter__option">
          <input
            type="checkbox"
            checked={kinds.includes(kind)}
            onChange={(event) => {
              onChange(
                PLACE_KINDS.filter((k) => (k === kind ? event.target.checked : kinds.includes(k))),
              );
            }}
          />
          <KindIcon kind={kind} />
          <span>
            {nl.kindsPlural[kind]}{' '}
            {/* The count's place is kept while the places load, so the line does not move. */}
            <span className="muted" aria-hidden={counts ? undefined : true}>
              ({counts ? counts[kind] : '…'})
            </span>
          </span>
        </label>
      ))}
      <p className="note kind-filter__explain">{nl.places.idoExplain}</p>
    </fieldset>
  );
}
