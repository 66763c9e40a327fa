import fs from 'node:fs';
import path from 'node:path';
import { gemeenteContactSchema, type GemeenteContact } from '../../src/shared/model/schema';
import type { Problem } from '../../src/shared/intake/curate';
import { parseCsv, type CsvRow } from '../../src/shared/intake/csv';
import {
  cell,
  checkSource,
  checkUrl,
  provenance,
  RowReport,
  validated,
} from '../../src/shared/intake/row';

/**
 * How to reach each gemeente itself: its general phone number and website, from the government's
 * register of organisations (Organisaties overheid, CC0). The answer shows them when a gemeente
 * has sociaal raadslieden but no office or number of theirs is known ("vraag het bij uw
 * gemeente"), so that advice comes with a way to do it.
 */
export const CONTACTS_FILE = 'gemeente-contacts.csv';

export const CONTACT_COLUMNS = [
  'gemeente_code',
  'phone',
  'website',
  'source',
  'source_title',
  'source_date',
  'source_date_how',
  'checked_on',
] as const;

/** The register's export of all gemeenten, as published (semicolon-separated, daily). */
export const EXPORT_URL = 'https://organisaties.overheid.nl/export/Gemeenten.csv';

/** One gemeente's contact as read from the register's export. */
export interface ExportContact {
  gemeenteCode: string;
  name: string;
  phone: string | undefined;
  website: string | undefined;
  /** "Laatste mutatie": the day the register last changed this record (YYYY-MM-DD). */
  changed: string | undefined;
}

/**
 * The value labelled "algemeen" in a register list cell ("14 0592, label: algemeen;
 * gemeente@…, label: Omgevingsloket"), else the first value.
 */
function generalValue(list: string | undefined): string | undefined {
  const items = (list ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const match = /^(.*?),\s*label:\s*(.*)$/.exec(item);
      return match ? { value: match[1]?.trim() ?? '', label: match[2]?.trim() } : { value: item };
    });
  return (items.find((item) => item.label === 'algemeen') ?? items[0])?.value || undefined;
}

/**
 * A phone number as people dial it. The register writes the short gemeente numbers several
 * ways ("14 0592", "(014) 030", "0140223"); they become "14 030" / "14 0223". Other numbers
 * lose their brackets: "(0297) 38 75 75" → "0297 38 75 75".
 */
export function normalisePhone(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const digits = raw.replace(/\D/g, '');
  const short = /^0?14(0\d{2,3})$/.exec(digits);
  if (short?.[1]) return `14 ${short[1]}`;
  const plain = raw.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  return plain || undefined;
}

/** "22-03-2026" → "2026-03-22"; undefined for anything else. */
function isoFromDutch(date: string | undefined): string | undefined {
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(date?.trim() ?? '');
  return match ? `${match[3] ?? ''}-${match[2] ?? ''}-${match[1] ?? ''}` : undefined;
}

/**
 * The CBS code of a register row: from its TOOI identifier (".../tooi/id/gemeente/gm1963"),
 * which every row has, else from "Organisatiecode", which the register leaves empty for some
 * gemeenten formed since 2019.
 */
function gemeenteCode(record: Readonly<Record<string, string>>): string {
  const tooi = /\/gemeente\/(gm\d{4})$/i.exec(record['TOOi URI']?.trim() ?? '');
  return (tooi?.[1] ?? record['Organisatiecode'] ?? '').trim().toUpperCase();
}

/**
 * Reads the register's export (Gemeenten.csv from organisaties.overheid.nl): one row per
 * gemeente that still exists (no end date), with its CBS code.
 */
export function readRegisterExport(text: string, file = 'Gemeenten.csv'): ExportContact[] {
  const table = parseCsv(text, file);
  return table.rows
    .filter((row) => !row.record['Einddatum']?.trim())
    .map((row) => ({
      gemeenteCode: gemeenteCode(row.record),
      name: (row.record['Afkorting'] ?? row.record['Officiële naam'] ?? '').trim(),
      phone: normalisePhone(generalValue(row.record['Telefoonnummers'])),
      website: generalValue(row.record["Internetpagina's"]),
      changed: isoFromDutch(row.record['Laatste mutatie']),
    }));
}

