import { SHEET_NAMES } from '../../domain/workbookLayout';
import { a1, a1Range } from '../../model/a1';
import type { SheetSnapshot } from '../../model/snapshot';
import { planDisbursementDetailRow, type DisbursementDetailEdit } from '../../templates/disbursementDetailRow';
import { toExcelInput } from './planOps';
import { readSheets, type ReadResult } from './readSnapshot';

/**
 * Reads the plan sheet and, in the same sync, "Giải ngân". A workbook without Giải ngân
 * (an older template) is read again with the plan sheet alone: one more sync there only.
 */
export async function readPlanWithDisbursement(
  context: Excel.RequestContext,
  planName: string,
): Promise<{ plan: SheetSnapshot; disbursement: SheetSnapshot | null }> {
  const disbName = SHEET_NAMES.disbursement;
  let read: ReadResult;
  try {
    read = await readSheets(context, [planName, disbName]);
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown } | null;
    if (!/ItemNotFound|InvalidReference/i.test(`${String(e?.code ?? '')} ${String(e?.message ?? '')}`)) throw error;
    read = await readSheets(context, [planName]);
  }
  return { plan: read.sheets[0], disbursement: read.sheets.find((s) => s.name === disbName) ?? null };
}

/** Decides the Giải ngân edit before anything is written (throws on a sheet it cannot place). */
export function planDisbursementEdit(
  sheet: SheetSnapshot | null,
  leafCode: string,
  code: string,
  name: string,
): DisbursementDetailEdit | null {
  return sheet ? planDisbursementDetailRow(sheet, leafCode, code, name) : null;
}

/** Queues the Giải ngân edit (no sync: it goes out with the plan sheet's write). */
export function queueDisbursementEdit(context: Excel.RequestContext, edit: DisbursementDetailEdit): void {
  const ws = context.workbook.worksheets.getItem(SHEET_NAMES.disbursement);
  ws.getRange(`${edit.insertRow + 1}:${edit.insertRow + 1}`).insert('Down');
  const cols = [...edit.cells.keys()];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const row: Array<string | number | boolean> = [];
  for (let c = left; c <= right; c++) {
    const cell = edit.cells.get(c);
    row.push(!cell ? '' : 'formula' in cell ? cell.formula : toExcelInput({ row: 0, col: 0, value: cell.value }));
  }
  ws.getRange(a1Range({ top: edit.insertRow, left, bottom: edit.insertRow, right })).formulas = [row];
  for (const c of edit.leafCells) ws.getRange(a1(c.row, c.col)).formulas = [[c.formula]];
}
