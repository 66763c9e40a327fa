import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the parent of `scripts/`), so the scripts work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the curated CSV files live. */
export const CURATED_DIR = path.join(REPO_ROOT, 'data');

/** Files served as they are (Vite's public folder); the map's glyphs live in its `glyphs/`. */
export const PUBLIC_DIR = path.join(REPO_ROOT, 'public');

/** Where the build writes, and where check-data looks for the committed output. */
export const PUBLIC_DATA_DIR = path.join(PUBLIC_DIR, 'data');

/** The value after `--flag` (or in `--flag=value`); undefined when the flag is absent. */
export function argValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === flag) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      return next;
    }
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * The folder with the reference data mirrors: `--sources DIR`, else `$SJK_SOURCES`, else
 * `../shared/data`. Relative paths are taken from the repository root, not the working directory,
 * so `npm run` from a subfolder finds the same files.
 */
export function resolveSourcesDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string {
  const chosen =
    argValue(argv, '--sources') ?? env.SJK_SOURCES ?? path.join('..', 'shared', 'data');
  return path.resolve(REPO_ROOT, chosen);
}

/** `--out DIR` relative to the repository root, or the given default. */
export function resolveOutDir(argv: readonly string[], fallback: string): string {
  return path.resolve(REPO_ROOT, argValue(argv, '--out') ?? fallback);
}
