// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importBoundaries } from '../../eslint.config.js';

/** A small project that breaks each rule once (see its README). */
const FIXTURE = path.resolve(import.meta.dirname, '../lint-fixtures');

/** The project's import rules, applied to the fixture as if it were this repository. */
async function lintFixture(): Promise<Map<string, string[]>> {
  const eslint = new ESLint({
    cwd: FIXTURE,
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, importBoundaries(FIXTURE)],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  return new Map(
    results.map((r) => [
      path.relative(FIXTURE, r.filePath),
      r.messages.map((m) => m.ruleId ?? m.message),
    ]),
  );
}

describe('rules that keep the code going one way (CI runs them on every change)', () => {
  it('lint fails on a feature that imports another feature, and on an import cycle', async () => {
    const found = await lintFixture();
    expect(found.get('src/features/alpha/use-beta.ts')).toEqual(['import-x/no-restricted-paths']);
    expect(found.get('src/shared/cycle-a.ts')).toEqual(['import-x/no-cycle']);
    expect(found.get('src/shared/cycle-b.ts')).toEqual(['import-x/no-cycle']);
    // The rest of the fixture is fine: the rules do not fire on everything.
    expect(found.get('src/features/beta/name.ts')).toEqual([]);
    expect(found.get('src/main.ts')).toEqual([]);
  }, 60_000);

  it('knip fails on an exported name that nothing imports', async () => {
    const knip = path.resolve(import.meta.dirname, '../../node_modules/knip/bin/knip.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [knip, '--directory', FIXTURE, '--reporter', 'json', '--no-exit-code'],
      { cwd: FIXTURE },
    );
    const report = JSON.parse(stdout) as {
      issues: { file: string; exports: { name: string }[] }[];
    };
    const unused = report.issues.flatMap((i) => i.exports.map((e) => `${i.file}: ${e.name}`));
    expect(unused).toEqual(['src/shared/helpers.ts: unusedHelper']);
  }, 60_000);
});
