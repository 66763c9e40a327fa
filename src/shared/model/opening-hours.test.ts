// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeWeek, isOpenAt, parseOpeningHours } from './opening-hours';

/** A moment in Dutch time; 2026-11-23 is a Monday (winter time, UTC+1). */
function amsterdam(isoLocal: string): Date {
  return new Date(`${isoLocal}+01:00`);
}

describe('opening hours (OpenStreetMap subset)', () => {
  const week = parseOpeningHours('Mo-Fr 09:00-12:00,13:00-16:30; Sa 10:00-13:00; PH off');

  it('reads day ranges, split hours and closed public holidays', () => {
    expect(week?.Mo).toEqual([
      [540, 720],
      [780, 990],
    ]);
    expect(week?.Sa).toEqual([[600, 780]]);
    expect(week?.Su).toEqual([]);
  });

  it('says open or closed in Dutch time', () => {
    if (!week) throw new Error('not parsed');
    expect(isOpenAt(week, amsterdam('2026-11-23T09:30:00'))).toBe(true);
    expect(isOpenAt(week, amsterdam('2026-11-23T12:30:00'))).toBe(false);
    expect(isOpenAt(week, amsterdam('2026-11-23T16:30:00'))).toBe(false);
    expect(isOpenAt(week, amsterdam('2026-11-28T10:00:00'))).toBe(true);
    expect(isOpenAt(week, amsterdam('2026-11-29T10:00:00'))).toBe(false);
  });

  it('uses Dutch time also in summer (UTC+2)', () => {
    const mondays = parseOpeningHours('Mo 09:00-10:00');
    if (!mondays) throw new Error('not parsed');
    expect(isOpenAt(mondays, new Date('2026-06-22T07:30:00Z'))).toBe(true);
    expect(isOpenAt(mondays, new Date('2026-06-22T08:30:00Z'))).toBe(false);
  });

  it('lists the days with hours in plain Dutch', () => {
    if (!week) throw new Error('not parsed');
    expect(describeWeek(week)[0]).toEqual({
      day: 'maandag',
      hours: '09.00 – 12.00 en 13.00 – 16.30 uur',
    });
    expect(describeWeek(week).map((line) => line.day)).not.toContain('zondag');
  });

  it.each([
    '',
    'open op afspraak',
    'Mo-Fr 9-12',
    'Mo 12:00-09:00',
    'Xx 09:00-12:00',
    'Mo-Fr 09:00-12:00; week 1-53',
  ])('gives up on %j, so the text is shown without "nu open"', (text) => {
    expect(parseOpeningHours(text)).toBeUndefined();
  });
});
