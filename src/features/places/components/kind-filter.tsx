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
  counts: Record<PlaceKind, number>;
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
            {nl.kindsPlural[kind]} <span className="muted">({counts[kind]})</span>
          </span>
        </label>
      ))}
      <p className="note kind-filter__explain">{nl.places.idoExplain}</p>
    </fieldset>
  );
}
