import { a1 } from '../../model/a1';
import type { CellPlan, CellStyle, DataValidationPlan, RangeRef, SheetPlan } from '../../model/sheetPlan';
import { cellsToRectangles, splitRows } from './rectangles';
import { COMMAND_OVERHEAD_BYTES, WRITE_BUDGET_BYTES, jsonSize, packBatches } from './payload';

/**
 * The pure half of writing plans into Excel: a sheet plan → plain write ops (rectangles of
 * cells, styles, merges, …) and those ops → batches under the payload budget. No Office.js
 * here, so tests inspect what would be sent; applyPlans.ts queues and syncs them.
 */

/** One queued write, as plain data (so payload can be estimated and tests can inspect it). */
export type WriteOp =
  | { kind: 'cells'; sheet: string; rect: RangeRef; formulas: Array<Array<string | number | boolean>> }
  | { kind: 'style'; sheet: string; rect: RangeRef; style: CellStyle }
  | { kind: 'merge'; sheet: string; rect: RangeRef }
  | { kind: 'column'; sheet: string; col: number; widthPoints?: number; hidden?: boolean }
  | { kind: 'row'; sheet: string; row: number; heightPoints?: number; hidden?: boolean }
  | { kind: 'validation'; sheet: string; validation: DataValidationPlan }
  | { kind: 'freeze'; sheet: string; rows: number; cols: number }
  | { kind: 'print'; sheet: string; print: NonNullable<SheetPlan['print']> }
  | { kind: 'tab'; sheet: string; color: string }
  | { kind: 'visibility'; sheet: string; visibility: 'hidden' | 'veryHidden' }
  | { kind: 'note'; sheet: string; cell: string; text: string };

/** Rows per written block, so one block never dominates a batch. */
const MAX_BLOCK_ROWS = 500;

/** Excel column width in characters → points (Calibri 11: ~7 px a character + 5 px padding; 1 px = 0.75 pt). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * What to send for a planned value: text that Excel would turn into a number, date or
 * formula gets the apostrophe prefix so it stays text (STT '1.1' must not become 1.1).
 */
export function toExcelInput(cell: CellPlan): string | number | boolean {
  if (cell.formula) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  const coerced =
    /^[=+\-@']/.test(v) ||
    (/^\s*[\d.,/:%\s()]+\s*$/.test(v) && /\d/.test(v)) || // "(1)" would become -1
    /^\s*(true|false)\s*$/i.test(v) ||
    /^\s*\d+(\.\d+)?e[+-]?\d+\s*$/i.test(v);
  return coerced ? `'${v}` : v;
}

/** What this Excel can write beyond ExcelApi 1.9's cells: print setup (1.9), cell notes (1.18). */
export interface WriteOptions {
  printSetup: boolean;
  notes?: boolean;
}

/** A sheet plan → the writes that reproduce it, grouped into rectangles. */
export function planToOps(plan: SheetPlan, options: WriteOptions): WriteOp[] {
  const sheet = plan.name;
  const ops: WriteOp[] = [];
  if (plan.tabColor) ops.push({ kind: 'tab', sheet, color: `#${plan.tabColor}` });
  if (plan.visibility) ops.push({ kind: 'visibility', sheet, visibility: plan.visibility });
  for (const c of plan.columns) {
    if (c.width === undefined && !c.hidden) continue;
    ops.push({
      kind: 'column',
      sheet,
      col: c.index,
      widthPoints: c.width === undefined ? undefined : charsToPoints(c.width),
      hidden: c.hidden || undefined,
    });
  }
  for (const r of plan.rows) {
    if (r.height === undefined && !r.hidden) continue;
    ops.push({ kind: 'row', sheet, row: r.index, heightPoints: r.height, hidden: r.hidden || undefined });
  }

  // Later plan entries for the same cell win, as in a cell-by-cell writer.
  const byCell = new Map<string, CellPlan>();
  for (const cell of plan.cells) byCell.set(`${cell.row},${cell.col}`, cell);
  const written = [...byCell.values()].filter((c) => c.formula !== undefined || c.value !== undefined);
  for (const rect of cellsToRectangles(written)) {
    for (const band of splitRows(rect, MAX_BLOCK_ROWS)) {
      const formulas: Array<Array<string | number | boolean>> = [];
      for (let r = band.top; r <= band.bottom; r++) {
        const row: Array<string | number | boolean> = [];
        for (let c = band.left; c <= band.right; c++) row.push(toExcelInput(byCell.get(`${r},${c}`)!));
        formulas.push(row);
      }
      ops.push({ kind: 'cells', sheet, rect: band, formulas });
    }
  }

  const byStyle = new Map<string, CellPlan[]>();
  for (const cell of byCell.values()) {
    if (!cell.style || !plan.styles[cell.style]) continue;
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell);
    byStyle.set(cell.style, list);
  }
  for (const [key, cells] of byStyle) {
    for (const rect of cellsToRectangles(cells)) {
      for (const band of splitRows(rect, MAX_BLOCK_ROWS))
        ops.push({ kind: 'style', sheet, rect: band, style: plan.styles[key] });
    }
  }
  if (options.notes)
    for (const n of plan.notes ?? []) ops.push({ kind: 'note', sheet, cell: a1(n.row, n.col), text: n.text });
  for (const rect of plan.merges) ops.push({ kind: 'merge', sheet, rect });
  for (const validation of plan.validations) ops.push({ kind: 'validation', sheet, validation });
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0))
    ops.push({ kind: 'freeze', sheet, rows: plan.freeze.rows, cols: plan.freeze.cols });
  if (plan.print && options.printSetup) ops.push({ kind: 'print', sheet, print: plan.print });
  return ops;
}

export function opSize(op: WriteOp): number {
  // numberFormat of a styled block repeats the format for each cell.
  const extra =
    op.kind === 'style' && op.style.numFmt
      ? (op.rect.bottom - op.rect.top + 1) * (op.rect.right - op.rect.left + 1) * (op.style.numFmt.length + 3)
      : 0;
  return jsonSize(op) + extra + COMMAND_OVERHEAD_BYTES;
}

/** Ops → batches, one `context.sync()` each, each under the write budget. */
export function batchOps(ops: WriteOp[], budget = WRITE_BUDGET_BYTES): WriteOp[][] {
  return packBatches(ops, opSize, budget);
}
