/**
 * `npm run data:review`: go through the candidates in data/review/*.csv.
 *
 *   npm run data:review                                   ask per candidate: accept, reject, skip
 *   npm run data:review -- --list                         list the queue
 *   npm run data:review -- --accept ID [--set col=value]  write it to its curated file
 *   npm run data:review -- --reject ID --reason "..."     remember it as rejected
 *   npm run data:review -- --skip ID                      leave it in the queue
 *
 * Options: --today YYYY-MM-DD (the reviewer's date, default today in the Netherlands),
 * --sources DIR (reference data; default ../shared/data, else public/data), --data DIR.
 */
import readline from 'node:readline/promises';
import { dutchToday } from '../src/shared/intake/dates';
import { argValue, CURATED_DIR, REPO_ROOT, resolveSourcesDir } from './lib/paths';
import path from 'node:path';
import { referenceForTools } from './lib/reference-for-tools';
import {
  acceptCandidate,
  describeCandidate,
  loadQueues,
  rejectCandidate,
  type ReviewContext,
} from './lib/review/review';

/** All values of a repeatable flag (`--set a=1 --set b=2`). */
function argValues(argv: readonly string[], flag: string): string[] {
  const values: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === flag && argv[i + 1] !== undefined) values.push(argv[i + 1] ?? '');
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
  });
  return values;
}

function parseSets(sets: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    sets.map((s) => {
      const eq = s.indexOf('=');
      if (eq <= 0) throw new Error(`--set verwacht kolom=waarde, niet "${s}"`);
      return [s.slice(0, eq).trim(), s.slice(eq + 1)];
    }),
  );
}

function report(result: ReturnType<typeof acceptCandidate>, id: string): number {
  if (!result.ok) {
    console.error(`niet geaccepteerd: ${id}`);
    for (const p of result.problems) console.error(`  ${p}`);
    console.error('pas het voorstel aan met --set kolom=waarde en probeer opnieuw');
    return 1;
  }
  console.log(
    `geaccepteerd: ${id} → data/${result.file} (checked_on ${result.row.checked_on ?? ''})`,
  );
  if (result.dropped.length > 0)
    console.warn(
      `  let op: ${result.file} heeft geen kolom(men) ${result.dropped.join(', ')}; die waarden zijn niet overgenomen`,
    );
  return 0;
}

async function interactive(ctx: ReviewContext): Promise<number> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const queue of loadQueues(ctx)) {
      for (const candidate of queue.candidates) {
        console.log(`\n${describeCandidate(candidate).join('\n')}`);
        const answer = (await rl.question('[a]ccepteren, [r]afwijzen, [s]overslaan, [q]stoppen? '))
          .trim()
          .toLowerCase();
        if (answer === 'q') return 0;
        if (answer === 'a') {
          const sets = (
            await rl.question('wijzigingen (kolom=waarde; kolom=waarde) of leeg: ')
          ).trim();
          const changes = sets ? parseSets(sets.split(/\s*;\s*(?=[a-z_]+=)/)) : {};
          report(acceptCandidate(ctx, candidate.candidateId, changes), candidate.candidateId);
        } else if (answer === 'r') {
          const reason = await rl.question('reden: ');
          rejectCandidate(ctx, candidate.candidateId, reason);
          console.log(`afgewezen: ${candidate.candidateId}`);
        } else console.log(`overgeslagen: ${candidate.candidateId}`);
      }
    }
    console.log('\nde wachtrij is doorlopen; draai npm run data:build en npm run data:check');
    return 0;
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dataDir = path.resolve(REPO_ROOT, argValue(argv, '--data') ?? CURATED_DIR);
  const today = argValue(argv, '--today') ?? dutchToday(new Date());
  if (argv.includes('--list')) {
    const queues = loadQueues({ dataDir });
    for (const q of queues) {
      console.log(`data/review/${q.file}: ${q.candidates.length} kandidaten`);
      for (const c of q.candidates)
        console.log(
          describeCandidate(c)
            .map((l) => `  ${l}`)
            .join('\n'),
        );
    }
    if (queues.length === 0) console.log('de wachtrij is leeg (draai eerst npm run data:harvest)');
    return 0;
  }
  const skip = argValue(argv, '--skip');
  if (skip) {
    console.log(`overgeslagen: ${skip} (blijft in de wachtrij)`);
    return 0;
  }
  const reject = argValue(argv, '--reject');
  if (reject) {
    const rejection = rejectCandidate({ dataDir, today }, reject, argValue(argv, '--reason') ?? '');
    console.log(
      `afgewezen: ${rejection.candidateId} (${rejection.reason}); staat in data/review/rejected.csv`,
    );
    return 0;
  }
  const { ref } = referenceForTools(resolveSourcesDir(argv));
  const ctx: ReviewContext = { dataDir, ref, today };
  const accept = argValue(argv, '--accept');
  if (accept)
    return report(acceptCandidate(ctx, accept, parseSets(argValues(argv, '--set'))), accept);
  if (!process.stdin.isTTY) {
    console.error(
      'geen terminal: gebruik --list, --accept ID, --reject ID --reason "..." of --skip ID',
    );
    return 1;
  }
  return interactive(ctx);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`data:review: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
