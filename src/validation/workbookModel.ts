import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { KEY_ROW_SCAN_LIMIT, SHEET_NAMES, type TemplateSheetId } from '../domain/workbookLayout';
import { findKeyRowInGrid, findMarkerInGrid } from '../domain/keyRow';
import { cellAt, rowCount, topRows, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import { BLANK, readCellNumberAt, type CellNumber } from './cellNumber';
import { CellNumberCache } from './cellNumberCache';
import { makeFinding } from './findingFactory';
import type { Finding } from '../model/finding';
import { disbursementSheet, type DisbursementSheet } from './disbursementModel';
import { findStrayRows, scanLineRows } from './lineRows';

export { findStrayRows, scanLineRows, type LineRows } from './lineRows';

/** A template sheet located in the snapshot, with its key row and column keys. */
export interface KeyedSheet {
  id: TemplateSheetId;
  name: string;
  sheet: SheetSnapshot;
  keyRow: number;
  cols: Map<string, number>;
}

export interface MoneySheet extends KeyedSheet {
  id: 'plan' | 'allocation';
  /** Code (catalog line, detail code or TONG) → 0-based row. First occurrence wins. */
  rowOf: Map<string, number>;
  /** Catalog line codes present, in sheet order. */
  lineCodes: string[];
  /** Leaf code → its detail-row codes in sheet order. */
  detailsOf: Map<string, string[]>;
  /** Leaf code → the 0-based rows of those detail codes, when the reader kept them. */
  detailRowsOf?: Map<string, number[]>;
  /** Cached reads: amount(code, key). */
  amount(code: string, key: SourceKey): CellNumber;
  /** The same by 0-based row (undefined: a line not on the sheet, read blank) and KEY_INDEX[key]. */
  amountAt(row: number | undefined, keyIndex: number): CellNumber;
  /** 0-based column of a source key, or -1. */
  colOf(key: string): number;
  /**
   * Rows holding money that belong to no line (no code, or an unknown one): they are in no
   * total. 0-based, in sheet order.
   */
  strayRows: number[];
  /** The officer's own layout: every figure is typed, totals are stated figures, no formulas expected. */
  typedLayout?: boolean;
}

export interface IndicatorSheet extends KeyedSheet {
  id: 'indicators';
  rowOf: Map<string, number>;
}

export interface WorkbookModel {
  snapshot: WorkbookSnapshot;
  settings?: KeyedSheet;
  allocation?: MoneySheet;
  plan?: MoneySheet;
  indicators?: IndicatorSheet;
  /** Giải ngân; absent in workbooks made before it existed (no finding then). */
  disbursement?: DisbursementSheet;
  /** TEMPLATE_STRUCTURE findings met while reading. */
  structure: Finding[];
}

const KEY_OF_SHEET: Record<TemplateSheetId, string> = {
  settings: 'KHOA',
  allocation: 'MA',
  plan: 'MA',
  indicators: 'MA',
  disbursement: 'MA',
};

/** Finds a template sheet by its name, or by its marker when the user renamed it. */
export function locateSheet(
  snapshot: WorkbookSnapshot,
  id: TemplateSheetId,
  structure: Finding[],
): SheetSnapshot | undefined {
  const byName = snapshot.sheets.find((s) => s.name === SHEET_NAMES[id]);
  if (byName) return byName;
  for (const sheet of snapshot.sheets) {
    if (markerOf(sheet)?.sheetId === id) {
      structure.push(
        makeFinding('TEMPLATE_STRUCTURE', {
          sheet: sheet.name,
          severity: 'warning',
          message: `Trang "${SHEET_NAMES[id]}" đã được đổi tên thành "${sheet.name}"; vẫn đọc theo dấu nhận biết.`,
          messageEn: `Sheet "${SHEET_NAMES[id]}" was renamed to "${sheet.name}"; read by its marker.`,
        }),
      );
      return sheet;
    }
  }
  return undefined;
}

/** Top rows of a snapshot sheet as plain values (text cells only can be keys or markers). */
export function topTexts(sheet: SheetSnapshot): unknown[][] {
  return topRows(sheet, KEY_ROW_SCAN_LIMIT).map((row) => row.map((c) => (c && c.t === 's' ? c.v : null)));
}

/** The '#mtqg:template:…' marker in the first rows, if any. */
export function markerOf(sheet: SheetSnapshot): { kind: string; sheetId: string } | null {
  const marker = findMarkerInGrid(topTexts(sheet));
  return marker && marker.kind === 'template' ? marker : null;
}

function locateKeyRow(sheet: SheetSnapshot, key: string): { keyRow: number; cols: Map<string, number> } | null {
  const found = findKeyRowInGrid(topTexts(sheet), [key]);
  return found ? { keyRow: found.row, cols: found.columns } : null;
}

export function keyedSheet(
  snapshot: WorkbookSnapshot,
  id: TemplateSheetId,
  structure: Finding[],
  optional = false,
): KeyedSheet | undefined {
  const sheet = locateSheet(snapshot, id, structure);
  if (!sheet && optional) return undefined;
  if (!sheet) {
    structure.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: SHEET_NAMES[id],
        message: `Thiếu trang "${SHEET_NAMES[id]}" của biểu mẫu.`,
        messageEn: `Template sheet "${SHEET_NAMES[id]}" is missing.`,
      }),
    );
    return undefined;
  }
  const key = KEY_OF_SHEET[id];
  const found = locateKeyRow(sheet, key);
  if (!found) {
    structure.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: sheet.name,
        message: `Trang "${sheet.name}" thiếu dòng khóa (cột ${key}) trong ${KEY_ROW_SCAN_LIMIT} dòng đầu; không đọc được trang này.`,
        messageEn: `Sheet "${sheet.name}" has no key row (column ${key}) in its first ${KEY_ROW_SCAN_LIMIT} rows; it cannot be read.`,
      }),
    );
    return undefined;
  }
  return { id, name: sheet.name, sheet, keyRow: found.keyRow, cols: found.cols };
}

