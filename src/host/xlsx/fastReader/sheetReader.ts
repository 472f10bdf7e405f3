import { a1 } from '../../../model/a1';
import { gridSheet, type SheetSnapshot } from '../../../model/snapshot';
import { CellGrid } from '../../../model/cellGrid';
import { decodeEscapes, local, readPart } from './packageParts';
import { decodeAddress } from './slideFormula';
import { newCellState, readCellElement, type CellState } from './cellElement';
import { endsName } from './cellBytes';
import { FormulaShapes } from './formulaShapes';
import { cellSnapshot, PENDING, type SharedFormulas, type SheetContext } from './cellValue';
export type { SheetContext } from './cellValue';
import type { ScanHandlers } from './xmlScanner';
import type { ZipPackage } from './zipPackage';
import { fitsPending, pendingAt, pendingCol, pendingRow, type PendingFormula } from '../pendingFormula';

/**
 * Streams one worksheet part into a SheetSnapshot: cell values, formulas (shared formulas
 * expanded to each cell's own text), cached results, number formats, merges and hidden
 * rows. Everything else in the part is skipped. The rules mirror ExcelJS 4.4's reading
 * (src/host/xlsx/readSnapshot.ts) so both readers give the same snapshot.
 */

/** A formula cell without a cached result, to be evaluated after reading (sheet: its index). */
export type PendingCell = PendingFormula;

/**
 * Reads a worksheet part: the byte scanner first (xmlScanner.ts); XML it does not handle as
 * saxes does is read again, from the start, with saxes (which also rejects malformed XML).
 */
export function readSheet(
  pkg: ZipPackage,
  part: string,
  name: string,
  ctx: SheetContext,
  pending: PendingCell[],
  sheetIndex = 0,
): SheetSnapshot {
  const mark = pending.length;
  // A row takes a dozen bytes of XML at the least: a sheet's stated size past that is not believed
  // (a sheet formatted to row 1,048,576 would have each column made that long at once).
  const plausibleRows = Math.ceil(pkg.uncompressedSize([part]) / BYTES_PER_ROW_AT_LEAST);
  return readPart(pkg, part, (feed) => {
    // A reading the scanner handed back left its pending formulas: they are read again.
    pending.length = mark;
    return parseSheet(feed, name, ctx, pending, sheetIndex, plausibleRows);
  });
}

/** `<row r="9"/>`: 12 bytes. */
const BYTES_PER_ROW_AT_LEAST = 12;

