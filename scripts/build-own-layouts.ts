/**
 * Writes the own-layout corpus (tests/fixtures/ownLayout/corpus.ts) as .xlsx files, to open
 * in Excel or try with `mtqg map` / `mtqg validate` / `mtqg import`:
 *   npx tsx scripts/build-own-layouts.ts [OUT_DIR]   (default: test-output/own-layouts)
 * The tests build the same files in their beforeAll; nothing here is committed output.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CORPUS } from '../tests/fixtures/ownLayout/corpus';
import { corpusWorkbook } from '../tests/fixtures/ownLayout/writeXlsx';

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? 'test-output/own-layouts');
  await fs.mkdir(dir, { recursive: true });
  for (const [name, make] of Object.entries(CORPUS)) {
    const file = path.join(dir, `${name}.xlsx`);
    await corpusWorkbook(make()).xlsx.writeFile(file);
    process.stdout.write(`${file}\n`);
  }
}

void main();
