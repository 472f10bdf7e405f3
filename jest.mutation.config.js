/**
 * Jest config for mutation testing (npm run test:mutation): only the in-process tests that exercise the pure
 * core mutated by Stryker (src/validation, src/appendix), so each mutant runs in seconds, not minutes.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: [
    '<rootDir>/src/validation/**/*.test.ts',
    '<rootDir>/src/appendix/**/*.test.ts',
    '<rootDir>/src/demo/**/*.test.ts',
    '<rootDir>/tests/fuzz/validation.fuzz.test.ts',
  ],
};
