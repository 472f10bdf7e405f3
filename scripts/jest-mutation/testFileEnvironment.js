/**
 * jest-environment-node that, in Stryker's dry run only (its `__stryker__` context present, no mutant active),
 * adds "full test name → test file" to the sandbox's test-file map (see testFileMap.js). Outside Stryker it is
 * the plain node environment.
 */
const fs = require('node:fs');
const { TestEnvironment } = require('jest-environment-node');
const { fullName, mapFile } = require('./testFileMap');

class TestFileEnvironment extends TestEnvironment {
  #testPath;
  #rootDir;
  #names = [];

  constructor(config, context) {
    super(config, context);
    this.#testPath = context.testPath;
    this.#rootDir = config.projectConfig.rootDir;
  }

  async handleTestEvent(event) {
    if (event.name === 'test_start') this.#names.push(fullName(event.test));
  }

  async teardown() {
    const inDryRun = this.global.__stryker__ !== undefined && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined;
    if (inDryRun && this.#names.length > 0) {
      const file = mapFile(this.#rootDir);
      const map = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
      for (const name of this.#names) map[name] = [...new Set([...(map[name] ?? []), this.#testPath])];
      fs.writeFileSync(file, JSON.stringify(map));
    }
    await super.teardown();
  }
}

module.exports = TestFileEnvironment;