/** CSV text for one cell: quoted when it holds a comma, quote or line break. */
function csvCell(value: string | undefined): string {
  const text = value ?? '';
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The curated contacts file from the export: one row per gemeente in `gemeenteCodes` (the CBS
 * list of the build), sorted by code, each with the register as its source and the record's own
 * change date as the source date. Gemeenten the export lacks are listed in `missing`.
 */
export function contactsCsv(
  contacts: readonly ExportContact[],
  gemeenteCodes: readonly string[],
  { sourceTitle, checkedOn }: { sourceTitle: string; checkedOn: string },
): { text: string; written: number; missing: string[] } {
  const byCode = new Map(contacts.map((c) => [c.gemeenteCode, c]));
  const lines = [CONTACT_COLUMNS.join(',')];
  const missing: string[] = [];
  for (const code of [...gemeenteCodes].sort()) {
    const contact = byCode.get(code);
    if (!contact || (!contact.phone && !contact.website)) {
      missing.push(code);
      continue;
    }
    lines.push(
      [
        code,
        contact.phone,
        contact.website,
        EXPORT_URL,
        sourceTitle,
        contact.changed,
        contact.changed ? 'vermeld' : undefined,
        checkedOn,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { text: `${lines.join('\n')}\n`, written: lines.length - 1, missing };
}

export interface ContactsResult {
  contacts: Map<string, GemeenteContact>;
  problems: Problem[];
  counts: { file: string; rowsIn: number; recordsOut: number };
}

function toContact(row: CsvRow, known: ReadonlySet<string>, report: RowReport) {
  const code = cell(row, 'gemeente_code') ?? '';
  if (!known.has(code))
    report.add('gemeente_code', `gemeente_code: "${code}" is geen gemeentecode van 2026`);
  checkSource(row, report);
  checkUrl(row, 'website', report);
  const phone = cell(row, 'phone');
  const website = cell(row, 'website');
  if (!phone && !website) report.add('phone', 'phone: vul een telefoonnummer of een website in');
  return validated(
    gemeenteContactSchema,
    {
      ...(phone ? { phone } : {}),
      ...(website ? { website } : {}),
      provenance: provenance(row),
    },
    report,
  );
}

/** Checks the text of gemeente-contacts.csv against the gemeenten of the build (pure, for tests). */
export function parseContacts(text: string, known: ReadonlySet<string>): ContactsResult {
  const problems: Problem[] = [];
  const contacts = new Map<string, GemeenteContact>();
  const table = parseCsv(text, CONTACTS_FILE);
  const missingColumns = CONTACT_COLUMNS.filter((c) => !table.header.includes(c));
  if (missingColumns.length > 0) {
    problems.push({
      file: CONTACTS_FILE,
      id: '',
      line: 1,
      reason: `kolom(men) ontbreken: ${missingColumns.join(', ')}`,
    });
    return {
      contacts,
      problems,
      counts: { file: CONTACTS_FILE, rowsIn: table.rows.length, recordsOut: 0 },
    };
  }
  for (const row of table.rows) {
    const report = new RowReport();
    const code = cell(row, 'gemeente_code') ?? '';
    if (contacts.has(code))
      report.add('gemeente_code', `gemeente_code: ${code} staat er twee keer in`);
    const contact = toContact(row, known, report);
    if (contact && report.reasons.length === 0) contacts.set(code, contact);
    for (const reason of report.reasons)
      problems.push({ file: CONTACTS_FILE, id: code, line: row.line, reason });
  }
  return {
    contacts,
    problems,
    counts: { file: CONTACTS_FILE, rowsIn: table.rows.length, recordsOut: contacts.size },
  };
}

/** Reads gemeente-contacts.csv from `dir`; a missing file is a problem, never an empty list. */
export function readContacts(dir: string, known: ReadonlySet<string>): ContactsResult {
  const full = path.join(dir, CONTACTS_FILE);
  if (!fs.existsSync(full)) {
    return {
      contacts: new Map(),
      problems: [{ file: CONTACTS_FILE, id: '', line: 1, reason: `${CONTACTS_FILE} ontbreekt` }],
      counts: { file: CONTACTS_FILE, rowsIn: 0, recordsOut: 0 },
    };
  }
  return parseContacts(fs.readFileSync(full, 'utf8'), known);
}
