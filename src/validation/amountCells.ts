import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { cellAt, type CellSnapshot } from './snapshot';
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

/** Every amount cell (money sheets × source columns) and indicator value the checks read. */
export function* amountCells(model: WorkbookModel): Generator<AmountCell> {
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    const keys = SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
    for (const [code, row] of sheet.rowOf) {
      for (const key of keys) {
        const col = sheet.colOf(key);
        yield { sheet: sheet.name, row, col, lineCode: code, sourceKey: key, kind: 'money', raw: cellAt(sheet.sheet, row, col), n: sheet.amount(code, key) };
      }
    }
  }
  const ind = model.indicators;
  const col = ind?.cols.get('KE_HOACH');
  if (ind && col !== undefined) {
    for (const [code, row] of ind.rowOf) {
      const raw = cellAt(ind.sheet, row, col);
      yield { sheet: ind.name, row, col, lineCode: code, kind: 'indicator', raw, n: readCellNumber(raw) };
    }
  }
}
