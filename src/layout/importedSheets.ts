import { findKeyRowInGrid } from '../domain/keyRow';
import { a1 } from '../model/a1';
import type { SheetPlan } from '../model/sheetPlan';
import { cellAt, type CellSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import type { ImportedNote } from './importedPlans';
import { colIndex } from './layoutModel';
import type { LayoutMapping } from './mapping';

/**
 * `mtqg import` beyond her money: her indicator targets onto the template's "Chỉ tiêu". A number
 * stays a number; text is copied as she typed it, so the template's checks say what is wrong.
 * (Her disbursed figures are not imported: the template's Giải ngân takes them at its lowest
 * lines, where KH looks up the plan, and hers are often given at project level.)
 */

/** A template sheet plan by its key row: rows by code, columns by key, cells to write. */
export function keyedGrid(plan: SheetPlan) {
  const grid: unknown[][] = [];
  for (const c of plan.cells) (grid[c.row] ??= [])[c.col] = c.value;
  const keys = findKeyRowInGrid(grid, ['MA']);
  const maCol = keys?.columns.get('MA');
  if (!keys || maCol === undefined) return null;
  const rowOf = new Map<string, number>();
  for (let r = keys.row + 1; r < grid.length; r++) {
    const code = grid[r]?.[maCol];
    if (typeof code === 'string' && code.trim() && !rowOf.has(code.trim())) rowOf.set(code.trim(), r);
  }
  const byPosition = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  return {
    rowOf,
    colOf: (key: string) => keys.columns.get(key),
    /** Writes a value over whatever the template had there (a parent's formula included). */
    put(row: number, col: number, value: number | string) {
      const cell = byPosition.get(`${row}:${col}`);
      if (cell) {
        cell.value = value;
        delete cell.formula;
      } else plan.cells.push({ row, col, value });
    },
  };
}

function typedValue(cell: CellSnapshot): number | string | null {
  if (cell.t === 'n') return Number(cell.v);
  const text = cell.v === null ? '' : String(cell.v).trim();
  return text ? text : null;
}

/** Her targets (and notes, owners) on the template's "Chỉ tiêu", by the indicator each row is. */
export function importIndicators(
  plan: SheetPlan,
  snapshot: WorkbookSnapshot,
  layout: LayoutMapping,
  notes: ImportedNote[],
): number {
  const table = layout.indicators;
  const sheet = table && snapshot.sheets.find((s) => s.name === table.sheet);
  const grid = keyedGrid(plan);
  if (!table || !sheet || !grid) return 0;
  let written = 0;
  for (const r of table.rows) {
    const row = r.code ? grid.rowOf.get(r.code) : undefined;
    if (row === undefined) continue;
    for (const key of ['KE_HOACH', 'DON_VI_CHU_TRI', 'GHI_CHU'] as const) {
      const from = table.columns[key];
      const col = grid.colOf(key);
      const value = from ? typedValue(cellAt(sheet, r.row - 1, colIndex(from))) : null;
      if (!from || col === undefined || value === null) continue;
      grid.put(row, col, value);
      if (key !== 'KE_HOACH') continue;
      written += 1;
      notes.push({ sheetId: 'indicators', cell: a1(row, col), text: `Từ / from ${table.sheet}!${from}${r.row}` });
    }
  }
  return written;
}
