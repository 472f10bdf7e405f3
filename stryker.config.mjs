// Mutation testing of the pure core (npm run test:mutation). Not part of scripts/test.sh: it takes tens of minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as CODE_CATALOG texts) would each need the whole test set;
  // they are reported as Ignored and left out of the score (the README says how many).
  ignoreStatic: true,
  mutate: ['src/validation/**/*.ts', 'src/appendix/**/*.ts', '!src/**/*.test.ts', '!src/**/testing/**'],
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'build', 'coverage', 'reports', 'demo-output', 'test-output', 'bench-output'],
  // Re-runs only mutants whose code or covering tests changed since the last run (file kept out of git).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  cleanTempDir: true,
  thresholds: { high: 85, low: 70 },
};
