import {
  columnNames,
  CURATED_FILES,
  type CuratedFileSpec,
  type FieldSpec,
} from '../../src/shared/intake/datapackage';
import { MAX_CELL_LENGTH } from '../../src/shared/intake/text-checks';
import { writeXlsx } from './xlsx';

/**
 * What follows from data/datapackage.json besides the pipeline: the column tables in
 * data/README.md and a template per curated file in data/templates/ (a CSV with the header, and
 * an .xlsx with the header, text-formatted columns and a sheet "Uitleg" with Dutch help).
 * `npm run data:docs` writes them; a test fails when they no longer match the package.
 */

export const README_BEGIN =
  '<!-- kolommen:begin (gemaakt door npm run data:docs uit data/datapackage.json; niet met de hand wijzigen) -->';
export const README_END = '<!-- kolommen:eind -->';

function required(field: FieldSpec): string {
  if (field.constraints?.required) return 'ja';
  if (field.sjk?.requiredWhen) return `als ${field.sjk.requiredWhen}`;
  return 'nee';
}

function allowed(field: FieldSpec): string | undefined {
  const values = field.constraints?.enum ?? field.sjk?.items;
  if (values) return values.map((v) => `\`${v}\``).join(', ');
  return undefined;
}

const cellText = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Files sharing a schema are described once (the three locations files). */
function groups(): { title: string; specs: CuratedFileSpec[] }[] {
  const bySchema = new Map<string, CuratedFileSpec[]>();
  for (const spec of CURATED_FILES)
    bySchema.set(spec.schemaPath, [...(bySchema.get(spec.schemaPath) ?? []), spec]);
  return [...bySchema.values()].map((specs) => ({
    title:
      specs.length > 1
        ? specs.map((s) => `\`${s.file}\``).join(', ')
        : `\`${specs[0]?.file ?? ''}\``,
    specs,
  }));
}

/** The generated column tables (Markdown; Prettier aligns them afterwards). */
export function columnTables(): string {
  const parts: string[] = [
    `Every cell: at most ${MAX_CELL_LENGTH.toLocaleString('en-GB')} characters, no invisible characters (zero-width, NUL, bidi controls). Dates may also be typed \`dd-mm-jjjj\`; the pipeline stores \`jjjj-mm-dd\`. A decimal comma in \`lat\`/\`lon\` is read as a point.`,
  ];
  for (const group of groups()) {
    const spec = group.specs[0];
    if (!spec) continue;
    const about =
      group.specs.length > 1
        ? group.specs.map((s) => `- \`${s.file}\`: ${s.description}`).join('\n')
        : spec.description;
    parts.push(`### ${group.title}`, '', about, '');
    parts.push(
      '| column | required | meaning | allowed values or example |',
      '| --- | --- | --- | --- |',
    );
    for (const field of spec.schema.fields) {
      const values = allowed(field) ?? (field.example ? `bijv. \`${field.example}\`` : '');
      parts.push(
        `| ${field.name} | ${required(field)} | ${cellText(`${field.title}. ${field.description}`)} | ${cellText(values)} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}

/** The README with its generated section replaced (between the markers). */
export function withColumnTables(readme: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < begin)
    throw new Error(`data/README.md has no ${README_BEGIN} ... ${README_END} section`);
  return `${readme.slice(0, begin + README_BEGIN.length)}\n\n${columnTables()}\n${readme.slice(end)}`;
}

/** The CSV template: the header, exactly as the pipeline expects it. */
export function templateCsv(spec: CuratedFileSpec): string {
  return `${columnNames(spec).join(',')}\n`;
}

/** The .xlsx template: an empty sheet to fill in, and a sheet explaining every column in Dutch. */
export function templateXlsx(spec: CuratedFileSpec): Uint8Array {
  const fields = spec.schema.fields;
  const help = [
    ['Kolom', 'Naam', 'Verplicht', 'Uitleg', 'Toegestane waarden', 'Voorbeeld'],
    ...fields.map((f) => [
      f.name,
      f.title,
      required(f),
      f.description,
      (f.constraints?.enum ?? f.sjk?.items ?? []).join(', '),
      f.example ?? '',
    ]),
    [],
    [
      'Opslaan',
      '',
      '',
      `Bestand > Opslaan als > CSV UTF-8 (door komma's gescheiden), met de naam ${spec.file}. Laat de eerste regel (de kolomnamen) staan.`,
      '',
      '',
    ],
  ];
  return writeXlsx([
    {
      name: 'Gegevens',
      header: true,
      rows: [columnNames(spec)],
      widths: fields.map((f) => Math.min(40, Math.max(12, f.name.length + 2))),
    },
    { name: 'Uitleg', header: true, rows: help, widths: [20, 26, 14, 70, 30, 30] },
  ]);
}

/** Every template file by its path under data/templates/. */
export function templates(): Map<string, string | Uint8Array> {
  const out = new Map<string, string | Uint8Array>();
  for (const spec of CURATED_FILES) {
    out.set(spec.file, templateCsv(spec));
    out.set(spec.file.replace(/\.csv$/, '.xlsx'), templateXlsx(spec));
  }
  return out;
}
