import type { CellPlan, CellValue, SheetPlan } from '../model/sheetPlan';

/**
 * Read helpers over a SheetPlan: a cell lookup and a rectangular grid of values with
 * formulas as '=…' text (the shape HyperFormula and previews take).
 */
export function planCellMap(plan: SheetPlan): Map<string, CellPlan> {
  return new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
}

export function planCell(plan: SheetPlan, row: number, col: number): CellPlan | undefined {
  return plan.cells.find((c) => c.row === row && c.col === col);
}

export function planToGrid(plan: SheetPlan): CellValue[][] {
  const rows = Math.max(0, ...plan.cells.map((c) => c.row + 1));
  const cols = Math.max(0, ...plan.cells.map((c) => c.col + 1));
  const grid: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  for (const c of plan.cells) grid[c.row][c.col] = c.formula ? `=${c.formula}` : (c.value ?? null);
  return grid;
}

/** 0-based row holding `code` in the given column, or -1. */
export function rowOfCode(plan: SheetPlan, codeCol: number, code: string): number {
  return plan.cells.find((c) => c.col === codeCol && c.value === code)?.row ?? -1;
}
