import path from 'node:path';
import prettier from 'prettier';
import { TOKENS_CSS_PATH, tokensCss } from '../../src/shared/ui/tokens-css';

/** The tokens' CSS as the committed file has it: generated, then formatted by the repo's prettier. */
export async function formatTokensCss(): Promise<string> {
  const file = path.resolve(import.meta.dirname, '../..', TOKENS_CSS_PATH);
  const options = await prettier.resolveConfig(file);
  return prettier.format(tokensCss(), { ...options, filepath: file });
}
