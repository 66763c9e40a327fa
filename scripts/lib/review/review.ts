import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../../src/shared/intake/csv';
import { writeCsv } from '../../../src/shared/intake/csv-write';
import { curatedFileSpec, columnNames } from '../../../src/shared/intake/datapackage';
import { decodeCsvBytes } from '../../../src/shared/intake/decode';
import {
  curate,
  formatProblem,
  geocodedPositionProblems,
  readCuratedInputs,
  type CuratedReference,
} from '../curated';
import {
  addressQuery,
  cacheKey,
  GEOCODE_CACHE_FILE,
  parseGeocodeCache,
  rowAddress,
  writeGeocodeCache,
  type GeocodeEntry,
} from '../online/geocode';
import {
  acceptedRow,
  factKey,
  parseQueue,
  parseRejected,
  REJECTED_FILE,
  REVIEW_DIR,
  writeQueue,
  writeRejected,
  type Candidate,
  type Rejection,
} from './queue';

/**
 * Accepting and rejecting candidates from the review queue, on the files in the data folder.
 * An accepted candidate is written to its curated file only when the whole dataset still
 * passes the same checks as the build with the new row in it; otherwise nothing changes and
 * the problems are returned, so the reviewer can fix the proposal (--set column=value).
 */

export interface ReviewContext {
  dataDir: string;
  ref: CuratedReference;
  /** The reviewer's date (YYYY-MM-DD): checked_on of accepted rows, rejected_on of rejections. */
  today: string;
}

/** A queue file and its candidates. */
export interface QueueFile {
  file: string;
  candidates: Candidate[];
}

const reviewDir = (ctx: { dataDir: string }) => path.join(ctx.dataDir, REVIEW_DIR);

/** All queue files in data/review (every CSV except rejected.csv), in name order. */
export function loadQueues(ctx: { dataDir: string }): QueueFile[] {
  const dir = reviewDir(ctx);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.csv') && n !== REJECTED_FILE)
    .sort()
    .map((file) => ({
      file,
      candidates: parseQueue(
        fs.readFileSync(path.join(dir, file), 'utf8'),
        `${REVIEW_DIR}/${file}`,
      ),
    }));
}

export function loadRejected(ctx: { dataDir: string }): Rejection[] {
  const file = path.join(reviewDir(ctx), REJECTED_FILE);
  return fs.existsSync(file) ? parseRejected(fs.readFileSync(file, 'utf8')) : [];
}

function saveQueue(ctx: { dataDir: string }, queue: QueueFile) {
  fs.mkdirSync(reviewDir(ctx), { recursive: true });
  fs.writeFileSync(path.join(reviewDir(ctx), queue.file), writeQueue(queue.candidates));
}

function findCandidate(ctx: { dataDir: string }, candidateId: string) {
  for (const queue of loadQueues(ctx)) {
    const candidate = queue.candidates.find((c) => c.candidateId === candidateId);
    if (candidate) return { queue, candidate };
  }
  return undefined;
}

/** Source and gemeente of every row already in the curated files (to skip known pages). */
export function curatedFacts(dataDir: string): Set<string> {
  const facts = new Set<string>();
  for (const input of readCuratedInputs(dataDir).inputs) {
    try {
      const table = parseCsv(decodeCsvBytes(input.bytes ?? new Uint8Array()).text, input.file);
      for (const { record } of table.rows) {
        for (const code of (record.gemeente_code ?? record.service_area ?? '').split(';')) {
          facts.add(factKey(record.source ?? '', code));
        }
      }
    } catch {
      // A file that cannot be read is reported by data:check; here it just adds no facts.
    }
  }
  return facts;
}

export type AcceptResult =
  | { ok: true; file: string; row: Record<string, string>; dropped: string[] }
  | { ok: false; problems: string[] };