function parseSheet(
  feed: (h: ScanHandlers) => void,
  name: string,
  ctx: SheetContext,
  pending: PendingCell[],
  sheetIndex: number,
  plausibleRows: number,
): SheetSnapshot {
  const firstPending = pending.length;
  // Typed columns, not an object per cell (cellGrid.ts): a province plan has millions of cells.
  const grid = new CellGrid();
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const masters: SharedFormulas = new Map();
  const shapes = new FormulaShapes();
  let rowIndex = -1;
  let col = -1;
  let cell: CellState | null = null;
  /** 'f' | 'v' | 't' while inside one of them; 'run' inside a rich text run's <t>. */
  let textTarget: '' | 'f' | 'v' | 't' | 'run' = '';
  let inRun = false;
  let runText = '';
  const state: CellState = newCellState();

  // A cell goes where its reference says, even when that is not its <row>'s row (a file
  // written by hand): the pending formula below must find it there.
  const finishCell = (c: CellState) => {
    const snap = cellSnapshot(c, ctx, masters);
    if (!snap) return;
    if (snap.v !== PENDING) grid.put(c.row, c.col, snap, false, c.shape);
    // A cell past any real sheet's end cannot wait for a result: shown as Excel shows a formula it cannot compute.
    else if (!fitsPending(c.row, c.col)) grid.put(c.row, c.col, { ...snap, v: '#VALUE!', t: 'e' }, false, c.shape);
    else {
      grid.put(c.row, c.col, snap, true, c.shape);
      pending.push(pendingAt(sheetIndex, c.row, c.col));
    }
  };

  feed({
    wantText: () => cell !== null && textTarget !== '',
    readElement: (bytes, lt, end) => {
      // Only a <c>, and not inside a cell read tag by tag (a <c> in a <c>: that state is in use).
      if (bytes[lt + 1] !== 99 || !endsName(bytes[lt + 2]) || cell) return -1;
      const next = readCellElement(bytes, lt, end, state, shapes);
      if (next >= 0) {
        col = state.col;
        finishCell(state);
      }
      return next;
    },
    open: (tag) => {
      const n = local(tag.name);
      const a = tag.attributes;
      switch (n) {
        case 'row': {
          rowIndex = a.r ? parseInt(a.r, 10) - 1 : rowIndex + 1;
          grid.extendRows(rowIndex + 1);
          if (a.hidden === '1' || a.hidden === 'true') hiddenRows.push(rowIndex);
          col = -1;
          break;
        }
        case 'c': {
          let r = rowIndex;
          if (a.r) {
            const pos = decodeAddress(a.r);
            col = pos.col - 1;
            r = pos.row - 1;
          } else col += 1;
          // One state object reused for every cell: a sheet has millions of them.
          cell = state;
          cell.address = a.r ?? a1(r, col);
          cell.row = r;
          cell.col = col;
          cell.t = a.t;
          cell.style = a.s ? parseInt(a.s, 10) : 0;
          cell.formula = cell.shareType = cell.si = cell.ref = cell.value = undefined;
          cell.shape = null;
          cell.formulaHasEquals = false;
          cell.number = NaN;
          cell.hasValueTag = false;
          cell.runs = null;
          break;
        }
        case 'f':
          if (cell) {
            cell.shareType = a.t;
            cell.si = a.si;
            cell.ref = a.ref;
            textTarget = 'f';
          }
          break;
        case 'v':
          if (cell) {
            textTarget = 'v';
            cell.hasValueTag = true;
          }
          break;
        case 'r':
          if (cell) {
            inRun = true;
            runText = '';
          }
          break;
        case 't':
          if (cell) textTarget = inRun ? 'run' : 't';
          break;
        case 'dimension': {
          // "A1:Q200043": the grid is made for that many rows at once.
          const last = a.ref?.split(':').pop();
          if (last) grid.reserve(Math.min(decodeAddress(last).row, plausibleRows));
          break;
        }
        case 'mergeCell':
          if (a.ref) merges.push(a.ref);
          break;
      }
    },
    text: (s) => {
      if (!cell || !textTarget) return;
      if (textTarget === 'f') cell.formula = (cell.formula ?? '') + s;
      else if (textTarget === 'run') runText += s;
      else cell.value = (cell.value ?? '') + s;
    },
    close: (tagName) => {
      const n = local(tagName);
      if (n === 'c') {
        if (cell) finishCell(cell);
        cell = null;
      } else if (n === 'r' && inRun && cell) {
        inRun = false;
        (cell.runs ??= []).push(decodeEscapes(runText));
      } else if (n === 'f' || n === 'v' || n === 't') textTarget = '';
    },
  });

  applyMerges(grid, merges, pending, firstPending);
  // The layout reader reads an officer's merged group headers from these ranges.
  return gridSheet(name, grid, {
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(merges.length ? { merges: [...merges] } : {}),
  });
}

/** Only the top-left cell of a merged range keeps its content (as in Excel and ExcelJS). */
function applyMerges(grid: CellGrid, merges: string[], pending: PendingCell[], from: number): void {
  if (!merges.length) return;
  let cleared = 0;
  for (const ref of merges) {
    const [a, b = a] = ref.split(':');
    const tl = decodeAddress(a);
    const br = decodeAddress(b);
    const top = Math.min(tl.row, br.row) - 1;
    const bottom = Math.max(tl.row, br.row) - 1;
    const left = Math.min(tl.col, br.col) - 1;
    const right = Math.max(tl.col, br.col) - 1;
    grid.extendRows(bottom + 1);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if ((r === top && c === left) || !grid.has(r, c)) continue;
        cleared += 1;
        grid.clear(r, c);
      }
    }
  }
  if (cleared) {
    // This sheet's pending formulas whose cell a merge cleared are dropped.
    let to = from;
    for (let i = from; i < pending.length; i++) {
      const p = pending[i];
      if (grid.has(pendingRow(p), pendingCol(p))) pending[to++] = p;
    }
    pending.length = to;
  }
}
