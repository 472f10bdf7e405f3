/**
 * Test sequencer for mutation runs: when Jest is given a `testNamePattern` (Stryker's tests covering the active
 * mutant) and the dry run's test-file map exists, only the files holding a matching test run; otherwise all do.
 * Jest applies the pattern itself afterwards, so a file kept here by mistake only costs time; a file dropped by
 * mistake could only turn a killed mutant into a survivor (a lower score, never a higher one).
 */
const fs = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;
const { mapFile } = require('./testFileMap');

let cached;

function readMap(rootDir) {
  const file = mapFile(rootDir);
  if (cached?.file === file) return cached.map;
  if (!fs.existsSync(file)) return undefined;
  cached = { file, map: JSON.parse(fs.readFileSync(file, 'utf8')) };
  return cached.map;
}

class CoveringTestFilesSequencer extends Sequencer {
  #globalConfig;

  constructor(options) {
    super(options);
    this.#globalConfig = options.globalConfig;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    const { testNamePattern, rootDir } = this.#globalConfig;
    const map = testNamePattern && process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined ? readMap(rootDir) : undefined;
    if (!map) return sorted;
    // Jest matches the pattern case-insensitively against each test's full name.
    const pattern = new RegExp(testNamePattern, 'i');
    const files = new Set();
    for (const [name, paths] of Object.entries(map)) if (pattern.test(name)) paths.forEach((p) => files.add(p));
    // A pattern the map does not know (a test renamed since the dry run): run everything rather than nothing.
    return files.size === 0 ? sorted : sorted.filter((test) => files.has(test.path));
  }
}

module.exports = CoveringTestFilesSequencer;
