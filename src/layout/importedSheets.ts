import { a1 } from '../model/a1';
import type { SheetPlan } from '../model/sheetPlan';
import { cellAt, type CellSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import type { ImportedNote } from './importedPlans';
import { colIndex } from './layoutModel';
import type { LayoutMapping } from './mapping';
import { KeyedCells } from '../templates/keyedCells';

/**
 * `mtqg import` beyond her money: her indicator targets onto the template's "Chỉ tiêu". A number
 * stays a number; text is copied as she typed it, so the template's checks say what is wrong.
 * (Her disbursed figures: importedDisbursement.ts.)
 */

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
  if (!table || !sheet) return 0;
  const cells = new KeyedCells(plan);
  let written = 0;
  for (const r of table.rows) {
    if (!r.code) continue;
    for (const key of ['KE_HOACH', 'DON_VI_CHU_TRI', 'GHI_CHU'] as const) {
      const from = table.columns[key];
      const value = from ? typedValue(cellAt(sheet, r.row - 1, colIndex(from))) : null;
      const at = value === null ? undefined : cells.put(r.code, key, value);
      if (!at || key !== 'KE_HOACH') continue;
      written += 1;
      notes.push({ sheetId: 'indicators', cell: a1(at.row, at.col), text: `Từ / from ${table.sheet}!${from}${r.row}` });
    }
  }
  return written;
}
