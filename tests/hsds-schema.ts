import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A validator for HSDS output against the official HSDS 3.0 JSON schemas vendored in
 * vendor/hsds/3.0/schema (see its README for source and licence). Tests only: the browser never
 * loads ajv. The schemas name no `$schema`; their keywords (type, properties, required, enum,
 * format, $ref) mean the same in every draft, so Ajv's default (draft-07) reads them as written.
 * `strict: false` lets Ajv skip HSDS's own annotation keywords (name, title, constraints,
 * example, core, datapackage_metadata) instead of refusing the schema.
 */

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../vendor/hsds/3.0/schema');

function makeValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort())
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as object, file);
  // A file is an array of service records, as the HSDS API lists them.
  return ajv.compile({ type: 'array', items: { $ref: 'service.json' } });
}

let validator: ReturnType<typeof makeValidator> | undefined;

/** The schema errors for `value` as an HSDS file (empty: valid). */
export function hsdsErrors(value: unknown): ErrorObject[] {
  validator ??= makeValidator();
  return validator(value) ? [] : [...(validator.errors ?? [])];
}
