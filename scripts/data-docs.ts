/**
 * `npm run data:docs`: writes what follows from data/datapackage.json: the column tables in
 * data/README.md and the templates in data/templates/. Run it after changing a column.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { templates, withColumnTables } from './lib/data-docs';
import { CURATED_DIR } from './lib/paths';

async function main(): Promise<number> {
  const readmePath = path.join(CURATED_DIR, 'README.md');
  const readme = await prettier.format(withColumnTables(fs.readFileSync(readmePath, 'utf8')), {
    ...(await prettier.resolveConfig(readmePath)),
    filepath: readmePath,
  });
  fs.writeFileSync(readmePath, readme);
  console.log('geschreven: data/README.md (kolommen)');
  const dir = path.join(CURATED_DIR, 'templates');
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, content] of templates()) {
    fs.writeFileSync(path.join(dir, file), content);
    console.log(`geschreven: data/templates/${file}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`data:docs: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
