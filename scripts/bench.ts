/**
 * Size/memory benchmark of the CLI (run: npm run bench; sizes: BENCH_SIZES=12000,50000).
 * For province workbooks of 12,000 / 50,000 / 200,000 plan lines (scripts/benchWorkbook.ts)
 * it runs, each as a whole process measured by /usr/bin/time (wall time, peak RSS):
 * `mtqg validate`, `mtqg appendix`, a plain ExcelJS readFile, and LibreOffice headless
 * loading the file and writing CSV. Then the targets of issue #10 (the 200,000-line validation
 * again with another process spinning on one core), a refusal check above
 * what memory holds, `mtqg --help` start-up and the Office.js sync count. Prints, never asserts.
 */
import { spawn, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import * as path from 'path';
import { writeBenchWorkbook } from './benchWorkbook';
import { completed, measure, median, type Run } from './benchRun';
import { heapNeeded } from '../src/host/xlsx/outputs/memoryNeed';
import { readableSize, ZipPackage } from '../src/host/xlsx/fastReader';
import { hasLibreOffice, recalcWithLibreOffice } from '../tests/libreoffice/recalc';

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'bench-output');
const MTQG = path.join(ROOT, 'bin', 'mtqg.js');
const SIZES = (process.env.BENCH_SIZES ?? '12000,50000,200000').split(',').map(Number);
const TARGET_SYNCS = 3;

/** Issue #10's target for validating 200,000 lines: ≤ 10 s and ≤ 1 GB peak RSS. */
const validateTargetMet = (r: Run) => completed(r) && r.seconds <= 10 && r.mb <= 1024;

const fmt = (r: Run | undefined) =>
  !r
    ? '—'
    : completed(r)
      ? `${r.seconds.toFixed(2)} s (cpu ${r.cpu.toFixed(2)} s) · ${r.mb.toFixed(0)} MB`
      : `failed (${r.code})`;

