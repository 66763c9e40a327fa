import { nl } from '../../../shared/i18n/nl';
import type { Location } from '../../../shared/model/schema';
import { describeWeek, isOpenAt, parseOpeningHours } from '../model/opening-hours';

/** Structured hours get a day list and "nu open"; free text is shown as given; none says so. */
export function OpeningHours({ hours, now }: { hours: Location['openingHours']; now: Date }) {
  const week = hours.osm ? parseOpeningHours(hours.osm) : undefined;
  if (!week && !hours.text) return <p>{nl.places.hoursUnknown}</p>;
  return (
    <>
      {week ? (
        <>
          <p className="open-now">
            <strong>{isOpenAt(week, now) ? nl.places.openNow : nl.places.closedNow}</strong>
          </p>
          <ul className="plain-list">
            {describeWeek(week).map(({ day, hours: text }) => (
              <li key={day}>
                {day}: {text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hours.text ? <p>{hours.text}</p> : null}
    </>
  );
}
