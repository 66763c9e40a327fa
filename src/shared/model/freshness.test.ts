// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';
import { claimAge, datePrecision, freshnessCutoff, periodStart } from './freshness';

describe('claimAge', () => {
  it('is actueel up to exactly three years back and verouderd the day before', () => {
    expect(freshnessCutoff('2026-11-30')).toBe('2023-11-30');
    expect(claimAge('2023-11-30', '2026-11-30')).toBe('actueel');
    expect(claimAge('2023-11-29', '2026-11-30')).toBe('verouderd');
  });

  it('counts a month or a year from its first day, so it never looks newer than it may be', () => {
    expect(claimAge('2023-12', '2026-11-30')).toBe('actueel');
    expect(claimAge('2023-11', '2026-11-30')).toBe('verouderd');
    expect(claimAge('2024', '2026-11-30')).toBe('actueel');
    expect(claimAge('2023', '2026-11-30')).toBe('verouderd');
  });

  it('calls an undated source verouderd', () => {
    expect(claimAge(undefined, '2026-11-30')).toBe('verouderd');
  });
});

describe('source dates as precise as the source', () => {
  it('knows day, month and year precision', () => {
    expect(datePrecision('2022-12-05')).toBe('dag');
    expect(datePrecision('2022-12')).toBe('maand');
    expect(datePrecision('2013')).toBe('jaar');
    expect(periodStart('2022-12')).toBe('2022-12-01');
  });

  it('shows a month-only date as the month and a year as the year, never the 1st', () => {
    expect(formatDate('2022-12')).toBe('december 2022');
    expect(formatDate('2013')).toBe('2013');
    expect(formatDate('2024-03-12')).toBe('12 maart 2024');
    expect(formatDate('geen datum')).toBe('geen datum');
  });
});
