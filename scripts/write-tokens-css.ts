/**
 * Writes src/shared/ui/tokens.css from the design tokens in TypeScript (`npm run tokens`), so CSS
 * and the map layers read the same values; formatted like every other file (prettier).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatTokensCss } from './lib/tokens-css';
import { TOKENS_CSS_PATH } from '../src/shared/ui/tokens-css';

const file = path.resolve(import.meta.dirname, '..', TOKENS_CSS_PATH);
fs.writeFileSync(file, await formatTokensCss());
console.log(`${TOKENS_CSS_PATH} geschreven`);
