// Mutation score from the last Stryker report (reports/mutation/mutation.json), per file and in all:
//   node scripts/mutationScore.mjs                       every mutant in the report
//   node scripts/mutationScore.mjs --sample=0.04 [--seed=1]   only mutants inside that sample's windows
// A report merged from incremental runs can hold mutants of earlier runs; the sample filter keeps a sampled
// score to its own windows. Killed and timed-out mutants count as detected; ignored (static) and erroring ones
// are left out, as Stryker does.
import { readFileSync } from 'node:fs';
import { sampleRanges } from './mutationSample.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const report = JSON.parse(readFileSync(option('report') ?? 'reports/mutation/mutation.json', 'utf8'));
const sample = option('sample');
const windows = sample
  ? sampleRanges([], Number(sample), Number(option('seed') ?? 1)).map((r) => {
      const [file, lines] = r.split(':');
      const [from, to] = lines.split('-').map(Number);
      return { file, from, to };
    })
  : null;
const inSample = (file, m) =>
  !windows || windows.some((w) => w.file === file && w.from <= m.location.start.line && m.location.end.line <= w.to);

const COLUMNS = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'Errors'];
const rows = [];
const total = Object.fromEntries(COLUMNS.map((c) => [c, 0]));
for (const [file, { mutants }] of Object.entries(report.files).sort()) {
  const count = Object.fromEntries(COLUMNS.map((c) => [c, 0]));
  for (const m of mutants.filter((x) => inSample(file, x))) {
    const status = ['CompileError', 'RuntimeError'].includes(m.status) ? 'Errors' : m.status;
    if (status in count) count[status] += 1;
  }
  if (COLUMNS.every((c) => count[c] === 0)) continue;
  COLUMNS.forEach((c) => (total[c] += count[c]));
  rows.push([file, count]);
}
const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid ? `${((100 * detected) / valid).toFixed(1)} %` : 'n/a';
};
console.log(['file', ...COLUMNS, 'score'].join('\t'));
for (const [file, c] of [...rows, ['all', total]])
  console.log([file, ...COLUMNS.map((k) => c[k]), score(c)].join('\t'));
