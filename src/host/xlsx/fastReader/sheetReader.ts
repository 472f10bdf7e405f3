import { EMPTY_CELL, type CellSnapshot, type SheetSnapshot } from '../../../model/snapshot';
import { plainValue } from '../readSnapshot';
import { decodeEscapes, local, saxParser, scanPart } from './packageParts';
import { decodeAddress, slideFormula } from './slideFormula';
import { ScanFallback, type ScanHandlers } from './xmlScanner';
import type { ZipPackage } from './zipPackage';
import type { PendingFormula } from '../evaluateFormulas';

/**
 * Streams one worksheet part into a SheetSnapshot: cell values, formulas (shared formulas
 * expanded to each cell's own text), cached results, number formats, merges and hidden
 * rows. Everything else in the part is skipped. The rules mirror ExcelJS 4.4's reading
 * (src/host/xlsx/readSnapshot.ts) so both readers give the same snapshot.
 */

export interface SheetContext {
  strings: string[];
  formats: Array<string | undefined>;
  /** Whether each style's number format is a date format (computed once per style). */
  dateStyles?: boolean[];
  date1904: boolean;
}

/** A formula cell without a cached result, to be evaluated after reading (sheet: its index). */
export type PendingCell = PendingFormula;

/** ExcelJS's test for a date format (quoted text and [..] sections removed first). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const xmlDecode = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&([a-z]*);/g, (m: string, e: string) =>
        e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : m,
      );

function toDate(v: number, date1904: boolean): unknown {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d : v;
}

interface CellState {
  address: string;
  row: number;
  col: number;
  t: string | undefined;
  style: number;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
  /** Whether the cell had a <v> element, even an empty one (a formula's cached "" result). */
  hasValueTag: boolean;
  runs: string[] | null;
}

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
  try {
    if (pkg.get(part)) return parseSheet((h) => scanPart(pkg, part, h), name, ctx, pending, sheetIndex);
  } catch (err) {
    if (!(err instanceof ScanFallback)) throw err;
    pending.length = mark;
  }
  return parseSheet(
    (h) => {
      const parser = saxParser(h);
      pkg.streamText(part, (chunk) => parser.write(chunk));
      parser.close();
    },
    name,
    ctx,
    pending,
    sheetIndex,
  );
}

