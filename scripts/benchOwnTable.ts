/**
 * Benchmark of `mtqg validate` on an officer's own table (run: npm run bench:own [-- WORKS]):
 * writes bench-output/own-WORKS.xlsx — her layout, not our template: a title, the unit line,
 * STT / Nội dung / Tổng cộng / NSTW / NSĐP, the ĐTPT and SN sections, Dự án 1 with WORKS rows of
 * works under it (default 150,000, the shape of src/layout/longTable.test.ts) — builds the CLI,
 * then runs `mtqg validate` on it three times as whole processes and prints the median wall
 * time, CPU time and peak RSS (GNU time). No target in the issues; prints, never asserts.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';
import { gridXlsx } from '../tests/fixtures/ownLayout/writeXlsx';
import { DA1_NAME } from '../tests/fixtures/ownLayout/sections';
import { completed, measure, median } from './benchRun';

const WORKS = Number(process.argv[2] ?? 150_000);
const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'bench-output');
const MTQG = path.join(ROOT, 'bin', 'mtqg.js');

/** Her plan: every figure typed, totals stated, in triệu đồng. */
function ownPlan(works: number): Array<Array<string | number | null>> {
  const rows = Array.from({ length: works }, (_, i) => ['-', `Công trình nước sinh hoạt thôn ${i + 1}`, 10, 8, 2]);
  const da1 = [works * 10, works * 8, works * 2];
  return [
    ['KẾ HOẠCH VỐN NĂM 2024 CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KT-XH VÙNG ĐỒNG BÀO DTTS&MN'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Tổng cộng', 'Ngân sách trung ương', 'Ngân sách địa phương'],
    [null, 'TỔNG CỘNG', da1[0] + 2500, da1[1] + 2320, da1[2] + 180],
    ['A', 'VỐN ĐẦU TƯ PHÁT TRIỂN', da1[0] + 1200, da1[1] + 1120, da1[2] + 80],
    ['1', DA1_NAME, ...da1],
    ...rows,
    ['2', 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1200, 1120, 80],
    ['B', 'VỐN SỰ NGHIỆP', 1300, 1200, 100],
    ['1', DA1_NAME, 300, 290, 10],
    ['2', 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững', 1000, 910, 90],
  ];
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `own-${WORKS}.xlsx`);
  if (!existsSync(file) || process.env.BENCH_REBUILD) {
    const t0 = Date.now();
    await gridXlsx(ownPlan(WORKS), { sheet: 'KH 2024' }).xlsx.writeFile(file);
    console.log(`built ${path.basename(file)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const build = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const runs = [1, 2, 3].map(() => measure('node', [MTQG, 'validate', file, '--format', 'json']));
  const mid = median(runs);
  console.log(
    `mtqg validate, her own table of ${WORKS.toLocaleString('en-US')} works: ` +
      (runs.every(completed)
        ? `${mid.seconds.toFixed(2)} s (cpu ${mid.cpu.toFixed(2)} s) · ${mid.mb.toFixed(0)} MB (median of 3; ` +
          `runs ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} s)`
        : `failed (exit ${runs.map((r) => r.code).join(', ')})`),
  );
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
