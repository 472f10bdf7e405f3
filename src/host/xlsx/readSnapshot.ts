import type ExcelJS from 'exceljs';
import { EMPTY_CELL, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../../model/snapshot';
import { fitsPending, pendingAt, type PendingFormula } from './pendingFormula';
import { computePendingSteps } from './pendingFormulas';
import { drain, runInSlices, type Steps } from './slices';

/** Rows read between two chances to pause (see slices.ts). */
const ROWS_PER_STEP = 64;

/**
 * Reads worksheets into a WorkbookSnapshot (browser-safe: ExcelJS objects only, no fs).
 * Values are what Excel shows: cached formula results, or — when a file carries none
 * (written by a library, never opened in Excel) — results computed with HyperFormula.
 */
export function readWorkbookSnapshot(workbook: ExcelJS.Workbook, sheetNames?: string[]): WorkbookSnapshot {
  return drain(readWorkbookSteps(workbook, sheetNames));
}

/** The same read in slices with `pause` between them (the browser preview: the page never freezes). */
export function readWorkbookSnapshotInSlices(
  workbook: ExcelJS.Workbook,
  sheetNames: string[] | undefined,
  pause: () => Promise<void>,
): Promise<WorkbookSnapshot> {
  return runInSlices(readWorkbookSteps(workbook, sheetNames), pause);
}

function* readWorkbookSteps(workbook: ExcelJS.Workbook, sheetNames?: string[]): Steps<WorkbookSnapshot> {
  const wanted = sheetNames ? new Set(sheetNames) : null;
  const sheets: SheetSnapshot[] = [];
  const pending: PendingFormula[] = [];
  const worksheets: ExcelJS.Worksheet[] = [];
  workbook.eachSheet((ws) => {
    if (!wanted || wanted.has(ws.name)) worksheets.push(ws);
  });
  for (const ws of worksheets) sheets.push(yield* readWorksheet(ws, sheets.length, pending));
  yield* computePendingSteps(sheets, pending);
  return { sheets };
}

/**
 * Load options for a workbook read only to be validated: parts of each sheet the snapshot
 * never uses are skipped (`workbook.xlsx.load(buffer, SNAPSHOT_LOAD_OPTIONS)`).
 */
export const SNAPSHOT_LOAD_OPTIONS = {
  ignoreNodes: [
    'dataValidations',
    'conditionalFormatting',
    'pageSetup',
    'printOptions',
    'pageMargins',
    'headerFooter',
    'hyperlinks',
    'rowBreaks',
    'drawing',
    'picture',
    'tableParts',
    'extLst',
    'autoFilter',
    'sheetProtection',
  ],
};

// ExcelJS.ValueType values (a const enum in the typings; numbers keep this module import-free).
const VT = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

/** ExcelJS keeps rows and cells in plain arrays; iterating them avoids a closure per row. */
interface RowsInternals {
  _rows?: Array<(ExcelJS.Row & { _cells?: Array<ExcelJS.Cell | undefined> }) | undefined>;
}

function* readWorksheet(ws: ExcelJS.Worksheet, sheetIndex: number, pending: PendingFormula[]): Steps<SheetSnapshot> {
  const rows: CellSnapshot[][] = [];
  const hiddenRows: number[] = [];
  const readRow = (row: ExcelJS.Row, r: number, cellList: Array<ExcelJS.Cell | undefined>) => {
    if (row.hidden) hiddenRows.push(r);
    const cells: CellSnapshot[] = [];
    for (let c = 0; c < cellList.length; c++) {
      const cell = cellList[c];
      if (!cell) continue;
      const snap = readCell(cell);
      if (!snap) continue;
      while (cells.length < c) cells.push(EMPTY_CELL);
      cells[c] = snap;
      if (snap.f && snap.v === PENDING) {
        snap.v = null;
        if (fitsPending(r, c)) pending.push(pendingAt(sheetIndex, r, c));
        else Object.assign(snap, { v: '#VALUE!', t: 'e' });
      }
    }
    rows[r] = cells;
  };
  const internal = (ws as unknown as RowsInternals)._rows;
  if (Array.isArray(internal)) {
    for (let r = 0; r < internal.length; r++) {
      const row = internal[r];
      if (row && Array.isArray(row._cells)) readRow(row, r, row._cells);
      if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    }
  } else {
    // Public API fallback should the internals change.
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const list: Array<ExcelJS.Cell | undefined> = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        list[col - 1] = cell;
      });
      readRow(row, rowNumber - 1, list);
    });
  }
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const sheet: SheetSnapshot = hiddenRows.length ? { name: ws.name, rows, hiddenRows } : { name: ws.name, rows };
  const merges = mergedRanges(ws);
  if (merges.length) sheet.merges = merges;
  return sheet;
}

