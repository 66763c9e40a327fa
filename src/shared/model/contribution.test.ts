// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkContribution,
  contributionCsv,
  contributionMail,
  contributionMailto,
  EMPTY_CONTRIBUTION,
  type ContributeContext,
  type ContributeInput,
} from './contribution';

const TODAY = '2026-11-30';
const groningen: ContributeContext = {
  gemeente: { code: 'GM0014', name: 'Groningen' },
  dataVersion: '2026-11-22',
};
const filled: ContributeInput = {
  ...EMPTY_CONTRIBUTION,
  status: 'wel',
  aanbieder: 'MJD Groningen',
  bron: 'https://gemeente.groningen.nl/sociaal-raadslieden?x=1&y=2',
  datum: '12-03-2025',
  email: 'lid@voorbeeld.nl',
  note: 'Spreekuur "op afspraak", ook in Haren; 3 dagen',
};

/** The subject and body a mail program reads from a mailto: link. */
function readMailto(href: string): { to: string; subject: string; body: string } {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject') ?? '',
    body: url.searchParams.get('body') ?? '',
  };
}

describe('checking what a reader gives', () => {
  it('accepts a full form and writes the date as the status sheet does', () => {
    const checked = checkContribution(filled, TODAY);
    expect(checked).toEqual({ ok: true, value: { ...filled, datum: '2025-03-12' } });
  });

  it.each([
    ['a source that is no web address', { bron: 'gemeente.nl/raadslieden' }, 'bron', 'bronNotWeb'],
    ['a javascript: source', { bron: 'javascript:alert(1)' }, 'bron', 'bronNotWeb'],
    ['no source', { bron: '  ' }, 'bron', 'bronMissing'],
    ['a date that does not exist', { datum: '31-02-2025' }, 'datum', 'datumBad'],
    ['a date in the future', { datum: '2026-12-01' }, 'datum', 'datumFuture'],
    ['no status for a status message', { status: '' }, 'status', 'statusMissing'],
    ['an e-mail address without @', { email: 'lid.voorbeeld.nl' }, 'email', 'emailBad'],
    ['a change without words', { what: 'wijziging', note: '' }, 'note', 'noteMissing'],
  ] as const)('refuses %s, next to that field', (_, patch, field, error) => {
    const checked = checkContribution({ ...filled, ...patch }, TODAY);
    expect(checked).toEqual({ ok: false, errors: { [field]: error } });
  });

  it('accepts a source without a date, and a month or a year alone', () => {
    for (const datum of ['', '2025-03', '2025']) {
      expect(checkContribution({ ...filled, datum }, TODAY).ok).toBe(true);
    }
  });
});

describe('the e-mail and the status-sheet row', () => {
  const checked = checkContribution(filled, TODAY);
  if (!checked.ok) throw new Error('the filled form should pass');
  const value = checked.value;

  it('fills the e-mail with every field, encoded so that a mail program reads it back', () => {
    const href = contributionMailto('kaart@voorbeeld.nl', contributionMail(value, groningen));
    expect(href).toMatch(/^mailto:kaart@voorbeeld\.nl\?subject=[^&]+&body=[^&]+$/);
    const mail = readMailto(href);
    expect(mail.to).toBe('kaart@voorbeeld.nl');
    expect(mail.subject).toBe('Geef het door: Groningen (GM0014)');
    for (const line of [
      'Gemeente: Groningen (GM0014)',
      'Sociaal raadslieden: Ja, er zijn sociaal raadslieden',
      'Aanbieder: MJD Groningen',
      'Bron: https://gemeente.groningen.nl/sociaal-raadslieden?x=1&y=2',
      'Datum op de bron: 2025-03-12',
      'E-mail van de melder: lid@voorbeeld.nl',
      'Toelichting: Spreekuur "op afspraak", ook in Haren; 3 dagen',
      'Versie van de gegevens: 2026-11-22',
    ]) {
      expect(mail.body.split('\r\n')).toContain(line);
    }
    expect(mail.body).toContain(contributionCsv(value, groningen).trimEnd().replace(/\n/g, '\r\n'));
  });

  it('leaves the address to the mail program when none is set', () => {
    expect(contributionMailto('', { subject: 'a', body: 'b' })).toBe('mailto:?subject=a&body=b');
  });

  it('writes one sheet row with the fields, quoted where needed, without the e-mail address', () => {
    const csv = contributionCsv(value, groningen);
    expect(csv).toBe(
      'gemeente,cbs_code,status,aanbieder,bron,titel_bron,datum,toelichting\n' +
        'Groningen,GM0014,wel,MJD Groningen,https://gemeente.groningen.nl/sociaal-raadslieden?x=1&y=2,,2025-03-12,"Spreekuur ""op afspraak"", ook in Haren; 3 dagen"\n',
    );
    expect(csv).not.toContain('lid@voorbeeld.nl');
  });

  it('names the place in the row and the mail when given from a place, and a change has no status', () => {
    const context = { ...groningen, place: { id: 'ido-bibliotheek-x', name: 'Bibliotheek X' } };
    const change = checkContribution(
      { ...filled, what: 'wijziging', note: 'Nieuw adres: Markt 1' },
      TODAY,
    );
    if (!change.ok) throw new Error('the change should pass');
    expect(change.value.status).toBe('');
    expect(contributionCsv(change.value, context)).toContain(
      ',,2025-03-12,Over Bibliotheek X (ido-bibliotheek-x). Nieuw adres: Markt 1\n',
    );
    const mail = contributionMail(change.value, context);
    expect(mail.subject).toBe('Geef het door: Bibliotheek X, Groningen (GM0014)');
    expect(mail.body).toContain('Plaats: Bibliotheek X (ido-bibliotheek-x)');
    expect(mail.body).not.toContain('Sociaal raadslieden:');
  });
});
