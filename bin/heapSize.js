// Sizes V8's heap for a big workbook before reading it. V8 starts with a small heap and grows it
// step by step, collecting all it holds at each step: reading a 200,000-line plan (40 MB file,
// ~850 MB live) spent ~2 s of 10–12 s in those collections. Started with the heap it will need
// (--initial-heap-size), the same run took ~8 s at the same peak memory. Below ~8 MB of
// workbook the default start is as fast, so small files run in this process as before.
'use strict';
const fs = require('fs');
const os = require('os');

/** Workbook bytes from which the CLI restarts itself with a sized heap (MTQG_HEAP_SIZE_FROM overrides, for tests). */
const DEFAULT_FROM = 8 * 1024 * 1024;
/** Heap per byte of .xlsx: its XML is ~9× the zip, the snapshot and checks ~2.5× the XML. */
const HEAP_PER_FILE_BYTE = 24;
const MB = 1024 * 1024;

/** Options whose value is a file the command writes, not one it reads. */
const OUTPUT_OPTIONS = new Set(['--out', '--annotate']);

/** The workbooks the command reads (existing .xlsx/.xlsm files named on it, not its outputs), in bytes. */
function inputBytes(args) {
  let total = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (OUTPUT_OPTIONS.has(args[i - 1]) || !/\.xls[xm]$/i.test(arg) || arg.startsWith('-')) continue;
    try {
      const s = fs.statSync(arg);
      if (s.isFile()) total += s.size;
    } catch {
      // Not a file (yet): an output path, or an input the command itself will report.
    }
  }
  return total;
}

/**
 * The node arguments to rerun this command with a sized heap, or null to run it here: small
 * inputs, an already sized process, or node flags given by the caller (--max-old-space-size
 * and the like are theirs to keep, and are not second-guessed).
 */
function heapSizedArgs(argv, execArgv, env) {
  if (env.MTQG_HEAP_SIZED || execArgv.length) return null;
  const from = env.MTQG_HEAP_SIZE_FROM ? Number(env.MTQG_HEAP_SIZE_FROM) : DEFAULT_FROM;
  const bytes = inputBytes(argv.slice(2));
  if (!bytes || bytes < from) return null;
  // Never more than half the machine's memory, nor more than V8's own limit allows.
  const mb = Math.round(Math.min((bytes * HEAP_PER_FILE_BYTE) / MB, os.totalmem() / 2 / MB, 2048));
  return [`--initial-heap-size=${Math.max(mb, 64)}`, ...argv.slice(1)];
}

module.exports = { heapSizedArgs, inputBytes };
