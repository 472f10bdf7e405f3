#!/usr/bin/env node
// Bundles the CLI into one file (build/bundle/mtqg.js) and writes its V8 code cache beside it, so
// `mtqg` starts without resolving and compiling ~220 modules. Run by `npm run build:cli` after tsc
// (build/ from tsc stays: tests and scripts use it). Libraries only some runs need stay outside the
// bundle and load when used: ExcelJS (template, appendix, import… never validate) and HyperFormula
// (only for formulas without a cached result).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const esbuild = require('esbuild');
const { BUNDLE, CACHE, loadBundle, writeCache, writeWhole } = require('../bin/bundleLoader');

const ROOT = path.join(__dirname, '..');
const EXTERNAL = ['exceljs', 'hyperformula', 'playwright-core'];

/**
 * Modules the CLI imports on every run but calls only in some, loaded on first use instead: commander's
 * child_process (for executable subcommands, which mtqg has none of) and fflate (the CLI inflates and
 * deflates with Node's zlib; fflate serves the browser). Saves building fflate's tables and loading
 * child_process, net and worker_threads at each start. The stand-in has every export of the real module.
 */
const LAZY = [
  { name: 'child_process', filter: /^(node:)?child_process$/, importer: /[\\/]commander[\\/]/ },
  { name: 'fflate', filter: /^fflate$/, importer: /./ },
];
const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    for (const lazy of LAZY) {
      build.onResolve({ filter: lazy.filter }, (args) => {
        if (args.namespace === 'lazy') return { path: lazy.name, external: true }; // the stand-in's own require
        return lazy.importer.test(args.importer) ? { path: lazy.name, namespace: 'lazy' } : undefined;
      });
    }
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const keys = Object.keys(require(args.path));
      return {
        contents:
          `const load = () => require(${JSON.stringify(args.path)});\n` +
          `for (const key of ${JSON.stringify(keys)}) Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });\n`,
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

/**
 * Runs `--help` and `validate` in this process, so the cache also holds the code a validation compiles
 * (the command issue #10 times). The demo's workbooks (one with deliberate slips) are written first by a
 * separate process: their writer's code would only make the cache bigger for every other run.
 */
async function warmUp(run) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-bundle-'));
  try {
    const demo = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mtqg.js'), 'demo', '--out', dir, '--force'], {
      encoding: 'utf8',
    });
    if (demo.status !== 0) throw new Error(`the demo failed: ${demo.stderr.trim()}`);
    const writes = [process.stdout.write, process.stderr.write];
    process.stdout.write = process.stderr.write = () => true;
    try {
      const codes = [await run(['node', 'mtqg', '--help'])];
      for (const name of ['mau-co-loi.xlsx', 'mau-hop-le.xlsx']) {
        codes.push(await run(['node', 'mtqg', 'validate', path.join(dir, name)]));
        codes.push(await run(['node', 'mtqg', 'validate', path.join(dir, name), '--format', 'json']));
      }
      return codes;
    } finally {
      [process.stdout.write, process.stderr.write] = writes;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  fs.rmSync(CACHE, { force: true });
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  const built = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: BUNDLE,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    // Smaller source, smaller cache: ~6 ms less start-up. Errors show messages only, never stacks.
    // NO_MINIFY=1 keeps the names, for a CPU profile (node --cpu-prof) that says which function is which.
    minify: !process.env.NO_MINIFY,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [lazyModules],
  });
  writeWhole(BUNDLE, built.outputFiles[0].contents);
  const { exports, script } = loadBundle(BUNDLE);
  const codes = await warmUp(exports.run);
  // Exit 0 or 1 (findings) is a working CLI; 2 would mean a broken bundle: say so rather than ship it.
  if (codes.some((code) => code > 1)) throw new Error(`warm-up runs ended with exit codes ${codes.join(', ')}`);
  // validate bounds the heap's growth (src/cli/heapGrowth.ts): V8 stamps a code cache with its
  // flags and rejects it under others, so they go back to what a fresh `mtqg` starts with.
  require('v8').setFlagsFromString('--heap-growing-percent=0');
  writeCache(BUNDLE, script);
}

main().catch((err) => {
  console.error(`build-cli-bundle: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
});