/** Accepts a candidate: writes its row (with the reviewer's changes and date) to its curated file. */
export function acceptCandidate(
  ctx: ReviewContext,
  candidateId: string,
  changes: Readonly<Record<string, string>> = {},
): AcceptResult {
  const found = findCandidate(ctx, candidateId);
  if (!found)
    return { ok: false, problems: [`kandidaat ${candidateId} staat niet in de wachtrij`] };
  const { queue, candidate } = found;
  const spec = curatedFileSpec(candidate.targetFile);
  if (!spec)
    return {
      ok: false,
      problems: [`doelbestand ${candidate.targetFile} staat niet in data/datapackage.json`],
    };

  const targetPath = path.join(ctx.dataDir, spec.file);
  const table = parseCsv(
    decodeCsvBytes(new Uint8Array(fs.readFileSync(targetPath))).text,
    spec.file,
  );
  const header = columnNames(spec);
  const { row, dropped, unknownChanges } = acceptedRow(candidate, header, changes, ctx.today);
  if (unknownChanges.length > 0) {
    return {
      ok: false,
      problems: [
        `onbekende kolom(men) in --set: ${unknownChanges.join(', ')}; ${spec.file} heeft: ${header.join(', ')}`,
      ],
    };
  }
  const rows = [...table.rows.map((r) => r.record), row];
  const text = writeCsv(header, rows);

  // The whole dataset with the new row must pass the build's checks.
  const { inputs } = readCuratedInputs(ctx.dataDir);
  const withRow = inputs.map((i) => (i.file === spec.file ? { file: i.file, text } : i));
  const result = curate(withRow, ctx.ref, { today: ctx.today, checkDocuments: true });
  result.problems.push(
    ...geocodedPositionProblems(
      ctx.dataDir,
      withRow.map((i) =>
        'text' in i && i.text !== undefined
          ? { file: i.file, bytes: new TextEncoder().encode(i.text) }
          : i,
      ),
    ),
  );
  const newLine = rows.length + 1;
  const mine = result.problems.filter(
    (p) => (p.file === spec.file && p.line === newLine) || (p.id !== '' && p.id === row.id),
  );
  if (mine.length > 0) return { ok: false, problems: mine.map(formatProblem) };

  fs.writeFileSync(targetPath, text);
  recordGeocode(ctx, row);
  saveQueue(ctx, {
    ...queue,
    candidates: queue.candidates.filter((c) => c.candidateId !== candidateId),
  });
  return { ok: true, file: spec.file, row, dropped };
}

/**
 * A position the harvester geocoded (PDOK, exact BAG match) goes into the geocode cache with the
 * accepted row, so the build can still trace its bag_id to the answer it came from.
 */
function recordGeocode(ctx: ReviewContext, row: Readonly<Record<string, string>>): void {
  const bagId = row.bag_id?.trim();
  const address = rowAddress({ ...row });
  if (!bagId || !row.lat || !row.lon || !address) return;
  const cachePath = path.join(ctx.dataDir, GEOCODE_CACHE_FILE);
  const cache = fs.existsSync(cachePath)
    ? parseGeocodeCache(fs.readFileSync(cachePath, 'utf8'))
    : new Map<string, GeocodeEntry>();
  if ([...cache.values()].some((e) => e.bagId === bagId)) return;
  const query = addressQuery(address);
  cache.set(cacheKey(query, address.gemeenteCode), {
    query,
    gemeenteCode: address.gemeenteCode,
    checkedOn: row.checked_on ?? ctx.today,
    status: 'exact',
    bagId,
    lat: Number(row.lat),
    lon: Number(row.lon),
  });
  fs.writeFileSync(cachePath, writeGeocodeCache(cache.values()));
}

/** Rejects a candidate with a reason; it is remembered and not proposed again. */
export function rejectCandidate(
  ctx: Omit<ReviewContext, 'ref'>,
  candidateId: string,
  reason: string,
): Rejection {
  if (reason.trim() === '') throw new Error('geef een reden bij het afwijzen (--reason "...")');
  const found = findCandidate(ctx, candidateId);
  if (!found) throw new Error(`kandidaat ${candidateId} staat niet in de wachtrij`);
  const { queue, candidate } = found;
  const rejection: Rejection = {
    candidateId,
    source: candidate.source,
    gemeenteCode: candidate.gemeenteCode,
    rejectedOn: ctx.today,
    reason: reason.trim(),
  };
  const rejected = [...loadRejected(ctx).filter((r) => r.candidateId !== candidateId), rejection];
  fs.mkdirSync(reviewDir(ctx), { recursive: true });
  fs.writeFileSync(path.join(reviewDir(ctx), REJECTED_FILE), writeRejected(rejected));
  saveQueue(ctx, {
    ...queue,
    candidates: queue.candidates.filter((c) => c.candidateId !== candidateId),
  });
  return rejection;
}

/** Candidate as a few readable lines for the terminal. */
export function describeCandidate(c: Candidate): string[] {
  return [
    `${c.candidateId}  →  ${c.targetFile}  (${c.gemeenteCode})`,
    `  bron:     ${c.source}`,
    `  titel:    ${c.sourceTitle}`,
    `  datum:    ${c.sourceDate || 'geen datum'}   gevonden op ${c.harvestedOn} door ${c.harvester}`,
    `  tekst:    ${c.matchedText}`,
    `  voorstel: ${Object.entries(c.proposed)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${v}`)
      .join(' | ')}`,
  ];
}
