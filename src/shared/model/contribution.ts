import { writeCsv } from '../intake/csv-write';
import { isFutureDate, parseDateInput } from '../intake/dates';
import { contributeText as t } from '../i18n/contribute-text';
import { isWebUrl } from './links';

/**
 * "Weet u meer? Geef het door" (issue 14, item 7): what a reader fills in about a gemeente or a
 * place, checked here, turned into an e-mail to the address set at deploy time and into one row
 * of the status sheet that "Eigen gegevens" reads, so maintainers can load it into their review.
 * No server: nothing leaves the browser unless the reader sends the e-mail themselves.
 */

/** What the message is about: the gemeente's status, or another change (a place, an address). */
export type ContributeWhat = 'status' | 'wijziging';

/** The form's fields as typed. */
export interface ContributeInput {
  what: ContributeWhat;
  /** Whether the gemeente has sociaal raadslieden; '' when not chosen (needed for `status`). */
  status: '' | 'wel' | 'niet';
  aanbieder: string;
  bron: string;
  datum: string;
  email: string;
  note: string;
}

/** Where the form was opened: always a gemeente, and the place when opened on a place. */
export interface ContributeContext {
  gemeente: { code: string; name: string };
  place?: { id: string; name: string };
  /** The data version the reader saw, so maintainers compare with the right data. */
  dataVersion: string;
}

/** Fields that can be wrong, each with its message in contributeText.errors. */
export type ContributeField = 'status' | 'bron' | 'datum' | 'email' | 'note';
export type ContributeError = keyof typeof t.errors;

/** A checked form: the values as they go out (trimmed, the date as ISO), or what to fix. */
export type ContributeCheck =
  | { ok: true; value: ContributeInput }
  | { ok: false; errors: Partial<Record<ContributeField, ContributeError>> };

export const EMPTY_CONTRIBUTION: ContributeInput = {
  what: 'status',
  status: '',
  aanbieder: '',
  bron: '',
  datum: '',
  email: '',
  note: '',
};

/**
 * The status sheet's columns, in the order of its template: written here by "Geef het door" and
 * read by "Eigen gegevens" (src/features/workbench/model/status-sheet.ts), from this one list.
 */
export const STATUS_SHEET_COLUMNS = [
  'gemeente',
  'cbs_code',
  'status',
  'aanbieder',
  'bron',
  'titel_bron',
  'datum',
  'toelichting',
] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks the form: the source must be a web address (http or https), its date a real date (a
 * day, a month or a year, as the status sheet accepts) that is not after `today` (YYYY-MM-DD).
 */
export function checkContribution(input: ContributeInput, today: string): ContributeCheck {
  const value: ContributeInput = {
    what: input.what,
    status: input.what === 'status' ? input.status : '',
    aanbieder: input.aanbieder.trim(),
    bron: input.bron.trim(),
    datum: input.datum.trim(),
    email: input.email.trim(),
    note: input.note.trim(),
  };
  const errors: Partial<Record<ContributeField, ContributeError>> = {};
  if (value.what === 'status' && !value.status) errors.status = 'statusMissing';
  if (!value.bron) errors.bron = 'bronMissing';
  else if (!isWebUrl(value.bron)) errors.bron = 'bronNotWeb';
  if (value.datum) {
    const parsed = parseDateInput(value.datum, { partial: true });
    if (!parsed.ok) errors.datum = 'datumBad';
    else if (isFutureDate(parsed.date.iso, today)) errors.datum = 'datumFuture';
    else value.datum = parsed.date.iso;
  }
  if (value.email && !EMAIL.test(value.email)) errors.email = 'emailBad';
  if (value.what === 'wijziging' && !value.note) errors.note = 'noteMissing';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** "Groningen (GM0014)", or "Bibliotheek X in Groningen (GM0014)" for a place. */
export function contributionAbout(context: ContributeContext): string {
  const gemeente = `${context.gemeente.name} (${context.gemeente.code})`;
  return context.place ? `${context.place.name}, ${gemeente}` : gemeente;
}

/**
 * The status sheet (header and one row) for a checked contribution. The reader's e-mail address
 * stays out: the toelichting of a sheet row is published with the claim. A change that is not a
 * status has no status: "Eigen gegevens" then asks the maintainer for one instead of guessing.
 */
export function contributionCsv(value: ContributeInput, context: ContributeContext): string {
  const note = [
    context.place ? t.aboutPlace(`${context.place.name} (${context.place.id})`) : '',
    value.note,
  ]
    .filter(Boolean)
    .join(' ');
  return writeCsv(STATUS_SHEET_COLUMNS, [
    {
      gemeente: context.gemeente.name,
      cbs_code: context.gemeente.code,
      status: value.status,
      aanbieder: value.aanbieder,
      bron: value.bron,
      titel_bron: '',
      datum: value.datum,
      toelichting: note,
    },
  ]);
}

/** The e-mail's subject and body: every field by name, then the sheet row to load. */
export function contributionMail(
  value: ContributeInput,
  context: ContributeContext,
): { subject: string; body: string } {
  const f = t.mailFields;
  const or = (text: string, empty: string = t.mailEmpty) => text || empty;
  const lines = [
    t.mailIntro,
    '',
    `${f.what}: ${t.what[value.what]}`,
    `${f.gemeente}: ${context.gemeente.name} (${context.gemeente.code})`,
    ...(context.place ? [`${f.place}: ${context.place.name} (${context.place.id})`] : []),
    ...(value.what === 'status' && value.status ? [`${f.status}: ${t.status[value.status]}`] : []),
    `${f.aanbieder}: ${or(value.aanbieder)}`,
    `${f.bron}: ${value.bron}`,
    `${f.datum}: ${or(value.datum, t.mailNoDate)}`,
    `${f.email}: ${or(value.email)}`,
    `${f.note}: ${or(value.note)}`,
    `${f.dataVersion}: ${context.dataVersion}`,
    '',
    t.mailCsv,
    ...contributionCsv(value, context).trimEnd().split('\n'),
  ];
  // RFC 6068: line breaks in a mailto body are CRLF.
  return { subject: t.mailSubject(contributionAbout(context)), body: lines.join('\r\n') };
}

/**
 * The mailto: link, every part percent-encoded (RFC 6068), to `address` (set at deploy time);
 * without an address the reader's mail program asks for one.
 */
export function contributionMailto(
  address: string,
  mail: { subject: string; body: string },
): string {
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
}
