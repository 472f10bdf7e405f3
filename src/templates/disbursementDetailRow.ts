import type { DisbursementColumnKey } from '../domain/workbookLayout';
import type { SheetSnapshot } from '../model/snapshot';
import { DISB_AMOUNT_KEYS, DISB_RATES, PLAN_SOURCE_OF } from './disbursementColumns';
import { planLookup, rateFormula } from './disbursementSheet';
import { detailBlockOf, leafSumFormula, readCodeColumn } from './detailRows';

/**
 * A detail row added to "Kế hoạch vốn" after the template exists goes to "Giải ngân" too
 * (same code and name, at the end of the same leaf's block). Both hosts apply this: the
 * Office.js host writes the edit in place, the ExcelJS host rebuilds the sheet and uses
 * `disbursementAmountsMoved` to put the typed figures back.
 */

/** Typed disbursement columns (GN, KD, GNKD): KH is looked up from the plan, never typed. */
export const DISB_TYPED_KEYS: readonly DisbursementColumnKey[] = DISB_AMOUNT_KEYS.filter((k) => !PLAN_SOURCE_OF[k]);

/** Columns whose figures typed on the leaf move to its first detail row (none once it has details). */
export function disbursementAmountsMoved(leafHadDetails: boolean): readonly DisbursementColumnKey[] {
  return leafHadDetails ? [] : DISB_TYPED_KEYS;
}

/** One cell of the new row: a formula (with '=') or a value moved from the leaf. */
export type DisbursementDetailCell = { formula: string } | { value: string | number | boolean };

export interface DisbursementDetailEdit {
  /** 0-based row where a whole new row is inserted. */
  insertRow: number;
  /** Cells of the new row by 0-based column (row index after the insert). */
  cells: Map<number, DisbursementDetailCell>;
  /** Leaf cells rewritten to sums of its detail block (row index after the insert). */
  leafCells: Array<{ row: number; col: number; formula: string }>;
}

/**
 * Where and what to write on Giải ngân for a detail row `code` under `leafCode` (pure: the
 * host reads the sheet, this decides). Throws one Vietnamese-first line, before anything is
 * written, when the sheet has no key row, no such leaf, or already has that code.
 */
export function planDisbursementDetailRow(
  sheet: SheetSnapshot,
  leafCode: string,
  code: string,
  name: string,
): DisbursementDetailEdit {
  const codes = readCodeColumn(sheet);
  const { keyRow, codeAt } = codes;
  for (let r = keyRow.row + 1; r < sheet.rows.length; r++)
    if (codeAt(r) === code)
      throw new Error(`Mã "${code}" đã có trên "${sheet.name}"; sửa mã rồi thử lại / code already on the sheet`);
  const { leafRow, lastRow: last } = detailBlockOf(sheet, codes, leafCode);
  const hadDetails = last > leafRow;
  const insertRow = last + 1;
  const col = (key: string) => keyRow.columns.get(key);
  const cells = new Map<number, DisbursementDetailCell>();
  const set = (key: string, cell: DisbursementDetailCell) => {
    const c = col(key);
    if (c !== undefined) cells.set(c, cell);
  };
  set('STT', { value: '-' });
  set('MA', { value: code });
  set('NOI_DUNG', { value: name });
  for (const key of DISB_AMOUNT_KEYS) {
    const source = PLAN_SOURCE_OF[key];
    if (source) set(key, { formula: `=${planLookup(insertRow, source)}` });
  }
  for (const r of DISB_RATES) {
    const [c, num, den] = [col(r.rate), col(r.num), col(r.den)];
    if (c !== undefined && num !== undefined && den !== undefined)
      cells.set(c, { formula: `=${rateFormula(insertRow, num, den)}` });
  }
  const moved = new Set<string>(disbursementAmountsMoved(hadDetails));
  const leafCells: DisbursementDetailEdit['leafCells'] = [];
  for (const key of DISB_AMOUNT_KEYS) {
    const c = col(key);
    if (c === undefined) continue;
    const leafCell = sheet.rows[leafRow]?.[c];
    const typed =
      leafCell && !leafCell.f && leafCell.t !== 'z' && leafCell.t !== 'e' && leafCell.v !== '' && leafCell.v !== null
        ? leafCell.v
        : null;
    if (moved.has(key) && typed !== null) cells.set(c, { value: typed });
    // A figure typed over the leaf's sum (or over its KH lookup) stays: validation reports it.
    else if (typed !== null) continue;
    leafCells.push({ row: leafRow, col: c, formula: `=${leafSumFormula(c, leafRow + 1, insertRow)}` });
  }
  return { insertRow, cells, leafCells };
}
