import { catalog } from '../domain/catalog';
import { DISBURSEMENT_COLUMN_KEYS, TOTAL_ROW_CODE, type DisbursementColumnKey } from '../domain/workbookLayout';
import { rowCount } from '../model/snapshot';
import type { Finding } from '../model/finding';
import { BLANK, readCellNumberAt, type CellNumber } from './cellNumber';
import { makeFinding } from './findingFactory';
import { scanLineRows, type LineRows } from './lineRows';
import type { KeyedSheet } from './workbookModel';
import { CellNumberCache } from './cellNumberCache';
import { DISB_AMOUNT_KEYS } from '../domain/disbursementColumns';

/** Giải ngân located in the snapshot: rows by line code, columns by key, cached reads. */
export interface DisbursementSheet extends KeyedSheet, LineRows {
  id: 'disbursement';
  /** The cell of a line and column as a number (blank when the row or column is missing). */
  amount(code: string, key: DisbursementColumnKey): CellNumber;
  /** The same by 0-based row and DISB_KEY_INDEX of the key, for loops over every row. */
  amountAt(row: number, keyIndex: number): CellNumber;
  /** 0-based column of a key, or -1. */
  colOf(key: DisbursementColumnKey): number;
}

/**
 * Cache slot of each column key within a row: only the amount columns (those the checks read
 * as numbers) have one, -1 for the others (read afresh): half the cache of every column.
 */
const CACHED_INDEX = DISBURSEMENT_COLUMN_KEYS.map((k) => DISB_AMOUNT_KEYS.indexOf(k));
const CACHED_COUNT = DISB_AMOUNT_KEYS.length;
/** Index of each column key in DISBURSEMENT_COLUMN_KEYS (for amountAt). */
export const DISB_KEY_INDEX = new Map<string, number>(DISBURSEMENT_COLUMN_KEYS.map((k, i) => [k, i]));

export function disbursementSheet(base: KeyedSheet, structure: Finding[]): DisbursementSheet {
  const missing = DISBURSEMENT_COLUMN_KEYS.filter((k) => !base.cols.has(k) && k !== 'GHI_CHU' && k !== 'STT');
  if (missing.length) {
    structure.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: base.name,
        row: base.keyRow,
        col: base.cols.get('MA'),
        message: `Trang "${base.name}" thiếu cột: ${missing.join(', ')}; các cột này không được kiểm tra.`,
        messageEn: `Sheet "${base.name}" is missing columns: ${missing.join(', ')}; they are not checked.`,
      }),
    );
  }
  const lines = scanLineRows(base, structure);
  const cols = DISBURSEMENT_COLUMN_KEYS.map((k) => base.cols.get(k) ?? -1);
  const cache = new CellNumberCache(rowCount(base.sheet) * CACHED_COUNT);
  const colOf = (key: DisbursementColumnKey) => base.cols.get(key) ?? -1;
  const amountAt = (r: number, k: number): CellNumber => {
    if (cols[k] < 0) return BLANK;
    if (CACHED_INDEX[k] < 0) return readCellNumberAt(base.sheet, r, cols[k]);
    const slot = r * CACHED_COUNT + CACHED_INDEX[k];
    let n = cache.get(slot);
    if (n === undefined) {
      n = readCellNumberAt(base.sheet, r, cols[k]);
      cache.set(slot, n);
    }
    return n;
  };
  const amount = (code: string, key: DisbursementColumnKey): CellNumber => {
    const r = lines.rowOf.get(code);
    const k = DISB_KEY_INDEX.get(key) ?? -1;
    return r === undefined || k < 0 ? BLANK : amountAt(r, k);
  };
  return { ...base, ...lines, id: 'disbursement', amount, amountAt, colOf };
}

const PROJECT_CODES = catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code);

/** The rows a Giải ngân row sums (as on Kế hoạch vốn): children, detail rows, or projects for TONG. */
export function disbursementChildren(sheet: DisbursementSheet, code: string): string[] | null {
  if (code === TOTAL_ROW_CODE) return PROJECT_CODES.filter((c) => sheet.rowOf.has(c));
  const node = catalog.byCode.get(code);
  if (!node) return null;
  const codes = node.isLeaf ? (sheet.detailsOf.get(code) ?? []) : node.children.filter((c) => sheet.rowOf.has(c));
  return codes.length ? codes : null;
}