/**
 * Merged ranges ('A5:C5'). ExcelJS keeps them in `_merges` (master address → range); its
 * public `ws.model` would build the whole sheet model (every cell, hundreds of ms on a big plan).
 */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: unknown }> })._merges;
  if (internal && typeof internal === 'object') {
    const out: string[] = [];
    for (const m of Object.values(internal)) if (typeof m?.range === 'string') out.push(m.range);
    return out;
  }
  const merges = (ws.model as { merges?: string[] } | undefined)?.merges;
  return Array.isArray(merges) ? [...merges] : [];
}

/** Marks a formula cell whose result must be computed. */
const PENDING = '\u0000pending';

function readCell(cell: ExcelJS.Cell): CellSnapshot | null {
  const type = cell.type as number;
  if (type === VT.Merge || type === VT.Null) return null;
  const numFmt = cell.numFmt;
  const nf = numFmt && numFmt !== 'General' ? numFmt : undefined;
  let snap: CellSnapshot | null;
  if (type === VT.Formula) {
    const formula = cell.formula;
    const result = (cell.value as ExcelJS.CellFormulaValue).result;
    const f = formula ? `=${formula.indexOf('_xlfn.') >= 0 ? formula.replace(/_xlfn\./g, '') : formula}` : undefined;
    if (!f) snap = result === undefined || result === null ? null : plainValue(result);
    else if (result === undefined || result === null) snap = { v: PENDING, t: 'n', f };
    else {
      snap = plainValue(result);
      snap.f = f;
    }
  } else {
    snap = plainValue(cell.value);
    if (snap.t === 'z') snap = null;
  }
  if (snap && nf) snap.nf = nf;
  return snap;
}

/** A cell value (or formula result) as snapshot value and type. */
export function plainValue(v: unknown): CellSnapshot {
  if (v === null || v === undefined) return { v: null, t: 'z' };
  if (typeof v === 'number') return Number.isFinite(v) ? { v, t: 'n' } : { v: '#NUM!', t: 'e' };
  if (typeof v === 'string') return v === '' ? { v: null, t: 'z' } : { v, t: 's' };
  if (typeof v === 'boolean') return { v, t: 'b' };
  // A date is a number to Excel (its serial, summed by SUM): kept as one, as the Office.js host
  // reads it, so uncached formulas evaluate like Excel and checks see the date format.
  if (v instanceof Date) return excelSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { v: o.error, t: 'e' };
    if (Array.isArray(o.richText)) {
      const text = (o.richText as Array<{ text?: string }>).map((p) => p.text ?? '').join('');
      return text ? { v: text, t: 's' } : { v: null, t: 'z' };
    }
    if (typeof o.text === 'string') return o.text ? { v: o.text, t: 's' } : { v: null, t: 'z' };
    if ('result' in o) return plainValue(o.result);
  }
  return { v: String(v), t: 's' };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** ExcelJS reads date cells as UTC Dates: back to the serial number the file stores. */
function excelSerial(d: Date): CellSnapshot {
  const serial = (d.getTime() - EXCEL_EPOCH) / 86_400_000;
  return Number.isFinite(serial) ? { v: Math.round(serial * 86_400_000) / 86_400_000, t: 'n' } : { v: '#NUM!', t: 'e' };
}
