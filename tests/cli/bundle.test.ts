// `mtqg` runs the one-file bundle (build/bundle/mtqg.js, `npm run build:cli`) with its V8 code cache,
// and the bundle behaves as the CLI: version, help, findings and exit codes, heavy libraries left unloaded.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'build/bundle/mtqg.js');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-bundle-test-'));
  // Preloaded into the CLI's process: prints every file Node's require loaded, once it exits.
  fs.writeFileSync(
    path.join(dir, 'loaded.js'),
    "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n",
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function mtqg(...args: string[]) {
  const r = spawnSync(process.execPath, ['-r', path.join(dir, 'loaded.js'), 'bin/mtqg.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  const loaded = line ? (JSON.parse(line.slice('LOADED '.length)) as string[]) : [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^LOADED .*\n?/m, ''), loaded };
}

it('is built, with its code cache beside it', () => {
  expect(fs.existsSync(BUNDLE)).toBe(true); // built by `npm install` / setup.sh (npm run build:cli)
  expect(fs.existsSync(`${BUNDLE}.codecache`)).toBe(true);
});

it('prints the version of package.json and the help, exit 0', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const version = mtqg('--version');
  expect(version.status).toBe(0);
  expect(version.stdout.trim()).toBe(pkg.version);
  const help = mtqg('--help');
  expect(help.status).toBe(0);
  for (const name of ['template', 'validate', 'appendix', 'demo', 'map', 'import', 'consolidate']) {
    expect(help.stdout).toContain(`  ${name} `);
  }
  expect(help.stdout).toContain('Exit codes: 0 ok');
});

it('validates from the bundle alone: findings and exit 1, no compiled build/cli, ExcelJS or HyperFormula', () => {
  const out = path.join(dir, 'demo');
  expect(mtqg('demo', '--out', out).status).toBe(0);
  const r = mtqg('validate', path.join(out, 'mau-co-loi.xlsx'), '--format', 'json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as { summary: { error: number }; findings: { code: string }[] };
  expect(report.summary.error).toBe(7);
  expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['SUM_MISMATCH', 'HARDCODED_TOTAL']));
  // Only the entry and its loader come from files; everything else is inside the bundle.
  const files = r.loaded.map((f) => path.relative(ROOT, f));
  expect(files).toEqual(expect.arrayContaining([path.join('bin', 'mtqg.js'), path.join('bin', 'bundleLoader.js')]));
  expect(files.filter((f) => /build[\\/]cli|node_modules/.test(f))).toEqual([]);
});

it('unusable input is one line on stderr and exit 2', () => {
  const r = mtqg('validate', path.join(dir, 'khong-co.xlsx'));
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toMatch(/^mtqg: Không tìm thấy tệp \/ file not found: .*khong-co\.xlsx$/);
});

it('uses its code cache, and ignores a cache made for another build of the bundle', () => {
  const probe = (file: string) =>
    spawnSync(
      process.execPath,
      [
        '-e',
        `const { loadBundle } = require('./bin/bundleLoader');
         const { exports, script } = loadBundle(${JSON.stringify(file)});
         console.log(typeof exports.run, String(script.cachedDataRejected));`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ).stdout.trim();
  expect(probe(BUNDLE)).toBe('function false'); // cache given and accepted by V8
  // A copy has another modification time than the cache's stamp: loaded without the cache.
  const copy = path.join(dir, 'copy', 'mtqg.js');
  fs.mkdirSync(path.dirname(copy));
  fs.copyFileSync(`${BUNDLE}.codecache`, `${copy}.codecache`);
  fs.copyFileSync(BUNDLE, copy);
  expect(probe(copy)).toBe('function undefined');
});

it('says how to build it when the bundle is missing, exit 2', () => {
  const bin = path.join(dir, 'unbuilt', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  for (const f of ['mtqg.js', 'bundleLoader.js', 'heapSize.js'])
    fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(bin, f));
  const r = spawnSync(process.execPath, [path.join(bin, 'mtqg.js'), '--help'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('mtqg: CLI is not built yet; run `npm run build:cli`');
});
