import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { EMPTY_CELL, cellAt, type CellSnapshot } from './snapshot';
import { readCellNumber, type CellNumber } from './cellNumber';
import type { WorkbookModel } from './workbookModel';

export interface AmountCell {
  sheet: string;
  row: number;
  col: number;
  lineCode: string;
  sourceKey?: SourceKey;
  kind: 'money' | 'indicator';
  raw: CellSnapshot;
  n: CellNumber;
}

/**
 * Visits every amount cell (money sheets × source columns) and indicator value. The
 * visitor gets one reused object (a province plan has ~250,000 such cells): read its
 * fields, do not keep it.
 */
export function forEachAmountCell(model: WorkbookModel, visit: (c: Readonly<AmountCell>) => void): void {
  const c: AmountCell = { sheet: '', row: 0, col: 0, lineCode: '', kind: 'money', raw: EMPTY_CELL, n: { state: 'blank' } };
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    const keys = SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
    c.sheet = sheet.name;
    c.kind = 'money';
    for (const [code, row] of sheet.rowOf) {
      for (const key of keys) {
        c.col = sheet.colOf(key);
        c.row = row;
        c.lineCode = code;
        c.sourceKey = key;
        c.raw = cellAt(sheet.sheet, row, c.col);
        c.n = sheet.amount(code, key);
        visit(c);
      }
    }
  }
  const ind = model.indicators;
  const col = ind?.cols.get('KE_HOACH');
  if (ind && col !== undefined) {
    c.sheet = ind.name;
    c.kind = 'indicator';
    c.sourceKey = undefined;
    c.col = col;
    for (const [code, row] of ind.rowOf) {
      c.row = row;
      c.lineCode = code;
      c.raw = cellAt(ind.sheet, row, col);
      c.n = readCellNumber(c.raw);
      visit(c);
    }
  }
}
