// Loads the one-file CLI bundle (build/bundle/mtqg.js, made by scripts/build-cli-bundle.js) with the
// V8 code cache written beside it at build time: V8 then skips parsing and compiling most of the CLI,
// which is most of `mtqg`'s start-up. Nothing is written at run time; a missing, stale or rejected
// cache only means a slower start.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const BUNDLE = path.join(__dirname, '..', 'build', 'bundle', 'mtqg.js');
const CACHE = `${BUNDLE}.codecache`;

/** Which bundle a cache was made from: V8 itself only checks the source's length. */
function stampOf(file) {
  const s = fs.statSync(file);
  return Buffer.from(`${s.size}:${s.mtimeMs}\n`);
}

function readCache(file) {
  let data;
  try {
    data = fs.readFileSync(`${file}.codecache`);
  } catch {
    return undefined;
  }
  const stamp = stampOf(file);
  return data.subarray(0, stamp.length).equals(stamp) ? data.subarray(stamp.length) : undefined;
}

/** Runs the bundle as a CommonJS module; returns its exports and the compiled script (for its cache). */
function loadBundle(file = BUNDLE) {
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: readCache(file) });
  const mod = new Module(file, module);
  mod.filename = file;
  const localRequire = Module.createRequire(file);
  script.runInThisContext().call(mod.exports, mod.exports, localRequire, mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script };
}

/** Writes a file whole or not at all (a CLI started meanwhile never reads half of it). */
function writeWhole(file, bytes) {
  const part = `${file}.${process.pid}.part`;
  fs.writeFileSync(part, bytes);
  fs.renameSync(part, file);
}

/** Writes the code cache of a loaded (and preferably exercised) bundle, stamped with the bundle it fits. */
function writeCache(file, script) {
  writeWhole(`${file}.codecache`, Buffer.concat([stampOf(file), script.createCachedData()]));
}

module.exports = { BUNDLE, CACHE, loadBundle, writeCache, writeWhole };
