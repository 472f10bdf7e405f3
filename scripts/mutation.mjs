// Runs StrykerJS (npm run test:mutation) through its API with stryker.config.mjs.
//   node scripts/mutation.mjs                      all of src/validation and src/appendix
//   node scripts/mutation.mjs src/validation/judge.ts ...   only these files (a quicker, partial score)
//   --tests=<glob>                                 run only these tests (repeatable; default: jest.mutation.config.js)
//   --no-incremental                               forget the previous run's results
//   --sample=0.1 [--seed=1]                        a seeded random tenth of each file's 8-line windows (an estimate
//                                                  of the whole score in a tenth of the time; see mutationSample.mjs)
// Why not `stryker run`: StrykerJS 10's CLI refuses Node < 22 at start-up, while this project targets Node 20
// (package.json engines); the engine itself runs on Node 20, so its Stryker class is loaded without the CLI module
// (the package index imports the CLI, whose guard runs on import).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sampleRanges } from './mutationSample.mjs';

const coreDir = dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(pathToFileURL(join(coreDir, 'dist/src/stryker.js')).href);

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sample = option('sample');
const named = args.filter((a) => !a.startsWith('--'));
const files = sample ? sampleRanges(named, Number(sample), Number(option('seed') ?? 1)) : named;
const tests = args
  .filter((a) => a.startsWith('--tests='))
  .map((a) => a.slice('--tests='.length))
  .map((g) => (g.startsWith('!') ? g : `<rootDir>/${g}`));
const overrides = {
  ...(tests.length
    ? { jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', config: { testMatch: tests } } }
    : {}),
  ...(args.includes('--no-incremental') ? { incremental: false } : {}),
  ...(files.length ? { mutate: files } : {}),
};
const results = await new Stryker({ configFile: 'stryker.config.mjs', ...overrides }).runMutationTest();
const killed = results.filter((r) => r.status === 'Killed' || r.status === 'Timeout').length;
const valid = results.filter((r) => !['CompileError', 'RuntimeError', 'Ignored'].includes(r.status)).length;
const ignored = results.filter((r) => r.status === 'Ignored').length;
const score = valid === 0 ? 0 : (100 * killed) / valid;
console.log(`Mutation score: ${score.toFixed(2)} % (${killed} of ${valid} killed; ${ignored} static mutants ignored)`);
