import { TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import {
  amountsMovedToNewDetail,
  checkDetailRowRequest,
  detailBlockOf,
  detailRowTotals,
  leafSumFormula,
  nextDetailCode,
  readCodeColumn,
} from '../../templates/detailRows';
import { shiftRowRefs } from '../../templates/formulas';
import { toExcelInput } from './planOps';
import type { SheetSnapshot } from '../../model/snapshot';

export interface DetailRowEdit {
  /** 0-based row where a whole new row is inserted (rows from here shift down). */
  insertRow: number;
  code: string;
  /** The new row's cells from its first to last written column (after the insert). */
  newRow: { left: number; formulas: Array<string | number | boolean> };
  /** Leaf cells rewritten to sums of the detail rows (row index after the insert). */
  leafCells: Array<{ row: number; col: number; formula: string }>;
}

/**
 * Where and what to write to add a detail row under `leafCode` of Kế hoạch vốn (pure: the
 * host reads the sheet, this decides, the host writes). The first detail row takes over
 * the leaf's typed amounts so no money is lost; the leaf becomes the sum of its details.
 */
export function planDetailRow(sheet: SheetSnapshot, leafCode: string, name: string): DetailRowEdit {
  name = checkDetailRowRequest(leafCode, name);
  const codes = readCodeColumn(sheet);
  const { keyRow, codeAt } = codes;
  const { leafRow, lastRow: last } = detailBlockOf(sheet, codes, leafCode);
  const hadDetails = last > leafRow;
  // Numbered after every code on the sheet, so a detail moved elsewhere is never duplicated.
  const allCodes = sheet.rows.map((_, r) => (r > keyRow.row ? codeAt(r) : ''));
  const code = nextDetailCode(leafCode, allCodes);
  const insertRow = last + 1;

  const col = (key: string) => keyRow.columns.get(key);
  const cells = new Map<number, string | number | boolean>();
  const set = (key: string, value: string | number | boolean) => {
    const c = col(key);
    if (c !== undefined) cells.set(c, value);
  };
  set('STT', "'-");
  set('MA', code);
  set('NOI_DUNG', name);
  for (const total of detailRowTotals(insertRow, (key) => col(key))) cells.set(total.col, `=${total.formula}`);
  const moved = new Set<SourceKey>(amountsMovedToNewDetail(hadDetails));
  const leafCells: DetailRowEdit['leafCells'] = [];
  for (const key of TYPED_SOURCE_KEYS) {
    const c = col(key);
    if (c === undefined) continue;
    const leafCell = sheet.rows[leafRow]?.[c];
    const typed =
      leafCell && !leafCell.f && leafCell.t !== 'z' && leafCell.t !== 'e' && leafCell.v !== '' ? leafCell.v : null;
    if (moved.has(key)) {
      // Text stays text (an apostrophe keeps "1,5" or "=x" from being re-parsed on write).
      // A formula was read before the insert: its references move with the rows, as Excel's would.
      const value = leafCell?.f
        ? shiftRowRefs(leafCell.f, insertRow)
        : typed === null
          ? null
          : toExcelInput({ row: 0, col: 0, value: typed });
      if (value !== null && value !== undefined) cells.set(c, value);
    } else if (typed !== null) {
      // An amount typed over the leaf's sum stays: validation reports it (HARDCODED_TOTAL).
      continue;
    }
    leafCells.push({ row: leafRow, col: c, formula: `=${leafSumFormula(c, leafRow + 1, insertRow)}` });
  }
  const used = [...cells.keys()];
  const left = Math.min(...used);
  const right = Math.max(...used);
  const formulas: Array<string | number | boolean> = [];
  for (let c = left; c <= right; c++) formulas.push(cells.get(c) ?? '');
  return { insertRow, code, newRow: { left, formulas }, leafCells };
}
