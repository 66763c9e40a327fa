import type { JSX } from 'react';
import { campaignStrings, nl } from './strings';
import { formatDate } from '../../shared/model/dates';
import { SourceTitle } from '../../shared/ui/source-facts';
import type { FactsheetPlace, FactsheetSource } from './model/factsheet';

const t = campaignStrings.factsheet;
const kmFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Every source on the sheet once, by title (web address printed), with its date and our reading date. */
export function FactsheetSources({
  sources,
}: {
  sources: readonly FactsheetSource[];
}): JSX.Element {
  return (
    <section aria-labelledby="blad-bronnen" className="factsheet__sources">
      <h3 id="blad-bronnen">{t.sourcesTitle}</h3>
      <ol>
        {sources.map((source) => (
          <li key={`${source.label.url ?? ''}|${source.label.title}`}>
            <SourceTitle label={source.label} />
            {'. '}
            {t.sourceDates(
              source.sourceDate ? formatDate(source.sourceDate) : t.noSourceDate,
              formatDate(source.checkedOn),
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Places with their distance and how sure their position is, one line each. */
export function FactsheetPlaces({ places }: { places: readonly FactsheetPlace[] }): JSX.Element {
  if (places.length === 0) return <p>{t.noneKnown}</p>;
  return (
    <ul className="factsheet__places">
      {places.map(({ location, km }) => (
        <li key={location.id}>
          <strong>{location.name}</strong>
          {', '}
          {location.address.street
            ? `${location.address.street} ${location.address.houseNumber ?? ''}`.trimEnd() + ', '
            : ''}
          {location.address.place}
          {location.phone ? `, ${location.phone}` : ''}
          {'. '}
          {t.distance(kmFormat.format(km))}
          {location.precision === 'exact' ? '' : nl.common.approximate}
        </li>
      ))}
    </ul>
  );
}
