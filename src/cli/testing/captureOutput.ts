import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../main';

/** What the CLI wrote during the current test; a test may reset a field between two runs. */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/**
 * Captures process.stdout / process.stderr for every test of the calling file (restored after
 * each), so CLI tests read what an officer would see on her terminal.
 */
export function captureCliOutput(): CapturedOutput {
  const io: CapturedOutput = { stdout: '', stderr: '' };
  beforeEach(() => {
    io.stdout = '';
    io.stderr = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      io.stdout += String(s);
      return true;
    });
    jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      io.stderr += String(s);
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());
  return io;
}

/** `mtqg ARGS…` in process; resolves to the exit code. */
export const mtqg = (...args: string[]): Promise<number> => run(['node', 'mtqg', ...args]);

/**
 * A CLI test's sandbox: a temporary folder for the files it writes (removed after the file's
 * tests), what the CLI printed, and `mtqg` that starts each run with an empty stdout.
 */
export function cliSandbox(prefix: string): { dir: () => string; io: CapturedOutput; mtqg: typeof mtqg } {
  let dir = '';
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));
  const io = captureCliOutput();
  return {
    dir: () => dir,
    io,
    mtqg: async (...args: string[]) => {
      io.stdout = '';
      return mtqg(...args);
    },
  };
}
