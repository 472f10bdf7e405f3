/**
 * Jest config for mutation testing (npm run test:mutation): only the in-process tests that exercise the pure
 * core mutated by Stryker (src/validation, src/appendix), so each mutant runs in seconds, not minutes. The fuzz
 * test (200 random workbooks, checks only that nothing crashes) and the demo's ExcelJS round trip are left out:
 * they kill little and would run for every mutant of the checks.
 * The environment and sequencer in scripts/jest-mutation/ make a mutant's run load only the test files that hold
 * a test covering it (absolute paths: Stryker resolves the environment from its sandbox).
 */
const path = require('node:path');
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/src'],
  testMatch: ['<rootDir>/src/validation/**/*.test.ts', '<rootDir>/src/appendix/**/*.test.ts'],
  testEnvironment: path.join(__dirname, 'scripts/jest-mutation/testFileEnvironment.js'),
  testSequencer: path.join(__dirname, 'scripts/jest-mutation/coveringTestFilesSequencer.js'),
};
