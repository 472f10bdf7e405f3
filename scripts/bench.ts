/**
 * Benchmark of `mtqg validate` on a province-size workbook (run: tsx scripts/bench.ts).
 * Builds the real template with 12,000 plan lines as detail rows under the leaves of the
 * ten projects (every eligible typed source filled, Giao vốn filled), writes it twice into
 * bench-output/ — with cached formula results as Excel saves them, and without (the
 * HyperFormula path) — and compares plain ExcelJS readFile time with the full validate
 * (load + snapshot + checks + report). Target: ratio ≤ 1.5. Prints, never asserts.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { catalog } from '../src/domain/catalog';
import { SHEET_NAMES } from '../src/domain/workbookLayout';
import { TYPED_SOURCE_KEYS, type SourceKey } from '../src/domain/sources';
import { buildTemplatePlans } from '../src/templates';
import { addPlanSheet } from '../src/host/xlsx/applyPlan';
import { findKeyRow } from '../src/host/xlsx/sheetScan';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from '../src/host/xlsx/readSnapshot';
import { validateSnapshot } from '../src/validation';
import { runValidate } from '../src/cli/validateCommand';

const DETAIL_ROWS = 12_000;
const RUNS = 3;
const TARGET_RATIO = 1.5;
const TARGET_SYNCS = 3;
const OUT_DIR = path.resolve(__dirname, '..', 'bench-output');

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Deterministic amounts (triệu đồng, 3 decimals). */
function amount(i: number, k: number): number {
  return Math.round(((i * 7919 + k * 104729) % 50_000) + 100) / 1000 + ((i + k) % 900);
}

function eligible(leaf: string, key: SourceKey): boolean {
  const capital = catalog.sourceByKey.get(key)!.capitalType;
  return !capital || catalog.eligibilityByCode.get(leaf)![capital] === 'allowed';
}

async function buildBenchWorkbooks(): Promise<{ cached: string; uncached: string }> {
  const leaves = catalog.nodes.filter((n) => n.isLeaf).map((n) => n.code);
  const details = Array.from({ length: DETAIL_ROWS }, (_, i) => ({
    leafCode: leaves[i % leaves.length],
    name: `Công trình số ${i + 1}`,
  }));
  const wb = new ExcelJS.Workbook();
  for (const plan of buildTemplatePlans(
    { year: 2024, level: 'tinh', unit: 'trieu', unitName: 'Tỉnh Bench' },
    { details },
  ))
    addPlanSheet(wb, plan);

  const plan = wb.getWorksheet(SHEET_NAMES.plan)!;
  const planKeys = findKeyRow(plan, 'MA')!;
  const maCol = planKeys.columns.get('MA')!;
  const allocTotals = new Map<string, number>();
  let i = 0;
  for (let r = planKeys.row + 1; r <= plan.rowCount; r++) {
    const code = String(plan.getRow(r).getCell(maCol).value ?? '');
    const m = /^(.*)\.(\d+)$/.exec(code);
    if (!m || !catalog.byCode.has(m[1])) continue;
    i += 1;
    TYPED_SOURCE_KEYS.forEach((key, k) => {
      if (!eligible(m[1], key)) return;
      // Local budget at 10 % of the central budget keeps the counterpart above the minimum.
      const v = key.endsWith('_NSDP') ? Math.round(amount(i, k - 1) * 100) / 1000 : amount(i, k);
      plan.getRow(r).getCell(planKeys.columns.get(key)!).value = v;
      for (const id of [`${m[1]}|${key}`, `TONG|${key}`]) allocTotals.set(id, (allocTotals.get(id) ?? 0) + v);
    });
  }
  const alloc = wb.getWorksheet(SHEET_NAMES.allocation)!;
  const allocKeys = findKeyRow(alloc, 'MA')!;
  for (let r = allocKeys.row + 1; r <= alloc.rowCount; r++) {
    const code = String(alloc.getRow(r).getCell(allocKeys.columns.get('MA')!).value ?? '');
    for (const key of TYPED_SOURCE_KEYS) {
      const v = allocTotals.get(`${code}|${key}`);
      if (v !== undefined) alloc.getRow(r).getCell(allocKeys.columns.get(key)!).value = Math.round(v * 1000) / 1000;
    }
  }

  // Targets on every indicator tied to funding, so the plan reads as a real one.
  const ind = wb.getWorksheet(SHEET_NAMES.indicators)!;
  const indKeys = findKeyRow(ind, 'MA')!;
  for (let r = indKeys.row + 1; r <= ind.rowCount; r++) {
    const code = String(ind.getRow(r).getCell(indKeys.columns.get('MA')!).value ?? '');
    if (catalog.indicatorFundingLinks.some((l) => l.indicators.includes(code)))
      ind.getRow(r).getCell(indKeys.columns.get('KE_HOACH')!).value = 25;
  }

  await fs.mkdir(OUT_DIR, { recursive: true });
  const uncached = path.join(OUT_DIR, 'province-12000-no-cached-results.xlsx');
  await wb.xlsx.writeFile(uncached);

  // Cache every formula's result in the file, as Excel does when it saves.
  const snapshot = readWorkbookSnapshot(wb);
  for (const sheet of snapshot.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    sheet.rows.forEach((cells, r) =>
      cells.forEach((c, col) => {
        if (!c.f) return;
        const cell = ws.getRow(r + 1).getCell(col + 1);
        const result = c.t === 'e' ? { error: c.v } : c.t === 'z' ? '' : c.v;
        cell.value = { formula: c.f.slice(1), result } as ExcelJS.CellValue;
      }),
    );
  }
  const cached = path.join(OUT_DIR, 'province-12000-cached-results.xlsx');
  await wb.xlsx.writeFile(cached);
  return { cached, uncached };
}

