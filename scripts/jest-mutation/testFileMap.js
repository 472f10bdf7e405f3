/**
 * Where each test lives, for mutation runs (jest.mutation.config.js). Stryker runs a mutant with `testNamePattern`
 * set to the tests that cover it, yet Jest still loads every test file (a fresh module registry, zod and Jest's own
 * expect each time) only to skip their tests: five CPU seconds a mutant for 39 files. The environment beside this
 * file records, during Stryker's initial (dry) run, each test's full name and file into `MAP_FILE` in the sandbox;
 * the sequencer then keeps only the files holding a test the pattern selects.
 */
const path = require('node:path');

const MAP_FILE = '.stryker-test-files.json';

/** The name Jest matches `testNamePattern` against (and Stryker's test id): describe names and the test's, spaced. */
function fullName(test) {
  const names = [];
  for (let block = test.parent; block && block.parent; block = block.parent) names.unshift(block.name);
  return [...names, test.name].join(' ').trim();
}

function mapFile(rootDir) {
  return path.join(rootDir, MAP_FILE);
}

module.exports = { fullName, mapFile };
