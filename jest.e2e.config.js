/** Browser end-to-end tests: built dist/ served on 127.0.0.1 and driven in headless Chromium.
 *  Run with `bash scripts/e2e.sh` (builds dist/ first when it is missing). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  maxWorkers: 1,
  testTimeout: 180000,
  slowTestThreshold: 60,
};
