import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { cellAt, type CellSnapshot, type SheetSnapshot } from '../model/snapshot';
import { readCellNumber, type CellNumber } from './cellNumber';
import { KEY_INDEX, type WorkbookModel } from './workbookModel';
import { DISB_AMOUNT_KEYS } from '../domain/disbursementColumns';
import type { DisbursementColumnKey } from '../domain/workbookLayout';
import { tagOf } from './describe';
import { disbTag } from './disbursementDescribe';
import { DISB_KEY_INDEX } from './disbursementModel';

/** "DA4 · ĐTPT NSTW" or, on Giải ngân, "DA4 · Giải ngân ĐTPT". */
export function cellTag(c: Readonly<AmountCell>): { vi: string; en: string } {
  return c.columnKey ? disbTag(c.lineCode, c.columnKey) : tagOf(c.lineCode, c.sourceKey);
}

export interface AmountCell {
  sheet: string;
  row: number;
  col: number;
  lineCode: string;
  sourceKey?: SourceKey;
  /** Giải ngân's column (its cells have no source key). */
  columnKey?: DisbursementColumnKey;
  kind: 'money' | 'indicator';
  /** The cell as read (in the visitor: built when asked, most checks need only `n`). */
  raw: CellSnapshot;
  n: CellNumber;
}

/**
 * Visits every amount cell (money sheets × source columns) and indicator value. The
 * visitor gets one reused object (a province plan has ~250,000 such cells): read its
 * fields, do not keep it.
 */
export function forEachAmountCell(
  model: WorkbookModel,
  visit: (c: Readonly<AmountCell>) => void,
  only?: AmountCell['kind'],
): void {
  // The sheet `raw` is read from: a grid sheet builds a cell object per read (cellGrid.ts),
  // so only the few visitors that look at the cell itself pay for one.
  let rawSheet: SheetSnapshot | undefined;
  const c: AmountCell = {
    sheet: '',
    row: 0,
    col: 0,
    lineCode: '',
    kind: 'money',
    get raw(): CellSnapshot {
      return cellAt(rawSheet!, this.row, this.col);
    },
    n: { state: 'blank' },
  };
  for (const sheet of only === 'indicator' ? [] : [model.allocation, model.plan]) {
    if (!sheet) continue;
    const keys = SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
    const cols = keys.map((k) => sheet.colOf(k));
    const indexes = keys.map((k) => KEY_INDEX[k]);
    c.sheet = sheet.name;
    rawSheet = sheet.sheet;
    c.kind = 'money';
    for (const [code, row] of sheet.rowOf) {
      c.row = row;
      c.lineCode = code;
      for (let i = 0; i < keys.length; i++) {
        c.col = cols[i];
        c.sourceKey = keys[i];
        c.n = sheet.amountAt(row, indexes[i]);
        visit(c);
      }
    }
  }
  const disb = model.disbursement;
  if (disb && only !== 'indicator') {
    const keys = DISB_AMOUNT_KEYS.filter((k) => disb.colOf(k) >= 0);
    const cols = keys.map((k) => disb.colOf(k));
    const indexes = keys.map((k) => DISB_KEY_INDEX.get(k)!);
    c.sheet = disb.name;
    rawSheet = disb.sheet;
    c.kind = 'money';
    c.sourceKey = undefined;
    for (const [code, row] of disb.rowOf) {
      c.row = row;
      c.lineCode = code;
      for (let i = 0; i < keys.length; i++) {
        c.col = cols[i];
        c.columnKey = keys[i];
        c.n = disb.amountAt(row, indexes[i]);
        visit(c);
      }
    }
    c.columnKey = undefined;
  }
  const ind = model.indicators;
  const col = ind?.cols.get('KE_HOACH');
  if (ind && col !== undefined && only !== 'money') {
    c.sheet = ind.name;
    rawSheet = ind.sheet;
    c.kind = 'indicator';
    c.sourceKey = undefined;
    c.col = col;
    for (const [code, row] of ind.rowOf) {
      c.row = row;
      c.lineCode = code;
      c.n = readCellNumber(c.raw);
      visit(c);
    }
  }
}

const unusualCache = new WeakMap<WorkbookModel, AmountCell[]>();

/**
 * The few amount cells that are not a plain non-negative number or blank (text, numbers as
 * text, dates, money under a percent format, negatives, errors and out-of-range figures), collected in one pass and shared by the checks that want them.
 */
export function unusualAmountCells(model: WorkbookModel): AmountCell[] {
  let list = unusualCache.get(model);
  if (!list) {
    const found: AmountCell[] = [];
    forEachAmountCell(model, (c) => {
      const n = c.n;
      const plain = n.state === 'number' && !n.asText && !n.date && n.value >= 0;
      // A percent format is an indicator's own; on money it is a slip (percentInAmount.ts).
      if (n.state === 'blank' || (plain && !(n.percent && c.kind === 'money'))) return;
      found.push({ ...c });
    });
    list = found;
    unusualCache.set(model, list);
  }
  return list;
}
