import path from 'node:path';
import prettier from 'prettier';
import { tokenSheets } from '../../src/shared/ui/tokens-css';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The tokens' CSS files as committed: generated, then formatted by the repo's prettier. */
export async function formattedTokenSheets(): Promise<[file: string, css: string][]> {
  return Promise.all(
    Object.entries(tokenSheets()).map(async ([file, css]): Promise<[string, string]> => {
      const full = path.join(ROOT, file);
      const options = await prettier.resolveConfig(full);
      return [file, await prettier.format(css, { ...options, filepath: full })];
    }),
  );
}
