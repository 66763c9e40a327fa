import fs from 'node:fs';
import path from 'node:path';
import {
  documentSchema,
  type Evidence,
  type Location,
  type Service,
  type SourceDocument,
} from '../../src/shared/model/schema';
import { parseCsv } from './csv';
import type { Problem } from './curated';
import { cell, isHttpUrl, RowReport, validated } from './curated-row';

/**
 * The background documents that curated rows cite by file name (`001_….txt`). The app shows a
 * document by its title, publisher and date from this list, never by its file name, so every
 * cited document must be listed here.
 */
export const DOCUMENTS_FILE = 'documents.csv';

export interface DocumentsResult {
  documents: SourceDocument[];
  problems: Problem[];
  counts: { file: string; rowsIn: number; recordsOut: number };
}

/** Reads and checks documents.csv in `dir`; a missing file is a problem, never an empty list. */
export function readDocuments(dir: string): DocumentsResult {
  const full = path.join(dir, DOCUMENTS_FILE);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
    return {
      documents: [],
      problems: [{ file: DOCUMENTS_FILE, id: '', line: 1, reason: 'file is missing' }],
      counts: { file: DOCUMENTS_FILE, rowsIn: 0, recordsOut: 0 },
    };
  }
  return parseDocuments(fs.readFileSync(full, 'utf8'));
}

/** Checks the text of documents.csv (pure, for tests). */
export function parseDocuments(text: string): DocumentsResult {
  const problems: Problem[] = [];
  const documents: SourceDocument[] = [];
  const table = parseCsv(text, DOCUMENTS_FILE);
  const seen = new Set<string>();
  for (const row of table.rows) {
    const report = new RowReport();
    const file = cell(row, 'file') ?? '';
    if (seen.has(file)) report.add('file', `duplicate document ${file}`);
    seen.add(file);
    const doc = validated(
      documentSchema,
      Object.fromEntries(
        Object.entries({
          file,
          title: cell(row, 'title') ?? '',
          publisher: cell(row, 'publisher') ?? '',
          date: cell(row, 'date'),
        }).filter(([, v]) => v !== undefined),
      ),
      report,
    );
    for (const reason of report.reasons)
      problems.push({ file: DOCUMENTS_FILE, id: file, line: row.line, reason });
    if (doc && report.reasons.length === 0) documents.push(doc);
  }
  if (table.rows.length === 0)
    problems.push({ file: DOCUMENTS_FILE, id: '', line: 1, reason: 'file has no rows' });
  documents.sort((a, b) => a.file.localeCompare(b.file));
  return {
    documents,
    problems,
    counts: { file: DOCUMENTS_FILE, rowsIn: table.rows.length, recordsOut: documents.length },
  };
}

/** The source of every curated record, with the file and id to name in a problem. */
export function citedSources(records: {
  locations: readonly Location[];
  services: readonly Service[];
  evidence: readonly Evidence[];
}): { file: string; id: string; source: string }[] {
  return [
    ...records.locations.map((r) => ({ file: `locations-${r.kind}.csv`, ...r })),
    ...records.services.map((r) => ({ file: 'services.csv', ...r })),
    ...records.evidence.map((r) => ({ file: 'evidence.csv', ...r })),
  ].map((r) => ({ file: r.file, id: r.id, source: r.provenance.source }));
}

/** Problems for every cited source that is neither a web address nor a listed document. */
export function unlistedDocuments(
  cited: readonly { file: string; id: string; source: string }[],
  documents: readonly SourceDocument[],
): Problem[] {
  const known = new Set(documents.map((d) => d.file));
  return cited
    .filter((c) => !isHttpUrl(c.source) && !known.has(c.source))
    .map((c) => ({
      file: c.file,
      id: c.id,
      line: 1,
      reason: `source "${c.source}" is not a web address and not listed in ${DOCUMENTS_FILE}`,
    }));
}
