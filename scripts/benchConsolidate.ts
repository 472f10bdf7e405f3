/**
 * Benchmark of `mtqg consolidate` (run: npm run bench:consolidate [-- COUNT]): writes COUNT
 * (default 200) commune workbooks into bench-output/consolidate/xa/ — the template's ~40
 * lines, 16 funded leaves and three detail rows each, every fifth in đồng — builds the CLI,
 * then runs the whole consolidation as ONE process (`node bin/mtqg.js consolidate …`) and
 * prints its wall time, ms per file and peak RSS. Target: < 20 s for 200. Prints, never asserts.
 */
import { spawn, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { unitPlans, unitWorkbookBuffer } from '../src/consolidation/testing/unitWorkbooks';

const COUNT = Number(process.argv[2] ?? 200);
const TARGET_MS = 20_000;
const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'bench-output', 'consolidate');

/** Runs the built CLI in a child process; the child reports its own peak RSS on exit. */
function runCli(args: string[]): Promise<{ code: number | null; ms: number; maxRssMb: number; stderr: string }> {
  const script =
    `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));` +
    `require(${JSON.stringify(path.join(ROOT, 'build', 'cli', 'main.js'))}).run(['node','mtqg',...${JSON.stringify(args)}])` +
    `.then((c) => { process.exitCode = c; });`;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const kb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 0);
      resolve({ code, ms, maxRssMb: kb / 1024, stderr: stderr.replace(/\nMAXRSS \d+\n/, '') });
    });
  });
}

async function main(): Promise<void> {
  const inDir = path.join(OUT_DIR, 'xa');
  await fs.rm(OUT_DIR, { recursive: true, force: true });
  await fs.mkdir(inDir, { recursive: true });
  const t0 = performance.now();
  for (let i = 1; i <= COUNT; i++) {
    const plans = unitPlans({ name: `Xã ${i}`, scale: (i % 4) + 1, unit: i % 5 === 0 ? 'dong' : 'trieu' });
    await fs.writeFile(path.join(inDir, `xa-${String(i).padStart(3, '0')}.xlsx`), await unitWorkbookBuffer(plans));
  }
  console.log(`${COUNT} commune workbooks written in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${inDir}`);

  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');

  const out = path.join(OUT_DIR, 'huyen-tong-hop.xlsx');
  const r = await runCli(['consolidate', inDir, '--out', out, '--name', 'Huyện Bench', '--force']);
  if (r.code !== 0) console.log(`exit ${r.code}: ${r.stderr.trim()}`);
  const perFile = r.ms / COUNT;
  console.log(
    `mtqg consolidate, ${COUNT} files, one process: ${(r.ms / 1000).toFixed(1)} s · ${perFile.toFixed(0)} ms/file · ` +
      `peak RSS ${r.maxRssMb.toFixed(0)} MB → ${out}`,
  );
  if (COUNT === 200) {
    console.log(`target < ${TARGET_MS / 1000} s for 200: ${r.ms < TARGET_MS ? 'met' : 'NOT met'}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
