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
