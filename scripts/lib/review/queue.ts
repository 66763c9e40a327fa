import { parseCsv } from '../../../src/shared/intake/csv';
import { writeCsv } from '../../../src/shared/intake/csv-write';

/**
 * The review queue: candidate facts gathered online wait in data/review/*.csv until a person
 * accepts, rejects or skips them. Nothing a harvester finds goes straight into the dataset.
 * A rejection is remembered with its reason (data/review/rejected.csv), so the same page is not
 * proposed again next round.
 */

/** A proposed row for a curated file, with where it was found. */
export interface Candidate {
  /** Stable over rounds: the same page for the same gemeente gives the same id. */
  candidateId: string;
  harvester: string;
  /** The curated file the row would go into. */
  targetFile: string;
  gemeenteCode: string;
  /** The page the fact is on (http(s)). */
  source: string;
  sourceTitle: string;
  /** The date the service gives for the page (YYYY-MM-DD, or empty). */
  sourceDate: string;
  /** The day the harvester found it. */
  harvestedOn: string;
  /** The words on the page that made it a candidate. */
  matchedText: string;
  /** The proposed row, column by column; checked_on is set by the reviewer on acceptance. */
  proposed: Record<string, string>;
}

/** A rejected candidate and why. */
export interface Rejection {
  candidateId: string;
  source: string;
  gemeenteCode: string;
  rejectedOn: string;
  reason: string;
}

export const REVIEW_DIR = 'review';
export const REJECTED_FILE = 'rejected.csv';

export const QUEUE_COLUMNS = [
  'candidate_id',
  'harvester',
  'target_file',
  'gemeente_code',
  'source',
  'source_title',
  'source_date',
  'harvested_on',
  'matched_text',
  'proposed',
] as const;

export const REJECTED_COLUMNS = [
  'candidate_id',
  'source',
  'gemeente_code',
  'rejected_on',
  'reason',
] as const;

/** Thrown for a queue file that cannot be read; the message names file and line. */
export class QueueError extends Error {}

function requireColumns(file: string, header: string[], columns: readonly string[]) {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new QueueError(`${file}: kolommen ontbreken: ${missing.join(', ')}`);
}

/** Reads a queue file (data/review/<harvester>.csv). */
export function parseQueue(text: string, file: string): Candidate[] {
  const table = parseCsv(text, file);
  requireColumns(file, table.header, QUEUE_COLUMNS);
  return table.rows.map((row) => {
    const r = row.record;
    let proposed: unknown;
    try {
      proposed = JSON.parse(r.proposed ?? '');
    } catch {
      throw new QueueError(`${file}:${row.line}: kolom proposed is geen JSON`);
    }
    if (
      typeof proposed !== 'object' ||
      proposed === null ||
      Array.isArray(proposed) ||
      Object.values(proposed).some((v) => typeof v !== 'string')
    ) {
      throw new QueueError(`${file}:${row.line}: kolom proposed is geen object met tekstwaarden`);
    }
    return {
      candidateId: r.candidate_id ?? '',
      harvester: r.harvester ?? '',
      targetFile: r.target_file ?? '',
      gemeenteCode: r.gemeente_code ?? '',
      source: r.source ?? '',
      sourceTitle: r.source_title ?? '',
      sourceDate: r.source_date ?? '',
      harvestedOn: r.harvested_on ?? '',
      matchedText: r.matched_text ?? '',
      proposed: proposed as Record<string, string>,
    };
  });
}

const byId = <T extends { candidateId: string }>(a: T, b: T) =>
  a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0;

/** Writes a queue file, sorted by candidate id (same queue, same bytes). */
export function writeQueue(candidates: readonly Candidate[]): string {
  return writeCsv(
    QUEUE_COLUMNS,
    [...candidates].sort(byId).map((c) => ({
      candidate_id: c.candidateId,
      harvester: c.harvester,
      target_file: c.targetFile,
      gemeente_code: c.gemeenteCode,
      source: c.source,
      source_title: c.sourceTitle,
      source_date: c.sourceDate,
      harvested_on: c.harvestedOn,
      matched_text: c.matchedText,
      // Keys sorted, so the JSON is the same however the proposal was built.
      proposed: JSON.stringify(Object.fromEntries(Object.entries(c.proposed).sort())),
    })),
  );
}

