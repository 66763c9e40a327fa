import { PlaceList } from '../features/places/components/place-list';
import { usePlacesInView, type MapBounds } from '../features/places/use-places-in-view';
import { nl } from '../shared/i18n/nl';
import type { PlacesState } from '../shared/data/use-places';
import type { PlaceKind } from '../shared/model/schema';
import { DataErrorPanel } from '../shared/ui/data-error';

/**
 * The places the map shows, as a list (everything on the map is also in a list). It comes after
 * the map in the page, so on a phone the map sits right below the search instead of after
 * a hundred places.
 */
export function PlacesInView({
  places,
  kinds,
  bounds,
  selectedId,
  onHover,
  onSelect,
}: {
  places: PlacesState;
  kinds: readonly PlaceKind[];
  bounds: MapBounds | undefined;
  selectedId: string | undefined;
  onHover: (id: string | undefined) => void;
  onSelect: (id: string) => void;
}) {
  const items = usePlacesInView(places.places ?? [], kinds, bounds);
  if (!places.places) {
    return places.error ? (
      <DataErrorPanel error={places.error} source="places" onRetry={places.retry} />
    ) : (
      // The list's room is kept meanwhile, so it does not push the page when it arrives.
      <p role="status" className="workspace__pending">
        {nl.places.loading}
      </p>
    );
  }
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">
        {bounds ? nl.places.inView(items.length) : nl.places.all(items.length)}
      </h2>
      {items.length === 0 ? <p>{nl.places.none}</p> : null}
      <PlaceList
        items={items}
        selectedId={selectedId}
        label={nl.places.listTitle}
        onHover={onHover}
        onSelect={onSelect}
      />
    </section>
  );
}
