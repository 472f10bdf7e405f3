import type { CellSnapshot, SheetSnapshot } from '../../validation/snapshot';
import { a1Range, type RangeRef } from '../../templates/sheetPlan';
import { READ_BUDGET_BYTES, READ_BYTES_PER_CELL, packBatches } from './payload';
import { parseRangeAddress, splitRows } from './rectangles';
import { asGrid, asText, isPayloadLimitError } from './officeRun';
import { ourHighlightIds, queueHighlightScan, type HighlightIds } from './highlights';

const CELL_PROPS = 'address,values,formulas,numberFormat,valueTypes';
/** Columns assumed when sizing the first read before the used ranges are known. */
const ASSUMED_COLUMNS = 20;
const MAX_HEAD_ROWS = 1000;
const MIN_HEAD_ROWS = 50;

/** One cell as Office.js reports it → the snapshot cell. */
export function toCellSnapshot(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): CellSnapshot {
  const cell: CellSnapshot = convertValue(value, valueType);
  if (typeof formula === 'string' && formula.startsWith('=') && formula.length > 1) cell.f = formula;
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.nf = numberFormat;
  return cell;
}

function convertValue(value: unknown, valueType: unknown): CellSnapshot {
  switch (valueType) {
    case 'Error': return { v: String(value), t: 'e' };
    case 'Empty': return { v: null, t: 'z' };
    case 'Boolean': return { v: Boolean(value), t: 'b' };
    case 'Double':
    case 'Integer': return typeof value === 'number' ? { v: value, t: 'n' } : { v: String(value), t: 's' };
    default:
      if (typeof value === 'number') return { v: value, t: 'n' };
      if (typeof value === 'boolean') return { v: value, t: 'b' };
      if (value === null || value === undefined || value === '') return { v: null, t: 'z' };
      return { v: String(value), t: 's' };
  }
}

/** A loaded block of cells at its position on the sheet. */
export interface LoadedBlock {
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** Blocks (any order, non-overlapping) → rows from A1, trailing empty cells trimmed. */
export function assembleSheet(name: string, blocks: LoadedBlock[]): SheetSnapshot {
  const rows: CellSnapshot[][] = [];
  for (const b of blocks) {
    b.values.forEach((valueRow, i) => {
      const r = b.top + i;
      while (rows.length <= r) rows.push([]);
      const row = rows[r];
      valueRow.forEach((value, j) => {
        const cell = toCellSnapshot(value, b.formulas[i]?.[j], b.numberFormat[i]?.[j], b.valueTypes[i]?.[j]);
        const c = b.left + j;
        if (cell.t === 'z' && !cell.f && !cell.nf && row.length <= c) return;
        while (row.length < c) row.push({ v: null, t: 'z' });
        row[c] = cell;
      });
    });
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name, rows };
}

function blockFrom(range: Excel.Range): LoadedBlock {
  const rect = parseRangeAddress(asText(range.address, 'address'));
  return {
    top: rect.top,
    left: rect.left,
    values: asGrid(range.values, 'values'),
    formulas: asGrid(range.formulas, 'formulas'),
    numberFormat: asGrid(range.numberFormat, 'numberFormat'),
    valueTypes: asGrid(range.valueTypes, 'valueTypes'),
  };
}

export interface ReadResult {
  sheets: SheetSnapshot[];
  /** Our highlight ids per sheet, when the caller asked for a highlight scan. */
  highlights: HighlightIds | null;
}

/** How many top rows the first sync reads of every sheet (all sheets together stay under budget). */
export function headRowsFor(sheetCount: number): number {
  const rows = Math.floor(READ_BUDGET_BYTES / (Math.max(1, sheetCount) * ASSUMED_COLUMNS * READ_BYTES_PER_CELL));
  return Math.max(MIN_HEAD_ROWS, Math.min(MAX_HEAD_ROWS, rows));
}

/**
 * Read sheets by name. First sync: every sheet's used-range address, the cells of its top
 * rows (small sheets are complete after it) and, optionally, our highlights. Rows below are
 * read afterwards in as few syncs as the response budget allows (all sheets share them).
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: string[],
  options: { scanHighlights?: boolean; headRows?: number } = {},
): Promise<ReadResult> {
  const headRows = options.headRows ?? headRowsFor(names.length);
  const worksheets = context.workbook.worksheets;
  const queued = names.map((name) => {
    const sheet = worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    let head: Excel.Range | null = null;
    if (headRows > 0) {
      head = sheet.getRange(`1:${headRows}`).getUsedRangeOrNullObject(true);
      head.load(CELL_PROPS);
    }
    const formats = options.scanHighlights ? queueHighlightScan(sheet) : null;
    return { name, sheet, used, head, formats };
  });
  try {
    await context.sync();
  } catch (error) {
    // A workbook with very wide sheets can overflow the first response: read addresses first.
    if (headRows > 0 && isPayloadLimitError(error)) return readSheets(context, names, { ...options, headRows: 0 });
    throw error;
  }

  const blocks = new Map<string, LoadedBlock[]>(names.map((n) => [n, []]));
  const pending: Array<{ name: string; rect: RangeRef }> = [];
  let highlights: HighlightIds | null = options.scanHighlights ? new Map() : null;
  for (const q of queued) {
    if (q.formats && highlights) highlights.set(q.name, ourHighlightIds(q.formats));
    if (q.used.isNullObject) continue;
    if (q.head && !q.head.isNullObject) blocks.get(q.name)!.push(blockFrom(q.head));
    const full = parseRangeAddress(asText(q.used.address, 'address'));
    const top = Math.max(full.top, headRows);
    if (top > full.bottom) continue;
    const cols = full.right - full.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(READ_BUDGET_BYTES / (cols * READ_BYTES_PER_CELL)));
    for (const rect of splitRows({ ...full, top }, rowsPerChunk)) pending.push({ name: q.name, rect });
  }

  const cellsOf = (p: { rect: RangeRef }) => (p.rect.bottom - p.rect.top + 1) * (p.rect.right - p.rect.left + 1);
  for (const batch of packBatches(pending, (p) => cellsOf(p) * READ_BYTES_PER_CELL, READ_BUDGET_BYTES)) {
    const ranges = batch.map((p) => {
      const range = worksheets.getItem(p.name).getRange(a1Range(p.rect));
      range.load(CELL_PROPS);
      return { name: p.name, range };
    });
    await context.sync();
    for (const { name, range } of ranges) blocks.get(name)!.push(blockFrom(range));
  }
  highlights = highlights ?? null;
  return { sheets: names.map((name) => assembleSheet(name, blocks.get(name)!)), highlights };
}

/** Load every sheet name (one sync). */
export async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  return worksheets.items.map((ws) => asText(ws.name, 'sheet name'));
}
