// The CLI is often piped into `head`/`less`; a closed pipe must end it quietly, not with a stack trace.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

describe('mtqg piped into head', () => {
  it('exits without an EPIPE stack trace when the reader closes early', () => {
    expect(fs.existsSync(path.join(ROOT, 'build/bundle/mtqg.js'))).toBe(true); // built by `npm install` / setup.sh
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-pipe-'));
    try {
      const r = spawnSync('bash', ['-c', `node bin/mtqg.js demo --out "${out}" | head -n 1; exit \${PIPESTATUS[0]}`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
