// A big workbook reruns the command in a process whose heap is sized for it (bin/heapSize.js):
// the same report and exit code, with --initial-heap-size; small files and callers' own node
// flags run as before.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { heapSizedArgs, inputBytes } = require('../../bin/heapSize') as {
  heapSizedArgs: (argv: string[], execArgv: string[], env: NodeJS.ProcessEnv) => string[] | null;
  inputBytes: (args: string[]) => number;
};

const ROOT = path.resolve(__dirname, '../..');
const MB = 1024 * 1024;
let dir: string;
let big: string;
let small: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-heap-'));
  // Sparse files: their size is what counts, not their bytes.
  big = path.join(dir, 'tinh.xlsx');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 40 * MB);
  small = path.join(dir, 'xa.xlsx');
  fs.writeFileSync(small, '');
  fs.truncateSync(small, 2 * MB);
  fs.mkdirSync(path.join(dir, 'folder.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inputBytes: the workbooks a command reads', () => {
  it('counts inputs, not outputs, folders, missing files or other files', () => {
    expect(inputBytes(['validate', big])).toBe(40 * MB);
    expect(inputBytes(['appendix', small, '--out', big, '--force'])).toBe(2 * MB);
    expect(inputBytes(['validate', small, '--annotate', big, `--out=${big}`])).toBe(2 * MB);
    expect(inputBytes(['consolidate', path.join(dir, 'folder.xlsx'), path.join(dir, 'none.xlsx'), '--out', big])).toBe(
      0,
    );
    expect(inputBytes(['consolidate', small, small, '--allocation', big])).toBe(44 * MB);
  });
});

describe('heapSizedArgs: when to rerun with a sized heap', () => {
  const argv = (...args: string[]) => ['node', 'bin/mtqg.js', ...args];

  it('a big workbook: rerun with a heap of 24 × its size, the same arguments after', () => {
    expect(heapSizedArgs(argv('validate', big), [], {})).toEqual([
      `--initial-heap-size=${Math.round(Math.min(40 * 24, os.totalmem() / 2 / MB, 2048))}`,
      'bin/mtqg.js',
      'validate',
      big,
    ]);
  });

  it('near misses: a small workbook, an already sized process, node flags of the caller', () => {
    expect(heapSizedArgs(argv('validate', small), [], {})).toBeNull();
    expect(heapSizedArgs(argv('validate', big), [], { MTQG_HEAP_SIZED: '1' })).toBeNull();
    expect(heapSizedArgs(argv('validate', big), ['--max-old-space-size=48'], {})).toBeNull();
    expect(heapSizedArgs(argv('--help'), [], {})).toBeNull();
  });
});

it('the rerun gives the same report and exit code, in a process started with the sized heap', () => {
  const out = path.join(dir, 'demo');
  expect(spawnSync(process.execPath, ['bin/mtqg.js', 'demo', '--out', out], { cwd: ROOT }).status).toBe(0);
  // Preloaded through NODE_OPTIONS (not the command line, which would count as the caller's flags):
  // each process says which node flags it was started with.
  const probe = path.join(dir, 'probe.js');
  fs.writeFileSync(probe, "process.stderr.write('FLAGS ' + JSON.stringify(process.execArgv) + '\\n');\n");
  const validate = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['bin/mtqg.js', 'validate', path.join(out, 'mau-co-loi.xlsx'), '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, ...env },
    });
  const asBefore = validate({});
  const sized = validate({ MTQG_HEAP_SIZE_FROM: '1' });
  const flags = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('FLAGS '));
  expect(flags(asBefore.stderr)).toEqual(['FLAGS []']);
  expect(flags(sized.stderr)).toHaveLength(2);
  expect(flags(sized.stderr)[1]).toMatch(/^FLAGS \["--initial-heap-size=\d+"\]$/);
  expect(sized.status).toBe(1);
  expect(sized.status).toBe(asBefore.status);
  expect(sized.stdout).toBe(asBefore.stdout);
});

it('a rerun stopped by a signal is one line and exit 2, not a silent exit', () => {
  // The sized process kills itself as the system's out-of-memory killer would.
  const probe = path.join(dir, 'killed.js');
  fs.writeFileSync(probe, "if (process.env.MTQG_HEAP_SIZED) process.kill(process.pid, 'SIGKILL');\n");
  const r = spawnSync(process.execPath, ['bin/mtqg.js', 'validate', small], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, MTQG_HEAP_SIZE_FROM: '1' },
  });
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe('mtqg: lệnh bị dừng (SIGKILL) / the command was stopped (SIGKILL)');
});
