// A seeded random sample of the mutation scope for `node scripts/mutation.mjs --sample=<fraction>`: every file of
// src/validation and src/appendix (or the files named) is cut into 8-line windows and a fraction of the windows is
// drawn (the same windows for the same seed, so incremental runs add up). Stryker then mutates only inside them:
// "src/x.ts:17-24". A mutant must lie wholly inside a window, so mutants longer than a window (a whole function
// body emptied) are left out of a sampled score; they are the easiest to kill, so the estimate errs low.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src/validation', 'src/appendix'];
const WINDOW = 8;

function scopeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : scopeFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleRanges(files, fraction, seed) {
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`--sample takes a fraction in (0, 1], not ${fraction}`);
  const next = random(seed);
  const ranges = [];
  for (const file of (files.length ? files : ROOTS.flatMap(scopeFiles)).sort()) {
    const lines = readFileSync(file, 'utf8').split('\n').length;
    for (let start = 1; start <= lines; start += WINDOW)
      if (next() < fraction) ranges.push(`${file}:${start}-${Math.min(start + WINDOW - 1, lines)}`);
  }
  return ranges;
}
