// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dutchToday, earliestDay, isFutureDate, parseDateInput } from './dates';

const partial = (v: string) => parseDateInput(v, { partial: true });
const day = (v: string) => parseDateInput(v, { partial: false });

describe('parseDateInput', () => {
  it.each([
    ['2024-03-12', '2024-03-12', 'day'],
    ['12-03-2024', '2024-03-12', 'day'],
    ['12-3-2024', '2024-03-12', 'day'],
    ['2024-3-5', '2024-03-05', 'day'],
    [' 1-12-2022 ', '2022-12-01', 'day'],
    ['2022-12', '2022-12', 'month'],
    ['12-2022', '2022-12', 'month'],
    ['3-2021', '2021-03', 'month'],
    ['2021', '2021', 'year'],
  ])('reads %s as %s (%s), never padding a month to a day', (input, iso, precision) => {
    expect(partial(input)).toEqual({ ok: true, date: { iso, precision } });
  });

  it('requires a whole day where the day you read a source is asked', () => {
    expect(day('12-03-2024')).toEqual({ ok: true, date: { iso: '2024-03-12', precision: 'day' } });
    const result = day('2024-03');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(
        /geen volledige datum; schrijf jjjj-mm-dd \(2024-03-12\) of dd-mm-jjjj/,
      );
  });

  it.each([
    ['31-02-2024', /die dag bestaat niet/],
    ['2024-13-01', /maand 13 bestaat niet/],
    ['12-03-24', /het jaar heeft maar twee cijfers/],
    ['12/03/2024', /geen datum in een bekende vorm/],
    ['maart 2024', /geen datum in een bekende vorm/],
    ['0024-03-12', /niet aannemelijk/],
  ])('refuses %s and names the expected forms', (input, why) => {
    const result = partial(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(why);
      expect(result.reason).toMatch(/schrijf jjjj-mm-dd .* of dd-mm-jjjj .*alleen jaar en maand/);
    }
  });
});

describe('future dates', () => {
  it('compares a partial date by the first day it can mean', () => {
    expect(earliestDay('2024')).toBe('2024-01-01');
    expect(earliestDay('2024-03')).toBe('2024-03-01');
    expect(isFutureDate('2099', '2026-11-30')).toBe(true);
    expect(isFutureDate('2026-11', '2026-11-30')).toBe(false);
    expect(isFutureDate('2026-12', '2026-11-30')).toBe(true);
    expect(isFutureDate('2026-11-30', '2026-11-30')).toBe(false);
  });

  it('takes today in the Netherlands, not in UTC', () => {
    expect(dutchToday(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(dutchToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});