const SOURCE_COUNT = SOURCE_KEYS.length;
/** Index of each source key in SOURCE_KEYS (for amountAt). */
export const KEY_INDEX = Object.fromEntries(SOURCE_KEYS.map((k, i) => [k, i])) as Record<SourceKey, number>;

function moneySheet(base: KeyedSheet, structure: Finding[]): MoneySheet {
  const maCol = base.cols.get('MA')!;
  const missing = SOURCE_KEYS.filter((k) => !base.cols.has(k));
  if (missing.length) {
    structure.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: base.name,
        row: base.keyRow,
        col: maCol,
        message: `Trang "${base.name}" thiếu cột nguồn vốn: ${missing.join(', ')}.`,
        messageEn: `Sheet "${base.name}" is missing source columns: ${missing.join(', ')}.`,
      }),
    );
  }
  const { rowOf, lineCodes, detailsOf, detailRowsOf } = scanLineRows(base, structure);
  // Reads are cached per (row, source key): checks ask for the same cells many times.
  const sourceCols = SOURCE_KEYS.map((k) => base.cols.get(k) ?? -1);
  const cache = new CellNumberCache(rowCount(base.sheet) * SOURCE_COUNT);
  const colOf = (key: string) => base.cols.get(key) ?? -1;
  const amountAt = (r: number | undefined, k: number): CellNumber => {
    if (r === undefined || sourceCols[k] < 0) return BLANK;
    const slot = r * SOURCE_COUNT + k;
    let n = cache.get(slot);
    if (n === undefined) {
      n = readCellNumberAt(base.sheet, r, sourceCols[k]);
      cache.set(slot, n);
    }
    return n;
  };
  const amount = (code: string, key: SourceKey): CellNumber => amountAt(rowOf.get(code), KEY_INDEX[key]);
  const strayRows = findStrayRows(base.sheet, new Set(rowOf.values()), sourceCols);
  return {
    ...base,
    id: base.id as 'plan' | 'allocation',
    rowOf,
    lineCodes,
    detailsOf,
    detailRowsOf,
    amount,
    amountAt,
    colOf,
    strayRows,
  };
}

function indicatorSheet(base: KeyedSheet): IndicatorSheet {
  const maCol = base.cols.get('MA')!;
  const rowOf = new Map<string, number>();
  for (let r = base.keyRow + 1; r < rowCount(base.sheet); r++) {
    const cell = cellAt(base.sheet, r, maCol);
    const code = cell.t === 's' ? String(cell.v).trim() : '';
    if (/^CT\d{2}$/.test(code) && !rowOf.has(code)) rowOf.set(code, r);
  }
  return { ...base, id: 'indicators', rowOf };
}

/** Reads the snapshot into the model every check works on. Never throws on odd input. */
export function buildWorkbookModel(snapshot: WorkbookSnapshot): WorkbookModel {
  const structure: Finding[] = [];
  const model: WorkbookModel = { snapshot, structure };
  model.settings = keyedSheet(snapshot, 'settings', structure);
  const allocation = keyedSheet(snapshot, 'allocation', structure);
  if (allocation) model.allocation = moneySheet(allocation, structure);
  const plan = keyedSheet(snapshot, 'plan', structure);
  if (plan) model.plan = moneySheet(plan, structure);
  const indicators = keyedSheet(snapshot, 'indicators', structure);
  if (indicators) model.indicators = indicatorSheet(indicators);
  const disbursement = keyedSheet(snapshot, 'disbursement', structure, true);
  if (disbursement) model.disbursement = disbursementSheet(disbursement, structure);
  return model;
}

/** Whether any template sheet can be found at all (the CLI refuses other workbooks). */
export function hasTemplateSheet(snapshot: WorkbookSnapshot): boolean {
  const names = new Set<string>(Object.values(SHEET_NAMES));
  return snapshot.sheets.some((s) => names.has(s.name) || markerOf(s) !== null);
}
