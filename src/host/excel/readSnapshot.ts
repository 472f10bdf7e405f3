import type { CellSnapshot, SheetSnapshot } from '../../model/snapshot';
import { a1Range } from '../../model/a1';
import { type RangeRef } from '../../model/sheetPlan';
import { READ_BUDGET_BYTES, READ_BYTES_PER_CELL, jsonSize, packBatches } from './payload';
import { parseRangeAddress, splitRows } from './rectangles';
import { asGrid, asText, isPayloadLimitError } from './officeRun';
import { ourHighlightIds, queueHighlightScan, type HighlightIds } from './highlights';

const CELL_PROPS = 'address,values,formulas,numberFormat,valueTypes';
/** Columns assumed when sizing the first read before the used ranges are known. */
const ASSUMED_COLUMNS = 20;
const MAX_HEAD_ROWS = 1000;
const MIN_HEAD_ROWS = 50;

/** One cell as Office.js reports it → the snapshot cell. */
export function toCellSnapshot(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: unknown,
): CellSnapshot {
  const cell: CellSnapshot = convertValue(value, valueType);
  if (typeof formula === 'string' && formula.startsWith('=') && formula.length > 1) cell.f = formula;
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.nf = numberFormat;
  return cell;
}

function convertValue(value: unknown, valueType: unknown): CellSnapshot {
  switch (valueType) {
    case 'Error':
      return { v: String(value), t: 'e' };
    case 'Empty':
      return { v: null, t: 'z' };
    case 'Boolean':
      return { v: Boolean(value), t: 'b' };
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? { v: value, t: 'n' } : { v: String(value), t: 's' };
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
  /** Used extent of each sheet read (absent for empty sheets), for sizing the next read. */
  extents: Map<string, SheetExtent>;
  /** Our highlight ids per sheet, when the caller asked for a highlight scan. */
  highlights: HighlightIds | null;
}

/** How many top rows the first sync reads of a sheet whose size is unknown. */
export function headRowsFor(sheetCount: number): number {
  const rows = Math.floor(READ_BUDGET_BYTES / (Math.max(1, sheetCount) * ASSUMED_COLUMNS * READ_BYTES_PER_CELL));
  return Math.max(MIN_HEAD_ROWS, Math.min(MAX_HEAD_ROWS, rows));
}

/** Last used row/column (0-based) of a sheet, as seen by the previous read. */
export interface SheetExtent {
  bottom: number;
  right: number;
}
/** Rows a sheet may have grown by since the previous read, still read in the first sync. */
const GROWTH_ROWS = 64;

/**
 * Rows of each sheet to read in the first sync. Sheets of unknown size get an equal share;
 * sheets whose size we remember get all their rows while the response budget lasts, so a
 * second read of a big workbook needs no extra sync for the addresses.
 */
export function planHeadRows(names: string[], extents?: ReadonlyMap<string, SheetExtent>): Map<string, number> {
  const share = headRowsFor(names.length);
  const unknown = names.filter((n) => !extents?.has(n));
  let budget = READ_BUDGET_BYTES - unknown.length * share * ASSUMED_COLUMNS * READ_BYTES_PER_CELL;
  const out = new Map<string, number>();
  for (const name of names) {
    const extent = extents?.get(name);
    if (!extent) {
      out.set(name, share);
      continue;
    }
    const perRow = (extent.right + 1) * READ_BYTES_PER_CELL;
    const wanted = extent.bottom + 1 + GROWTH_ROWS;
    const rows = Math.max(MIN_HEAD_ROWS, Math.min(wanted, Math.floor(Math.max(0, budget) / perRow)));
    out.set(name, rows);
    budget -= rows * perRow;
  }
  return out;
}

/**
 * Read sheets by name. First sync: every sheet's used-range address, the cells of its top
 * rows (small sheets are complete after it) and, optionally, our highlights. Rows below are
 * read afterwards in as few syncs as the response budget allows (all sheets share them).
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: string[],
  options: { scanHighlights?: boolean; addressesFirst?: boolean; extents?: ReadonlyMap<string, SheetExtent> } = {},
): Promise<ReadResult> {
  const heads = options.addressesFirst ? new Map<string, number>() : planHeadRows(names, options.extents);
  const worksheets = context.workbook.worksheets;
  const queued = names.map((name) => {
    const headRows = heads.get(name) ?? 0;
    const sheet = worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    let head: Excel.Range | null = null;
    if (headRows > 0) {
      head = sheet.getRange(`1:${headRows}`).getUsedRangeOrNullObject(true);
      head.load(CELL_PROPS);
    }
    const formats = options.scanHighlights ? queueHighlightScan(sheet) : null;
    return { name, sheet, used, head, headRows, formats };
  });
  try {
    await context.sync();
  } catch (error) {
    // A workbook with very wide sheets can overflow the first response: read addresses first.
    if (!options.addressesFirst && isPayloadLimitError(error))
      return readSheets(context, names, { ...options, addressesFirst: true });
    throw error;
  }

  const blocks = new Map<string, LoadedBlock[]>(names.map((n) => [n, []]));
  const pending: Piece[] = [];
  const extents = new Map<string, SheetExtent>();
  const highlights: HighlightIds | null = options.scanHighlights ? new Map() : null;
  for (const q of queued) {
    if (q.formats && highlights) highlights.set(q.name, ourHighlightIds(q.formats));
    if (isNull(q.used)) continue;
    let bytesPerCell = READ_BYTES_PER_CELL;
    if (q.head && !isNull(q.head)) {
      const head = blockFrom(q.head);
      blocks.get(q.name)!.push(head);
      bytesPerCell = measuredBytesPerCell(head) ?? bytesPerCell;
    }
    const full = parseRangeAddress(asText(q.used.address, 'address'));
    extents.set(q.name, { bottom: full.bottom, right: full.right });
    const top = Math.max(full.top, q.headRows);
    if (top > full.bottom) continue;
    const cols = full.right - full.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(READ_BUDGET_BYTES / (cols * bytesPerCell)));
    for (const rect of splitRows({ ...full, top }, rowsPerChunk)) pending.push({ name: q.name, rect, bytesPerCell });
  }

  let remaining = pending;
  while (remaining.length > 0) {
    const batch = packBatches(remaining, (p) => cellsOf(p.rect) * p.bytesPerCell, READ_BUDGET_BYTES)[0];
    remaining = remaining.slice(batch.length);
    const ranges = batch.map((p) => {
      const range = worksheets.getItem(p.name).getRange(a1Range(p.rect));
      range.load(CELL_PROPS);
      return { name: p.name, range };
    });
    try {
      await context.sync();
    } catch (error) {
      // The estimate was too low (long texts): halve the batch and try again.
      const halves = isPayloadLimitError(error) ? halveBatch(batch) : null;
      if (!halves) throw error;
      remaining = [...halves.flat(), ...remaining];
      continue;
    }
    for (const { name, range } of ranges) {
      const block = blockFrom(range);
      blocks.get(name)!.push(block);
      // Learn the real cost per cell so later batches of this sheet are sized right.
      const measured = measuredBytesPerCell(block);
      if (measured)
        remaining = remaining.map((p) =>
          p.name === name && measured > p.bytesPerCell ? { ...p, bytesPerCell: measured } : p,
        );
    }
  }
  return { sheets: names.map((name) => assembleSheet(name, blocks.get(name)!)), extents, highlights };
}

interface Piece {
  name: string;
  rect: RangeRef;
  bytesPerCell: number;
}

const cellsOf = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Response bytes per cell seen in a loaded block, when it is big enough to tell (the budget keeps the headroom). */
function measuredBytesPerCell(block: LoadedBlock): number | null {
  const cells = block.values.reduce((n, row) => n + row.length, 0);
  if (cells < 100) return null;
  const bytes = jsonSize([block.values, block.formulas, block.numberFormat, block.valueTypes]);
  return Math.max(READ_BYTES_PER_CELL, Math.ceil(bytes / cells));
}

function halveBatch(batch: Piece[]): Piece[][] | null {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [p] = batch;
  if (p.rect.bottom === p.rect.top) return null;
  const mid = p.rect.top + ((p.rect.bottom - p.rect.top) >> 1);
  return [[{ ...p, rect: { ...p.rect, bottom: mid } }], [{ ...p, rect: { ...p.rect, top: mid + 1 } }]];
}

/**
 * True only for a real null object. A mock that never loaded the flag returns an error
 * string, which must not read as "empty sheet" (the address parse then fails loudly).
 */
export function isNull(object: { isNullObject: boolean }): boolean {
  return object.isNullObject === true;
}

/** A sheet's name and 0-based tab position. */
export interface SheetTab {
  name: string;
  position: number;
}

/** Load every sheet's name and tab position, in tab order (one sync). */
export async function loadSheetTabs(context: Excel.RequestContext): Promise<SheetTab[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  await context.sync();
  return worksheets.items.map((ws) => {
    if (typeof ws.position !== 'number') throw new Error('Excel returned no sheet position (property not loaded?)');
    return { name: asText(ws.name, 'sheet name'), position: ws.position };
  });
}

/** Load every sheet name, in tab order (one sync). */
export async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  return (await loadSheetTabs(context)).map((tab) => tab.name);
}
