import { securityContact, securityTxt } from './security-txt';

describe('security.txt', () => {
  it('names the configured contact and expires within a year (RFC 9116)', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    const text = securityTxt('mailto:veiligheid@example.org', now);
    expect(text).toContain('Contact: mailto:veiligheid@example.org\n');
    const expires = /^Expires: (\S+)$/m.exec(text)?.[1] ?? '';
    const days = (Date.parse(expires) - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);
  });

  it('says a contact is missing instead of inventing one', () => {
    expect(securityTxt(undefined, new Date())).not.toMatch(/^Contact:/m);
    expect(securityContact({})).toBeUndefined();
    expect(securityContact({ VITE_REPORT_EMAIL: 'meld@example.org' })).toBe(
      'mailto:meld@example.org',
    );
    expect(securityContact({ SJK_SECURITY_CONTACT: 'https://example.org/security' })).toBe(
      'https://example.org/security',
    );
  });
});
