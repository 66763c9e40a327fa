/**
 * Writes the design tokens' CSS files (src/shared/ui/tokens.css, coverage-tokens.css) from the
 * TypeScript tokens (`npm run tokens`), so CSS and the map layers read the same values.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formattedTokenSheets } from './lib/tokens-css';

for (const [file, css] of await formattedTokenSheets()) {
  fs.writeFileSync(path.resolve(import.meta.dirname, '..', file), css);
  console.log(`${file} geschreven`);
}
