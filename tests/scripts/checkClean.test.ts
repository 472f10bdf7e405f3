import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** scripts/check-clean.sh in a throw-away git repository: setup must leave tracked files as they were. */
const SCRIPT = path.resolve(__dirname, '../../scripts/check-clean.sh');

function repo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-clean-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 't@example.invalid');
  git('config', 'user.name', 't');
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(SCRIPT, path.join(dir, 'scripts/check-clean.sh'));
  fs.writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  fs.writeFileSync(path.join(dir, 'README.md'), 'x\n');
  fs.writeFileSync(path.join(dir, '.gitignore'), 'test-output/\nbuild/\n');
  git('add', '-A');
  git('commit', '-qm', 'init');
  return dir;
}

const run = (dir: string, ...args: string[]) =>
  spawnSync('bash', ['scripts/check-clean.sh', ...args], { cwd: dir, encoding: 'utf8' });

describe('check-clean.sh (the clean-checkout stage of scripts/test.sh)', () => {
  it('fails and names the file when setup rewrote a tracked file', () => {
    const dir = repo();
    expect(run(dir, '--record').status).toBe(0);
    fs.appendFileSync(path.join(dir, 'package-lock.json'), '{"optional": "linux-x64"}\n');
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('package-lock.json');
    expect(r.stderr).not.toContain('README.md');
  });

  it('near miss: untracked build outputs and edits made before setup pass', () => {
    const dir = repo();
    fs.appendFileSync(path.join(dir, 'README.md'), 'work in progress\n');
    expect(run(dir, '--record').status).toBe(0);
    fs.mkdirSync(path.join(dir, 'build'));
    fs.writeFileSync(path.join(dir, 'build/main.js'), '');
    fs.writeFileSync(path.join(dir, 'new-untracked.txt'), '');
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('without a record (a fresh clone) any change to a tracked file fails', () => {
    const dir = repo();
    fs.appendFileSync(path.join(dir, 'README.md'), 'y\n');
    expect(run(dir).status).toBe(1);
  });
});
