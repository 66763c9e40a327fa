/** Where "Meld een wijziging" mails go; empty leaves the recipient to the user's mail program. */
export const REPORT_EMAIL: string = import.meta.env.VITE_REPORT_EMAIL ?? '';

/** Whether the online PDOK basemap is on by default (the user can always switch it). */
export const ONLINE_BASEMAP_DEFAULT: boolean = import.meta.env.VITE_ONLINE_BASEMAP === 'aan';

/** A mailto link with subject and body filled in, for reporting a change in the data. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:${encodeURIComponent(REPORT_EMAIL)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
