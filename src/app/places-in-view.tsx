import { PlaceList } from '../features/places/components/place-list';
import { usePlacesInView, type MapBounds } from '../features/places/use-places-in-view';
import { nl } from '../shared/i18n/nl';
import type { CoreDataset, PlaceKind } from '../shared/model/schema';

/**
 * The places the map shows, as a list (everything on the map is also in a list). It comes after
 * the map in the page, so on a phone the map sits right below the search instead of after
 * a hundred places.
 */
export function PlacesInView({
  dataset,
  kinds,
  bounds,
  selectedId,
  onHover,
  onSelect,
}: {
  dataset: CoreDataset;
  kinds: readonly PlaceKind[];
  bounds: MapBounds | undefined;
  selectedId: string | undefined;
  onHover: (id: string | undefined) => void;
  onSelect: (id: string) => void;
}) {
  const items = usePlacesInView(dataset.locations, kinds, bounds);
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
