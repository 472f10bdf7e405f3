import { EXIT } from './main';
import { captureCliOutput, mtqg } from './testing/captureOutput';

describe('mtqg exit codes for usage (documented: 2 unusable input or usage)', () => {
  const io = captureCliOutput();
  it.each([
    ['a missing argument', ['validate']],
    ['an unknown option', ['validate', 'x.xlsx', '--no-such-flag']],
    ['an unknown command', ['validat', 'x.xlsx']],
    ['an option without its value', ['validate', 'x.xlsx', '--format']],
  ])('exits 2 on %s, with commander’s message on stderr', async (_what, args) => {
    expect(EXIT.unusable).toBe(2);
    await expect(mtqg(...args)).resolves.toBe(2);
    expect(io.stderr).toMatch(/error:/);
  });

  it('exits 0 on --help and --version (commander ends these with its own exit code 0)', async () => {
    await expect(mtqg('--help')).resolves.toBe(0);
    expect(io.stdout).toContain('Exit codes: 0 ok · 1 findings at/above --fail-on · 2 unusable input');
    io.stdout = '';
    await expect(mtqg('--version')).resolves.toBe(0);
    expect(io.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