const devNull = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

async function measure(label: string, file: string): Promise<void> {
  const plain: number[] = [];
  const full: number[] = [];
  const parts = { load: [] as number[], snapshot: [] as number[], checks: [] as number[] };
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    plain.push(await time(() => new ExcelJS.Workbook().xlsx.readFile(file)));
    full.push(
      await time(async () => {
        findings = (await runValidate(file, { format: 'text' }, devNull())).findings.length;
      }),
    );
    let wb!: ExcelJS.Workbook;
    let snap!: ReturnType<typeof readWorkbookSnapshot>;
    parts.load.push(
      await time(async () => {
        wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer, SNAPSHOT_LOAD_OPTIONS);
      }),
    );
    parts.snapshot.push(
      await time(async () => {
        snap = readWorkbookSnapshot(wb);
      }),
    );
    parts.checks.push(
      await time(async () => {
        validateSnapshot(snap);
      }),
    );
  }
  const ratio = median(full) / median(plain);
  const size = (await fs.stat(file)).size;
  console.log(`\n${label}  (${path.basename(file)}, ${(size / 1e6).toFixed(1)} MB, ${findings} findings)`);
  console.log(`  ExcelJS readFile (median of ${RUNS}):  ${median(plain).toFixed(0)} ms`);
  console.log(
    `  mtqg validate    (median of ${RUNS}):  ${median(full).toFixed(0)} ms   [load ${median(parts.load).toFixed(0)} · snapshot ${median(parts.snapshot).toFixed(0)} · checks ${median(parts.checks).toFixed(0)} ms]`,
  );
  console.log(
    `  ratio validate / readFile: ${ratio.toFixed(2)}  (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
  );
}

async function officeSyncs(): Promise<void> {
  let measureOfficeSyncs: ((rows: number) => Promise<{ syncs: number }>) | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    measureOfficeSyncs = (require('./benchOfficeSyncs') as typeof import('./benchOfficeSyncs')).measureOfficeSyncs;
  } catch {
    measureOfficeSyncs = undefined;
  }
  if (!measureOfficeSyncs) {
    console.log(`\nOffice.js syncs per validation: not available (scripts/benchOfficeSyncs.ts missing)`);
    return;
  }
  const { syncs } = await measureOfficeSyncs(DETAIL_ROWS);
  console.log(
    `\nOffice.js syncs per validation (${DETAIL_ROWS} rows): ${syncs}  (target ≤ ${TARGET_SYNCS}: ${syncs <= TARGET_SYNCS ? 'met' : 'NOT met'})`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Building a province-size workbook: ${DETAIL_ROWS} detail rows under ${catalog.nodes.filter((n) => n.isLeaf).length} leaves…`,
  );
  const t0 = performance.now();
  const { cached, uncached } = await buildBenchWorkbooks();
  console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${OUT_DIR}`);
  await measure('With cached formula results (as Excel saves)', cached);
  await measure(
    'Without cached results (formulas evaluated by mtqg: template sums directly, others with HyperFormula)',
    uncached,
  );
  await officeSyncs();
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