export function parseRejected(text: string, file = `${REVIEW_DIR}/${REJECTED_FILE}`): Rejection[] {
  const table = parseCsv(text, file);
  requireColumns(file, table.header, REJECTED_COLUMNS);
  return table.rows.map(({ record: r }) => ({
    candidateId: r.candidate_id ?? '',
    source: r.source ?? '',
    gemeenteCode: r.gemeente_code ?? '',
    rejectedOn: r.rejected_on ?? '',
    reason: r.reason ?? '',
  }));
}

export function writeRejected(rejections: readonly Rejection[]): string {
  return writeCsv(
    REJECTED_COLUMNS,
    [...rejections].sort(byId).map((r) => ({
      candidate_id: r.candidateId,
      source: r.source,
      gemeente_code: r.gemeenteCode,
      rejected_on: r.rejectedOn,
      reason: r.reason,
    })),
  );
}

/** `source|gemeente` of a fact, to recognise a page already in the dataset or rejected. */
export function factKey(source: string, gemeenteCode: string): string {
  return `${source.trim()}|${gemeenteCode.trim()}`;
}

/** How a harvest round's candidates were sorted into the queue. */
export interface MergeReport {
  added: Candidate[];
  alreadyQueued: number;
  rejectedBefore: number;
  alreadyInDataset: number;
}

/**
 * Adds fresh candidates to the queue, except those already queued (same id), rejected before
 * (same id, or same page and gemeente) or already in the dataset (same page and gemeente).
 */
export function mergeCandidates(
  queue: readonly Candidate[],
  fresh: readonly Candidate[],
  rejected: readonly Rejection[],
  inDataset: ReadonlySet<string>,
): { queue: Candidate[]; report: MergeReport } {
  const report: MergeReport = {
    added: [],
    alreadyQueued: 0,
    rejectedBefore: 0,
    alreadyInDataset: 0,
  };
  const ids = new Set(queue.map((c) => c.candidateId));
  const rejectedIds = new Set(rejected.map((r) => r.candidateId));
  const rejectedFacts = new Set(rejected.map((r) => factKey(r.source, r.gemeenteCode)));
  for (const candidate of fresh) {
    const fact = factKey(candidate.source, candidate.gemeenteCode);
    if (ids.has(candidate.candidateId)) report.alreadyQueued += 1;
    else if (rejectedIds.has(candidate.candidateId) || rejectedFacts.has(fact))
      report.rejectedBefore += 1;
    else if (inDataset.has(fact)) report.alreadyInDataset += 1;
    else {
      report.added.push(candidate);
      ids.add(candidate.candidateId);
    }
  }
  return { queue: [...queue, ...report.added].sort(byId), report };
}

/**
 * The row a candidate becomes: the proposal, the reviewer's changes, and the reviewer's date as
 * checked_on (the day a person read the page). Columns the target file does not have are
 * returned as `dropped`, so the caller can say so instead of losing them quietly.
 */
export function acceptedRow(
  candidate: Candidate,
  header: readonly string[],
  changes: Readonly<Record<string, string>>,
  reviewedOn: string,
): { row: Record<string, string>; dropped: string[]; unknownChanges: string[] } {
  const merged: Record<string, string> = {
    ...candidate.proposed,
    ...changes,
    checked_on: reviewedOn,
  };
  const row: Record<string, string> = {};
  for (const column of header) row[column] = merged[column] ?? '';
  const dropped = Object.keys(candidate.proposed).filter(
    (k) => !header.includes(k) && (candidate.proposed[k] ?? '') !== '',
  );
  const unknownChanges = Object.keys(changes).filter((k) => !header.includes(k));
  return { row, dropped, unknownChanges };
}
