import { run, EXIT } from './main';

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = '';
  stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
});
afterEach(() => jest.restoreAllMocks());

const mtqg = (...args: string[]) => run(['node', 'mtqg', ...args]);

describe('mtqg exit codes for usage (documented: 2 unusable input or usage)', () => {
  it.each([
    ['a missing argument', ['validate']],
    ['an unknown option', ['validate', 'x.xlsx', '--no-such-flag']],
    ['an unknown command', ['validat', 'x.xlsx']],
    ['an option without its value', ['validate', 'x.xlsx', '--format']],
  ])('exits 2 on %s, with commander’s message on stderr', async (_what, args) => {
    expect(EXIT.unusable).toBe(2);
    await expect(mtqg(...args)).resolves.toBe(2);
    expect(stderr).toMatch(/error:/);
  });

  it('exits 0 on --help and --version (commander ends these with its own exit code 0)', async () => {
    await expect(mtqg('--help')).resolves.toBe(0);
    expect(stdout).toContain('Exit codes: 0 ok · 1 findings at/above --fail-on · 2 unusable input');
    stdout = '';
    await expect(mtqg('--version')).resolves.toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
