import path from 'node:path';
import { checkBudgets, formatKib } from './lib/budgets';

/** `npm run budgets`: prints the sizes of what ships and fails when one is over its budget. */
const distDir = path.resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const results = checkBudgets(distDir);
console.log('budget                        gzip        limit      status');
for (const result of results) {
  console.log(
    `${result.name.padEnd(30)}${formatKib(result.gzipBytes).padStart(10)}  ${formatKib(result.limitBytes).padStart(10)}  ${result.ok ? 'ok' : 'OVER'}${result.note ? ` (${result.note})` : ''}`,
  );
}
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} budget(s) failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log('\nall budgets met');