function libreOfficeCsv(file: string): Run {
  const profile = mkdtempSync(path.join(tmpdir(), 'mtqg-bench-lo-'));
  const out = mkdtempSync(path.join(tmpdir(), 'mtqg-bench-csv-'));
  try {
    return measure('soffice', [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'csv',
      '--outdir',
      out,
      file,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

interface Row {
  lines: number;
  file: string;
  /** Uncompressed worksheets and shared strings (what validate reads). */
  xmlMb: number;
  /** The same plan as a spreadsheet program saves it (every result cached), when LibreOffice made it. */
  saved?: boolean;
  mb: number;
  validate: Run;
  appendix: Run;
  exceljs?: Run;
  libreoffice?: Run;
}

/** ExcelJS and LibreOffice take minutes and gigabytes above 50,000 lines: only with BENCH_ALL=1. */
const OTHERS_UP_TO = process.env.BENCH_ALL ? Infinity : 50_000;
/** LibreOffice saving the file (recalculating every formula) takes minutes above 12,000 lines. */
const SAVED_UP_TO = process.env.BENCH_ALL ? 50_000 : 12_000;

function benchSize(lines: number, file: string): Row {
  // Validate three times at every size (the median kept: one run on a shared machine can be 2 s off);
  // the others three times at 12,000 lines, once above (each takes a minute or more there).
  const runs = 3;
  const all = lines <= 12_000;
  const validate: Run[] = [];
  const exceljs: Run[] = [];
  const lo: Run[] = [];
  const appendix: Run[] = [];
  const out = path.join(OUT_DIR, `lines-${lines}-phu-bieu.xlsx`);
  const excelJsLoad = `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
  for (let i = 0; i < runs; i++) {
    // Interleaved, so a busy machine weighs on every tool alike.
    validate.push(measure('node', [MTQG, 'validate', file, '--format', 'json']));
    if (!all && i > 0) continue;
    if (lines <= OTHERS_UP_TO) {
      exceljs.push(measure('node', ['-e', excelJsLoad], { NODE_PATH: path.join(ROOT, 'node_modules') }));
      lo.push(libreOfficeCsv(file));
    }
    appendix.push(measure('node', [MTQG, 'appendix', file, '--out', out, '--force', '--allow-errors']));
  }
  const floor = spawnSync('node', [path.join(ROOT, 'scripts', 'benchFloor.js'), file], { encoding: 'utf8' });
  return {
    lines,
    file,
    xmlMb: floor.status === 0 ? (JSON.parse(floor.stdout) as { bytes: number }).bytes / 1e6 : NaN,
    mb: statSync(file).size / 1e6,
    validate: median(validate),
    appendix: median(appendix),
    exceljs: exceljs.length ? median(exceljs) : undefined,
    libreoffice: lo.length ? median(lo) : undefined,
  };
}

/** Runs `work` while a second process spins on one core (the machine's other work, made steady). */
function whileOneCoreBusy<T>(work: () => T): T {
  // It stops by itself after 10 minutes should the bench be interrupted before killing it.
  const spinner = spawn(process.execPath, ['-e', 'const end = Date.now() + 600000; while (Date.now() < end);'], {
    stdio: 'ignore',
  });
  try {
    return work();
  } finally {
    spinner.kill('SIGKILL');
  }
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

/** Excel on the web refuses a response above 5 MB: the design reads in one sync, chunked only past it. */
const RESPONSE_LIMIT = 5e6;

/**
 * Syncs per validation in the task pane: ≤ 3 while one response carries the workbook; above that, the
 * read is chunked, and each chunk is needed (under the limit, and no two neighbours would fit in one).
 */
async function officeSyncs(small: number, large: number): Promise<void> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { measureOfficeSyncs } = require('./benchOfficeSyncs') as typeof import('./benchOfficeSyncs');
    const mb = (bytes: number[]) => bytes.map((b) => (b / 1e6).toFixed(2)).join(' + ');
    const one = await measureOfficeSyncs(small);
    console.log(
      `Office.js syncs per validation, ${small.toLocaleString('en-US')} plan lines: ${one.syncs} (read ${one.readSyncs}: ${mb(one.readResponseBytes)} MB; highlight ${one.highlightSyncs}) — target ≤ ${TARGET_SYNCS} while one response carries the workbook: ${verdict(one.syncs <= TARGET_SYNCS && one.readSyncs === 1)}`,
    );
    const big = await measureOfficeSyncs(large);
    const parts = big.readResponseBytes;
    const needed =
      parts.every((b) => b <= RESPONSE_LIMIT) && parts.every((b, i) => i === 0 || parts[i - 1] + b > RESPONSE_LIMIT);
    console.log(
      `Office.js syncs per validation, ${large.toLocaleString('en-US')} plan lines: ${big.syncs} (read ${big.readSyncs}: ${mb(parts)} MB; highlight ${big.highlightSyncs}) — one read, chunked only past the ${RESPONSE_LIMIT / 1e6} MB response limit (each under it, no two neighbours fit in one): ${verdict(needed && big.syncs - big.readSyncs <= TARGET_SYNCS - 1)}`,
    );
  } catch (err) {
    console.log(`Office.js syncs per validation: not measured (${(err as Error).message})`);
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  console.log('Compiling and bundling the CLI (npm run build:cli)…');
  spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const rows: Row[] = [];
  for (const lines of SIZES) {
    const file = path.join(OUT_DIR, `lines-${lines}.xlsx`);
    if (!existsSync(file) || process.env.BENCH_REBUILD) {
      const t0 = Date.now();
      await writeBenchWorkbook(lines, file);
      console.log(`built ${path.basename(file)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    rows.push(benchSize(lines, file));
    const r = rows.at(-1)!;
    console.log(`measured ${lines} lines: validate ${fmt(r.validate)}`);
    // An officer's file has been opened and saved by a spreadsheet program, which caches every
    // formula result: the same plan saved by LibreOffice (recalculated on load).
    if (lines <= SAVED_UP_TO && hasLibreOffice()) {
      const savedFile = path.join(OUT_DIR, `lines-${lines}-saved.xlsx`);
      if (!existsSync(savedFile) || statSync(savedFile).mtimeMs < statSync(file).mtimeMs) {
        const t0 = Date.now();
        copyFileSync(await recalcWithLibreOffice(file, 900_000), savedFile);
        console.log(`saved ${path.basename(file)} through LibreOffice in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      rows.push({ ...benchSize(lines, savedFile), lines, saved: true });
      console.log(`measured ${lines} lines as saved: validate ${fmt(rows.at(-1)!.validate)}`);
    }
  }

  console.log('\n| plan lines | file | mtqg validate | mtqg appendix | ExcelJS readFile | LibreOffice → CSV |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.lines.toLocaleString('en-US')}${r.saved ? ' saved by LibreOffice' : ''} | ${r.mb.toFixed(1)} MB | ${fmt(r.validate)} | ${fmt(r.appendix)} | ${fmt(r.exceljs)} | ${fmt(r.libreoffice)} |`,
    );
  }
  console.log(
    '\n(wall time (user + system CPU time) · peak RSS, each a whole process; validate: median of 3 runs; the others: median of 3 at 12,000 lines, 1 run above)',
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${cpus().length} cores`,
  );
  for (const r of rows) {
    if (!r.exceljs) continue;
    console.log(
      `  ${r.lines.toLocaleString('en-US')} lines${r.saved ? ' (saved by LibreOffice)' : ''}: validate / ExcelJS readFile ${(r.validate.seconds / r.exceljs.seconds).toFixed(2)} × wall, ${(r.validate.cpu / r.exceljs.cpu).toFixed(2)} × CPU`,
    );
  }

  console.log('\nTargets (issue #10):');
  for (const small of rows.filter((r) => r.lines === 12_000 && r.exceljs)) {
    const excel = small.exceljs!;
    const which = small.saved ? '12,000 saved by LibreOffice' : '12,000';
    const ratio = small.validate.seconds / excel.seconds;
    const cpuRatio = small.validate.cpu / excel.cpu;
    console.log(
      `  validate ${which} ≤ 0.5 × ExcelJS readFile: ${ratio.toFixed(2)} × wall, ${cpuRatio.toFixed(2)} × CPU — ${verdict(ratio <= 0.5)}`,
    );
    if (small.libreoffice) {
      const speedup = small.libreoffice.seconds / small.validate.seconds;
      const cpuSpeedup = small.libreoffice.cpu / small.validate.cpu;
      console.log(
        `  validate ${which} ≥ 4 × faster than LibreOffice: ${speedup.toFixed(1)} × wall, ${cpuSpeedup.toFixed(1)} × CPU — ${verdict(speedup >= 4)}`,
      );
      // What 4 × leaves: a process that only unzips the parts and looks at each byte (scripts/benchFloor.js).
      const floor = median(
        [1, 2, 3].map(() => measure('node', [path.join(ROOT, 'scripts', 'benchFloor.js'), small.file])),
      );
      const budget = small.libreoffice.seconds / 4;
      console.log(
        `    4 × LibreOffice leaves ${budget.toFixed(2)} s; unzipping the parts and touching each byte, building nothing, takes ${floor.seconds.toFixed(2)} s as a process: ${(budget - floor.seconds).toFixed(2)} s would remain to parse ${small.xmlMb.toFixed(0)} MB of XML into cells and check them (validate itself: ${small.validate.seconds.toFixed(2)} s)`,
      );
    }
  }
  const big = rows.find((r) => r.lines === 200_000);
  if (big) {
    const v = big.validate;
    console.log(
      `  validate 200,000 ≤ 10 s and ≤ 1 GB: ${v.seconds.toFixed(1)} s, ${v.mb.toFixed(0)} MB — ${verdict(validateTargetMet(v))}`,
    );
    // The same target in a busy minute: another process keeps one of the cores busy meanwhile, so
    // the validation shares the machine as it does beside a browser or a second command.
    const busy = whileOneCoreBusy(() =>
      median([1, 2, 3].map(() => measure('node', [MTQG, 'validate', big.file, '--format', 'json']))),
    );
    console.log(
      `  validate 200,000 ≤ 10 s with one core kept busy by another process: ${fmt(busy)} (median of 3) — ${verdict(validateTargetMet(busy))}`,
    );
    const a = big.appendix;
    console.log(
      `  appendix 200,000 ≤ 1.5 GB: ${a.mb.toFixed(0)} MB (${a.seconds.toFixed(1)} s) — ${verdict(completed(a) && a.mb <= 1536)}`,
    );
    // Above what memory holds: a plain sentence and exit 2, never a V8 crash dump.
    const starved = measure('node', [
      '--max-old-space-size=48',
      MTQG,
      'validate',
      path.join(OUT_DIR, 'lines-200000.xlsx'),
    ]);
    const oneLine = starved.stderr.split('\n').length === 1 && !/FATAL|heap limit/i.test(starved.stderr);
    console.log(
      `  too big for the memory given (48 MB heap): exit ${starved.code}, "${starved.stderr.slice(0, 90)}…" — ${verdict(starved.code === 2 && oneLine)}`,
    );
    // The other side of that line: given just the heap the estimate asks, the command runs (a heap
    // exhausted would be a V8 crash, exit 134), so the estimate is never below the need.
    const file = path.join(OUT_DIR, 'lines-200000.xlsx');
    const xml = readableSize(new ZipPackage(readFileSync(file)));
    const askedMb = Math.ceil(heapNeeded(xml) / 2 ** 20) + 16;
    const out = path.join(OUT_DIR, 'lines-200000-phu-bieu.xlsx');
    for (const [what, args] of [
      ['validate', ['validate', file, '--format', 'json']],
      ['appendix', ['appendix', file, '--out', out, '--force', '--allow-errors']],
    ] as const) {
      const r = measure('node', [`--max-old-space-size=${askedMb}`, MTQG, ...args]);
      console.log(
        `  ${what} 200,000 in the heap the estimate asks (${askedMb} MB): exit ${r.code}, ${r.mb.toFixed(0)} MB — ${verdict(completed(r))}`,
      );
    }
  }
  const help = median([1, 2, 3].map(() => measure('node', [MTQG, '--help'])));
  console.log(`  mtqg --help start-up: ${help.seconds.toFixed(2)} s, ${help.mb.toFixed(0)} MB`);
  await officeSyncs(1_000, 12_000);
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
