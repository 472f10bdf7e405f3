import { a1 } from '../model/a1';
import type { SheetPlan } from '../model/sheetPlan';
import { cellAt, type CellSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import { fromNote, type ImportedNote } from './importedNote';
import { colIndex } from './layoutModel';
import type { LayoutMapping } from './mapping';
import { KeyedCells } from '../templates/keyedCells';
import { isDateFormat } from '../validation/dateCells';

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

/**
 * Her targets (and notes, owners) on the template's "Chỉ tiêu", by the indicator each row is. A row
 * with a target that matches no program indicator is not carried: said in `left`, at her target.
 */
export function importIndicators(
  plan: SheetPlan,
  snapshot: WorkbookSnapshot,
  layout: LayoutMapping,
  notes: ImportedNote[],
): { written: number; left: Array<{ cell: string; why: string }> } {
  const table = layout.indicators;
  const sheet = table && snapshot.sheets.find((s) => s.name === table.sheet);
  const left: Array<{ cell: string; why: string }> = [];
  if (!table || !sheet) return { written: 0, left };
  const cells = new KeyedCells(plan);
  let written = 0;
  for (const r of table.rows) {
    if (!r.code) {
      const target = table.columns.KE_HOACH;
      if (target && typedValue(cellAt(sheet, r.row - 1, colIndex(target))) !== null)
        left.push({
          cell: `${table.sheet}!${target}${r.row}`,
          why: `chỉ tiêu "${r.text}" chưa ghép được với chỉ tiêu nào của chương trình: chọn chỉ tiêu trong phần Ánh xạ rồi chuyển lại / the indicator matches no program indicator: choose one in the mapping review and convert again`,
        });
      continue;
    }
    for (const key of ['KE_HOACH', 'DON_VI_CHU_TRI', 'GHI_CHU'] as const) {
      const from = table.columns[key];
      const cell = from ? cellAt(sheet, r.row - 1, colIndex(from)) : null;
      // A date where the target belongs is no target of hers: not carried as its serial (validate's finding is said).
      const dated = key === 'KE_HOACH' && cell?.t === 'n' && isDateFormat(cell.nf);
      const value = cell && !dated ? typedValue(cell) : null;
      const at = value === null ? undefined : cells.put(r.code, key, value);
      if (!at || key !== 'KE_HOACH') continue;
      written += 1;
      notes.push(fromNote('indicators', a1(at.row, at.col), `${table.sheet}!${from}${r.row}`));
    }
  }
  return { written, left };
}
