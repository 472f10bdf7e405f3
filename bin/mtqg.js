#!/usr/bin/env node
// Entry for `npx mtqg`: runs the bundled CLI (build/bundle/mtqg.js, built by `npm install` via the prepare script).
const fs = require('fs');
// `mtqg validate x.xlsx | head` closes the pipe early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode || 0);
    else throw err;
  });
}
const { heapSizedArgs } = require('./heapSize');
const sized = heapSizedArgs(process.argv, process.execArgv, process.env);
if (sized) {
  // A big workbook: the same command again in a process whose heap is sized for it (heapSize.js).
  const { spawnSync } = require('child_process');
  const run = spawnSync(process.execPath, sized, { stdio: 'inherit', env: { ...process.env, MTQG_HEAP_SIZED: '1' } });
  if (run.error) {
    console.error(`mtqg: ${run.error.message}`);
    process.exit(2);
  }
  if (run.signal) {
    // Killed (the system out of memory, a user's kill): said in one line, not a silent exit.
    console.error(`mtqg: lệnh bị dừng (${run.signal}) / the command was stopped (${run.signal})`);
    process.exit(2);
  }
  process.exit(run.status ?? 2);
}
const { BUNDLE, loadBundle } = require('./bundleLoader');
if (!fs.existsSync(BUNDLE)) {
  console.error('mtqg: CLI is not built yet; run `npm run build:cli` (npm install does it).');
  process.exit(2);
}
loadBundle(BUNDLE)
  .exports.run(process.argv)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`mtqg: ${err && err.message ? err.message : err}`);
      process.exitCode = 2;
    },
  );
