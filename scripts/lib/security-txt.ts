import type { Plugin } from 'vite';

/** Where security.txt lives (RFC 9116). */
export const SECURITY_TXT_PATH = '.well-known/security.txt';

/** RFC 9116 asks for an Expires less than a year ahead; the build renews it. */
const VALID_DAYS = 180;

/**
 * The text of security.txt. `contact` is a `mailto:` or `https:` URI (RFC 9116 requires one);
 * when none is configured the file says so in a comment instead of inventing an address.
 */
export function securityTxt(contact: string | undefined, now: Date): string {
  const expires = new Date(now.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  return [
    '# Sociaal-juridische kaart: how to report a security problem.',
    contact
      ? `Contact: ${contact}`
      : '# No contact configured: set SJK_SECURITY_CONTACT (or VITE_REPORT_EMAIL) when building.',
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: nl, en',
    '',
  ].join('\n');
}

/** The contact from the build's environment: SJK_SECURITY_CONTACT, else the report address. */
export function securityContact(env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env.SJK_SECURITY_CONTACT?.trim();
  if (explicit) return explicit;
  const email = env.VITE_REPORT_EMAIL?.trim();
  return email ? `mailto:${email}` : undefined;
}

/** Writes `/.well-known/security.txt` into the build, with a fresh Expires date. */
export function securityTxtFile(): Plugin {
  return {
    name: 'sjk-security-txt',
    apply: 'build',
    generateBundle() {
      const contact = securityContact(process.env);
      if (!contact) this.warn('security.txt has no Contact: set SJK_SECURITY_CONTACT');
      this.emitFile({
        type: 'asset',
        fileName: SECURITY_TXT_PATH,
        source: securityTxt(contact, new Date()),
      });
    },
  };
}
