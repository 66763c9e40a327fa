import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getManifest } from 'workbox-build';
import { PRECACHE_GLOBS, SERVICE_WORKER_FILE } from '../../scripts/lib/pwa';

/** The precache list Workbox injected into a built sw.js: `[{"revision":…,"url":…},…]`. */
const MANIFEST = /\[\{"(?:revision|url)":[^\]]*\}\]/;

/** A copy of a build in a fresh temporary folder, to change as a deploy would. */
export function copyBuild(distDir: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sjk-deploy-'));
  cpSync(distDir, dir, { recursive: true });
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a simulated deploy changes. */
export interface DeployChanges {
  /** New dataset.json, places.json and details.json with this `version` (nothing else changed). */
  readonly dataVersion?: string;
  /**
   * New code: every file under assets/ gets a new name ending in this marker (as Vite names
   * changed code), and index.html and the scripts point at the new names.
   */
  readonly codeMarker?: string;
}

/**
 * Changes the build in `dir` as a real deploy would and rewrites its sw.js precache list the way
 * the build makes it (workbox-build with the app's own globs), so the browser sees exactly what
 * it would see after `npm run build` of the changed sources, without a 30-second rebuild.
 */
export async function deploy(dir: string, changes: DeployChanges): Promise<void> {
  if (changes.dataVersion !== undefined) {
    for (const name of ['dataset.json', 'places.json', 'details.json']) {
      const file = join(dir, 'data', name);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      data.version = changes.dataVersion;
      writeFileSync(file, JSON.stringify(data));
    }
  }
  if (changes.codeMarker !== undefined) {
    // Every script and style gets a new name, and every reference to it follows, as when a
    // change reaches the entry chunk that all lazy chunks import.
    const marker = changes.codeMarker;
    const renames = readdirSync(join(dir, 'assets')).map((name) => ({
      from: name,
      to: name.replace(/(\.[a-z]+)$/, `${marker}$1`),
    }));
    for (const { from, to } of renames)
      renameSync(join(dir, 'assets', from), join(dir, 'assets', to));
    const texts = ['index.html', ...renames.map((r) => `assets/${r.to}`)].filter((f) =>
      /\.(html|js|css)$/.test(f),
    );
    for (const file of texts) {
      const path = join(dir, file);
      let text = readFileSync(path, 'utf8');
      for (const { from, to } of renames) text = text.replaceAll(from, to);
      writeFileSync(path, text);
    }
  }
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dir,
    ...PRECACHE_GLOBS,
  });
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  const sw = join(dir, SERVICE_WORKER_FILE);
  const source = readFileSync(sw, 'utf8');
  if (!MANIFEST.test(source)) throw new Error(`no precache list found in ${sw}`);
  writeFileSync(
    sw,
    source.replace(MANIFEST, () => JSON.stringify(manifestEntries)),
  );
}
