import { describeWeek, isOpenAt, parseOpeningHours } from '../../../shared/model/opening-hours';
import type { HelpLocation } from '../../../shared/model/schema';
import { placeText as t } from '../strings';

/**
 * Structured hours get a day list and "nu open" (on screen only: paper does not know when it is
 * read); free text is shown as given; none says so, and says to call only when there is a number.
 */
export function OpeningHours({
  hours,
  now,
  hasPhone,
}: {
  hours: HelpLocation['openingHours'];
  now: Date;
  hasPhone: boolean;
}) {
  const week = hours.osm ? parseOpeningHours(hours.osm) : undefined;
  if (!week && !hours.text) return <p>{hasPhone ? t.hoursUnknownCall : t.hoursUnknown}</p>;
  return (
    <>
      {week ? (
        <>
          <p className="open-now no-print">
            <strong>{isOpenAt(week, now) ? t.openNow : t.closedNow}</strong>
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