function parseSheet(
  feed: (h: ScanHandlers) => void,
  name: string,
  ctx: SheetContext,
  pending: PendingCell[],
  sheetIndex: number,
): SheetSnapshot {
  const firstPending = pending.length;
  const rows: CellSnapshot[][] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const masters = new Map<string, { address: string; formula: string }>();
  let rowIndex = -1;
  let rowCells: CellSnapshot[] = [];
  let col = -1;
  let cell: CellState | null = null;
  /** 'f' | 'v' | 't' while inside one of them; 'run' inside a rich text run's <t>. */
  let textTarget: '' | 'f' | 'v' | 't' | 'run' = '';
  let inRun = false;
  let runText = '';
  let lastRow = -1;
  const state: CellState = {
    address: '',
    row: 0,
    col: 0,
    t: undefined,
    style: 0,
    formula: undefined,
    shareType: undefined,
    si: undefined,
    ref: undefined,
    value: undefined,
    hasValueTag: false,
    runs: null,
  };

  const finishCell = (c: CellState) => {
    const snap = cellSnapshot(c, ctx, masters);
    if (!snap) return;
    while (rowCells.length < c.col) rowCells.push(EMPTY_CELL);
    rowCells[c.col] = snap;
    if (snap.v === PENDING) {
      snap.v = null;
      pending.push({ sheet: sheetIndex, row: c.row, col: c.col });
    }
  };

  feed({
    wantText: () => cell !== null && textTarget !== '',
    open: (tag) => {
      const n = local(tag.name);
      const a = tag.attributes;
      switch (n) {
        case 'row': {
          rowIndex = a.r ? parseInt(a.r, 10) - 1 : rowIndex + 1;
          rowCells = rows[rowIndex] ?? [];
          rows[rowIndex] = rowCells;
          if (rowIndex > lastRow) lastRow = rowIndex;
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
          cell.address = a.r ?? `${colLetters(col + 1)}${r + 1}`;
          cell.row = r;
          cell.col = col;
          cell.t = a.t;
          cell.style = a.s ? parseInt(a.s, 10) : 0;
          cell.formula = cell.shareType = cell.si = cell.ref = cell.value = undefined;
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

  for (let r = 0; r <= lastRow; r++) if (!rows[r]) rows[r] = [];
  applyMerges(rows, merges, pending, firstPending);
  const sheet: SheetSnapshot = hiddenRows.length ? { name, rows, hiddenRows } : { name, rows };
  // The layout reader reads an officer's merged group headers from these ranges.
  if (merges.length) sheet.merges = [...merges];
  return sheet;
}

/** Marks a formula cell whose result must be computed. */
const PENDING = '\u0000pending';

function cellSnapshot(
  c: CellState,
  ctx: SheetContext,
  masters: Map<string, { address: string; formula: string }>,
): CellSnapshot | null {
  const nf = c.style ? ctx.formats[c.style] : undefined;
  const isDate = nf !== undefined && (ctx.dateStyles ??= ctx.formats.map(isDateFormat))[c.style];
  let snap: CellSnapshot | null;
  if (c.formula || c.shareType) {
    let result: unknown;
    if (c.value) {
      if (c.t === 'str') result = xmlDecode(c.value);
      else if (c.t === 'b') result = parseInt(c.value, 10) !== 0;
      else if (c.t === 'e') result = { error: c.value };
      else result = parseFloat(c.value);
    } else if (c.hasValueTag && c.t === 'str') {
      // Excel and LibreOffice cache a formula showing "" as <v></v>: a result, not a missing one.
      result = '';
    }
    if (result !== undefined && isDate && typeof result === 'number') result = toDate(result, ctx.date1904);
    let formula = c.formula;
    if (c.shareType === 'shared' && c.si !== undefined) {
      if (c.ref && formula) masters.set(c.si, { address: c.address, formula });
      else if (!formula) {
        const master = masters.get(c.si);
        formula = master ? slideFormula(master.formula, master.address, c.address) : undefined;
      }
    }
    // Joined, not `=${…}`: a concatenation is a two-part string object kept per formula cell.
    const f = formula
      ? ['=', formula.indexOf('_xlfn.') >= 0 ? formula.replace(/_xlfn\./g, '') : formula].join('')
      : undefined;
    if (!f) snap = result === undefined || result === null ? null : plainValue(result);
    else if (result === undefined || result === null) snap = { v: PENDING, t: 'n', f };
    else {
      const plain = plainValue(result);
      snap = { v: plain.v, t: plain.t, f };
    }
  } else if (c.value !== undefined || c.runs) {
    let value: unknown;
    switch (c.t) {
      case 's':
        value = ctx.strings[parseInt(c.value ?? '', 10)] ?? '';
        break;
      case 'str':
        value = xmlDecode(c.value ?? '');
        break;
      case 'inlineStr':
        value = c.runs ? c.runs.join('') : (c.value ?? '');
        break;
      case 'b':
        value = parseInt(c.value ?? '', 10) !== 0;
        break;
      case 'e':
        value = { error: c.value };
        break;
      default: {
        const num = parseFloat(c.value ?? '');
        value = isDate ? toDate(num, ctx.date1904) : num;
      }
    }
    snap = plainValue(value);
    if (snap.t === 'z') snap = null;
  } else snap = null;
  if (snap && nf) return withFormat(snap, nf);
  return snap;
}

/**
 * The cell with its number format, built as one literal: a property added to a two-field
 * literal moves to a separate property array (one more object per cell, millions of them).
 */
function withFormat(snap: CellSnapshot, nf: string): CellSnapshot {
  return snap.f === undefined ? { v: snap.v, t: snap.t, nf } : { v: snap.v, t: snap.t, f: snap.f, nf };
}

function colLetters(n: number): string {
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Only the top-left cell of a merged range keeps its content (as in Excel and ExcelJS). */
function applyMerges(rows: CellSnapshot[][], merges: string[], pending: PendingCell[], from: number): void {
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
    for (let r = top; r <= bottom; r++) {
      const cells = (rows[r] ??= []);
      for (let c = left; c <= right; c++) {
        if ((r === top && c === left) || !cells[c] || cells[c] === EMPTY_CELL) continue;
        cleared += 1;
        cells[c] = EMPTY_CELL;
      }
      while (cells.length && cells[cells.length - 1] === EMPTY_CELL) cells.pop();
    }
  }
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  if (cleared) {
    // This sheet's pending formulas whose cell a merge cleared are dropped.
    let to = from;
    for (let i = from; i < pending.length; i++) {
      const p = pending[i];
      if (rows[p.row][p.col] !== EMPTY_CELL) pending[to++] = p;
    }
    pending.length = to;
  }
}
