import {
  formatDate,
  formatNumber,
  formatShare,
  hostLabel,
  isOlderThanYears,
  isWebUrl,
} from './format';

describe('format', () => {
  it('formats numbers, shares and dates the Dutch way', () => {
    expect(formatNumber(17472870)).toBe('17.472.870');
    expect(formatShare(42, 100)).toMatch(/^42\s?%$/);
    expect(formatShare(1, 0)).toMatch(/^0\s?%$/);
    expect(formatDate('2026-11-22')).toBe('22-11-2026');
    expect(formatDate('2026-11-22', 'long')).toBe('22 november 2026');
    expect(formatDate('geen datum')).toBe('geen datum');
  });

  it('only treats http(s) as a web link', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,hi')).toBe(false);
    expect(isWebUrl('rapport 2023.pdf')).toBe(false);
    expect(hostLabel('https://www.oogtv.nl/2025/01/x')).toBe('oogtv.nl');
  });

  it('flags claims more than 3 years before the reference date', () => {
    expect(isOlderThanYears('2023-11-21', '2026-11-22')).toBe(true);
    expect(isOlderThanYears('2023-11-22', '2026-11-22')).toBe(false);
    expect(isOlderThanYears('2025-01-01', '2026-11-22')).toBe(false);
  });
});
