import type { CsvRow } from './csv';
import { fullPattern, type FieldSpec, type TableSpec } from './datapackage';
import { isFutureDate, parseDateInput } from './dates';
import type { RowReport } from './row';
import { cellTextProblem } from './text-checks';

/**
 * The checks every column gets from its Table Schema definition in data/datapackage.json:
 * required, fixed value sets (the error lists the allowed values), patterns, list items, dates
 * (normalised to ISO, never in the future) and numbers (a Dutch decimal comma is read), plus
 * invisible characters and over-long cells. The row's cells are normalised in place, so the
 * record builders read `2024-03-12` whether the sheet said 12-03-2024 or 2024-03-12.
 */

/** "exact, postcode, plaats, gemeente". */
const choices = (values: readonly string[]) => values.join(', ');

/** A hint when the value differs from an allowed one only in case or spaces. */
function nearMiss(value: string, allowed: readonly string[]): string {
  const folded = value.toLowerCase().replace(/\s+/g, '-');
  const hit = allowed.find((a) => a.toLowerCase() === folded);
  return hit ? ` (bedoelt u "${hit}"? hoofdletters en spaties tellen)` : '';
}

function checkEnum(field: FieldSpec, value: string, allowed: readonly string[], report: RowReport) {
  if (allowed.includes(value)) return;
  report.add(
    field.name,
    `${field.name}: "${value}" is geen toegestane waarde${nearMiss(value, allowed)}; kies uit: ${choices(allowed)}`,
  );
}

function example(field: FieldSpec): string {
  return field.example ? ` (voorbeeld: ${field.example})` : '';
}

/** Number cell: "51.6" or "51,6" (Dutch decimal comma); returns the normalised text. */
function normaliseNumber(field: FieldSpec, value: string, report: RowReport): string {
  const text = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || !/^-?\d+(\.\d+)?$/.test(text)) {
    report.add(
      field.name,
      `${field.name}: "${value}" is geen getal; schrijf bijvoorbeeld ${field.example ?? '51.65812'}`,
    );
    return value;
  }
  if (field.type === 'integer' && !Number.isInteger(n)) {
    report.add(field.name, `${field.name}: "${value}" is geen geheel getal`);
  }
  return text;
}

/** Checks one cell against its field definition; returns the normalised value. */
function checkField(field: FieldSpec, raw: string, today: string, report: RowReport): string {
  const textProblem = cellTextProblem(field.name, raw);
  if (textProblem) {
    report.add(field.name, textProblem);
    return raw;
  }
  const value = raw.trim();
  const c = field.constraints ?? {};
  if (value === '') {
    if (c.required) {
      report.add(
        field.name,
        `${field.name} (${field.title.toLowerCase()}) is verplicht maar leeg${example(field)}`,
      );
    }
    return '';
  }
  if (field.type === 'number' || field.type === 'integer')
    return normaliseNumber(field, value, report);
  if (c.enum) checkEnum(field, value, c.enum, report);
  if (c.pattern && !fullPattern(c.pattern).test(value)) {
    report.add(field.name, `${field.name}: "${value}" heeft niet de juiste vorm${example(field)}`);
  }
  const sjk = field.sjk ?? {};
  if (sjk.list) {
    const items = value
      .split(sjk.list)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const item of items) {
      if (sjk.items && !sjk.items.includes(item)) {
        report.add(
          field.name,
          `${field.name}: "${item}" is geen toegestane waarde${nearMiss(item, sjk.items)}; kies uit: ${choices(sjk.items)} (meer dan één gescheiden door ${sjk.list})`,
        );
      } else if (sjk.itemPattern && !fullPattern(sjk.itemPattern).test(item)) {
        report.add(
          field.name,
          `${field.name}: "${item}" heeft niet de juiste vorm${example(field)}`,
        );
      }
    }
  }
  if (sjk.date) {
    const parsed = parseDateInput(value, { partial: sjk.date === 'partial' });
    if (!parsed.ok) {
      report.add(field.name, `${field.name}: ${parsed.reason}`);
      return value;
    }
    if (isFutureDate(parsed.date.iso, today)) {
      const what =
        field.name === 'checked_on'
          ? 'vul de dag in waarop u de bron las'
          : 'vul de datum in die de bron toont (of laat de cel leeg)';
      report.add(
        field.name,
        `${field.name}: ${parsed.date.iso} ligt in de toekomst (vandaag is ${today}); ${what}`,
      );
    }
    return parsed.date.iso;
  }
  return value;
}

/**
 * Runs the field checks over a row and writes the normalised values back into it. A
 * source_date after checked_on is refused too: a source cannot be dated after it was read.
 */
export function checkRowFields(
  row: CsvRow,
  schema: TableSpec,
  today: string,
  report: RowReport,
): void {
  for (const field of schema.fields) {
    const raw = row.record[field.name] ?? '';
    row.record[field.name] = checkField(field, raw, today, report);
  }
  const sourceDate = row.record.source_date ?? '';
  const checkedOn = row.record.checked_on ?? '';
  if (
    (row.record.source_date_how ?? '') !== '' &&
    sourceDate === '' &&
    !report.has('source_date')
  ) {
    report.add(
      'source_date_how',
      'source_date_how: ingevuld, maar source_date is leeg; vul de datum in of maak source_date_how leeg',
    );
  }
  if (
    sourceDate &&
    checkedOn &&
    !report.has('source_date') &&
    !report.has('checked_on') &&
    isFutureDate(sourceDate, checkedOn)
  ) {
    report.add(
      'source_date',
      `source_date: ${sourceDate} ligt na checked_on (${checkedOn}); een bron kan niet later gedateerd zijn dan de dag dat u hem las`,
    );
  }
}
