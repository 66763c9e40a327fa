import * as z from 'zod/mini';
import datapackageJson from '../../../data/datapackage.json';
import documentsSchemaJson from '../../../data/schemas/documents.json';
import evidenceSchemaJson from '../../../data/schemas/evidence.json';
import locationsSchemaJson from '../../../data/schemas/locations.json';
import servicesSchemaJson from '../../../data/schemas/services.json';

/**
 * The curated files and their columns, read from data/datapackage.json (a Frictionless Data
 * Package with Table Schemas). That file is the one place where the set of files and their
 * columns are defined: the pipeline checks against it, and data/README.md and the templates are
 * generated from it. Project-specific facts the Table Schema standard has no word for sit under
 * the key `sjk` (ignored by other Frictionless tools).
 */

const constraintsSchema = z.object({
  required: z.optional(z.boolean()),
  unique: z.optional(z.boolean()),
  enum: z.optional(z.array(z.string())),
  pattern: z.optional(z.string()),
});

const fieldSchema = z.object({
  name: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  type: z.enum(['string', 'number', 'integer']),
  format: z.optional(z.enum(['email', 'uri'])),
  title: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  example: z.optional(z.string()),
  constraints: z.optional(constraintsSchema),
  sjk: z.optional(
    z.object({
      /** A date column: a full day, or (for source dates) a year or month too. */
      date: z.optional(z.enum(['day', 'partial'])),
      /** A list column: items separated by this character. */
      list: z.optional(z.string()),
      /** The allowed items of a list column. */
      items: z.optional(z.array(z.string())),
      /** A pattern every item of a list column must match. */
      itemPattern: z.optional(z.string()),
      /** When an optional column is required after all (documentation; checked in code). */
      requiredWhen: z.optional(z.string()),
    }),
  ),
});
export type FieldSpec = z.infer<typeof fieldSchema>;

const tableSchemaSchema = z.object({
  fields: z.array(fieldSchema).check(z.minLength(1)),
  primaryKey: z.optional(z.array(z.string())),
});
export type TableSpec = z.infer<typeof tableSchemaSchema>;

/** Which kind of record a curated file holds. */
export const RECORD_TYPES = ['locations', 'services', 'evidence', 'documents'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

const resourceSchema = z.object({
  name: z.string(),
  path: z.string().check(z.regex(/^[a-z0-9-]+\.csv$/)),
  title: z.string(),
  description: z.string(),
  schema: z.string(),
  sjk: z.object({
    role: z.literal('curated'),
    records: z.enum(RECORD_TYPES),
    kind: z.optional(z.string()),
  }),
});

const packageSchema = z.object({
  name: z.string(),
  resources: z.array(resourceSchema).check(z.minLength(1)),
});

/** One curated file: where it lives, what it holds, and its columns. */
export interface CuratedFileSpec {
  /** File name inside data/, e.g. `locations-ido.csv`. */
  file: string;
  name: string;
  title: string;
  description: string;
  records: RecordType;
  /** For location files: the place kind every row must have. */
  kind?: string;
  /** The schema file, relative to data/ (several files can share one). */
  schemaPath: string;
  schema: TableSpec;
}

/** The schema files by the path datapackage.json uses for them. */
const SCHEMA_FILES: Record<string, unknown> = {
  'schemas/locations.json': locationsSchemaJson,
  'schemas/services.json': servicesSchemaJson,
  'schemas/evidence.json': evidenceSchemaJson,
  'schemas/documents.json': documentsSchemaJson,
};

/** Parses the package; throws when datapackage.json or a schema is malformed (a developer error). */
export function loadCuratedFiles(
  packageJson: unknown = datapackageJson,
  schemaFiles: Record<string, unknown> = SCHEMA_FILES,
): CuratedFileSpec[] {
  const pkg = packageSchema.parse(packageJson);
  return pkg.resources.map((r) => {
    const json = schemaFiles[r.schema];
    if (json === undefined) throw new Error(`datapackage.json: unknown schema file ${r.schema}`);
    return {
      file: r.path,
      name: r.name,
      title: r.title,
      description: r.description,
      records: r.sjk.records,
      ...(r.sjk.kind ? { kind: r.sjk.kind } : {}),
      schemaPath: r.schema,
      schema: tableSchemaSchema.parse(json),
    };
  });
}

/** The fixed set of curated files, in build order (locations, services, evidence, documents). */
export const CURATED_FILES: readonly CuratedFileSpec[] = loadCuratedFiles();

/** The spec of a curated file by its exact name. */
export function curatedFileSpec(file: string): CuratedFileSpec | undefined {
  return CURATED_FILES.find((f) => f.file === file);
}

/** Column names of a file, in order. */
export function columnNames(spec: CuratedFileSpec): string[] {
  return spec.schema.fields.map((f) => f.name);
}

/** A Frictionless pattern matches the whole value (XML Schema regex semantics). */
export function fullPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}
