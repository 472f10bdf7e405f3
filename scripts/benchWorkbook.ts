/**
 * Province-size bench workbooks of any number of plan lines, built from the real template
 * plans (detail rows under the leaves of the ten projects, every eligible typed source
 * filled, Giao vốn filled to match, indicator targets set) and written with the package
 * writer — streaming, so 200,000 lines fit in memory. Formulas carry no cached results:
 * mtqg evaluates them (the template's sums directly).
 */
import { promises as fs } from 'fs';
import { catalog } from '../src/domain/catalog';
import { findKeyRowInGrid } from '../src/domain/keyRow';
import { TYPED_SOURCE_KEYS, type SourceKey } from '../src/domain/sources';
import { KEY_ROW_SCAN_LIMIT, SHEET_NAMES } from '../src/domain/workbookLayout';
import { ZipPackage } from '../src/host/xlsx/fastReader';
import { addSheetsToPackage } from '../src/host/xlsx/packageWriter';
import { minimalPackage } from '../src/host/xlsx/testing/packageBuilder';
import type { CellPlan, SheetPlan } from '../src/model/sheetPlan';
import { buildTemplatePlans } from '../src/templates';

/** Deterministic amounts (triệu đồng, 3 decimals). */
function amount(i: number, k: number): number {
  return Math.round(((i * 7919 + k * 104729) % 50_000) + 100) / 1000 + ((i + k) % 900);
}

function eligible(leaf: string, key: SourceKey): boolean {
  const capital = catalog.sourceByKey.get(key)!.capitalType;
  return !capital || catalog.eligibilityByCode.get(leaf)![capital] === 'allowed';
}

/** Key row and, per row, the code in column MA and the cells by column. */
function index(plan: SheetPlan) {
  const grid: unknown[][] = [];
  for (const c of plan.cells) if (c.row < KEY_ROW_SCAN_LIMIT) (grid[c.row] ??= [])[c.col] = c.value ?? null;
  const keys = findKeyRowInGrid(grid, ['MA'])!;
  const ma = keys.columns.get('MA')!;
  const cells = new Map<number, Map<number, CellPlan>>();
  const codes = new Map<number, string>();
  for (const c of plan.cells) {
    if (c.row <= keys.row) continue;
    let row = cells.get(c.row);
    if (!row) cells.set(c.row, (row = new Map<number, CellPlan>()));
    row.set(c.col, c);
    if (c.col === ma && typeof c.value === 'string') codes.set(c.row, c.value);
  }
  const set = (row: number, col: number, value: number) => {
    const cell = cells.get(row)?.get(col);
    if (cell) cell.value = value;
    else plan.cells.push({ row, col, value });
  };
  return { keys, codes, set };
}

export async function writeBenchWorkbook(lines: number, file: string): Promise<void> {
  const leaves = catalog.nodes.filter((n) => n.isLeaf).map((n) => n.code);
  // Codes given up front: the template's own numbering scans each leaf's list (fine for a
  // user's few rows, quadratic for 200,000).
  const perLeaf = new Map<string, number>();
  const details = Array.from({ length: lines }, (_, i) => {
    const leafCode = leaves[i % leaves.length];
    const k = (perLeaf.get(leafCode) ?? 0) + 1;
    perLeaf.set(leafCode, k);
    return { leafCode, code: `${leafCode}.${k}`, name: `Công trình số ${i + 1}` };
  });
  const plans = buildTemplatePlans({ year: 2024, level: 'tinh', unit: 'trieu', unitName: 'Tỉnh Bench' }, { details });
  const byName = (name: string) => plans.find((p) => p.name === name)!;

  const plan = index(byName(SHEET_NAMES.plan));
  const allocTotals = new Map<string, number>();
  let i = 0;
  for (const [row, code] of plan.codes) {
    const m = /^(.*)\.(\d+)$/.exec(code);
    if (!m || !catalog.byCode.has(m[1])) continue;
    i += 1;
    TYPED_SOURCE_KEYS.forEach((key, k) => {
      if (!eligible(m[1], key)) return;
      // Local budget at 10 % of the central budget keeps the counterpart above the minimum.
      const v = key.endsWith('_NSDP') ? Math.round(amount(i, k - 1) * 100) / 1000 : amount(i, k);
      plan.set(row, plan.keys.columns.get(key)!, v);
      for (const id of [`${m[1]}|${key}`, `TONG|${key}`]) allocTotals.set(id, (allocTotals.get(id) ?? 0) + v);
    });
  }
  const alloc = index(byName(SHEET_NAMES.allocation));
  for (const [row, code] of alloc.codes) {
    for (const key of TYPED_SOURCE_KEYS) {
      const v = allocTotals.get(`${code}|${key}`);
      if (v !== undefined) alloc.set(row, alloc.keys.columns.get(key)!, Math.round(v * 1000) / 1000);
    }
  }
  const ind = index(byName(SHEET_NAMES.indicators));
  for (const [row, code] of ind.codes) {
    if (catalog.indicatorFundingLinks.some((l) => l.indicators.includes(code)))
      ind.set(row, ind.keys.columns.get('KE_HOACH')!, 25);
  }

  const base = new ZipPackage(minimalPackage({ sheets: [] }));
  const chunks = addSheetsToPackage(base, { sheets: [] }, plans);
  const handle = await fs.open(file, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}
