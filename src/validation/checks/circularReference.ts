import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { a1 } from '../../model/a1';
import {
  cellFormula,
  cellType,
  cellValue,
  forEachFormula,
  hasFormulaAt,
  movableShapeAt,
  rowCount,
  rowLength,
  type SheetSnapshot,
} from '../../model/snapshot';
import { shapeMemo } from '../../model/formulaShape';
import type { KeyedSheet } from '../workbookModel';
import { sumRanges } from '../../model/sumRanges';

/** Same-sheet references; references to other sheets are cut out first. */
const REF = /\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?/g;
const OTHER_SHEET = /(?:'[^']*(?:''[^']*)*'|[\p{L}\p{N}_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/gu;
const STRINGS = /"[^"]*"/g;
const CYCLE = '#CYCLE!';
/** Ranges larger than this are matched against the formula cells instead of walked cell by cell. */
const WALK_LIMIT = 4096;
const SHOWN_CELLS = 6;

const key = (row: number, col: number) => row * 16_384 + col;

/**
 * CIRCULAR_REFERENCE: formulas that depend on themselves, one finding per loop naming its
 * cells. Found from the formulas (a file saved by Excel caches 0 in a loop), and the cells
 * a formula evaluator marked #CYCLE! (the loop and everything depending on it) are folded
 * into that finding instead of one error each.
 */
export const checkCircularReference: Check = (model) => {
  const out: Finding[] = [];
  const sheets = [model.settings, model.allocation, model.plan, model.indicators].filter((s): s is KeyedSheet => !!s);
  const found = sheets.map((sheet) => {
    const loops = findLoops(sheet.sheet);
    const inLoop = new Set(loops.flat().map((c) => key(c.row, c.col)));
    const marked = markedCells(sheet.sheet).filter((c) => !inLoop.has(key(c.row, c.col)));
    return { sheet, loops, marked };
  });
  const anyLoop = found.some((x) => x.loops.length);
  // Cells marked #CYCLE! outside any loop depend on one: counted on the first loop found.
  let dependents = anyLoop ? found.reduce((n, x) => n + x.marked.length, 0) : 0;
  for (const { sheet, loops, marked } of found) {
    for (const loop of loops) {
      out.push(loopFinding(sheet.name, loop, dependents));
      dependents = 0;
    }
    // Marked by the evaluator, no loop within the sheets read (it runs through another sheet): one finding for them all.
    if (!anyLoop && marked.length) {
      out.push(
        makeFinding('CIRCULAR_REFERENCE', {
          sheet: sheet.name,
          row: marked[0].row,
          col: marked[0].col,
          message: `Tham chiếu vòng (qua trang khác): ${marked.length} ô báo ${CYCLE} (${list(marked)}); kiểm tra các công thức tham chiếu sang trang khác.`,
          messageEn: `Circular reference (through another sheet): ${marked.length} cells show ${CYCLE} (${list(marked)}); check the formulas referring to other sheets.`,
        }),
      );
    }
  }
  return out;
};

function loopFinding(sheet: string, loop: Cell[], dependents: number): Finding {
  const names = list(loop);
  const [more, moreEn] = dependents
    ? [
        `; ${dependents} ô khác phụ thuộc vòng này cũng báo ${CYCLE}`,
        `; ${dependents} more cells depending on it show ${CYCLE}`,
      ]
    : ['', ''];
  const [what, whatEn] =
    loop.length === 1
      ? [`công thức ô ${names} tham chiếu chính nó`, `the formula of ${names} refers to itself`]
      : [`công thức các ô ${names} phụ thuộc lẫn nhau`, `the formulas of ${names} depend on each other`];
  return makeFinding('CIRCULAR_REFERENCE', {
    sheet,
    row: loop[0].row,
    col: loop[0].col,
    message: `Tham chiếu vòng: ${what}, Excel không tính được; sửa để mỗi ô tổng chỉ cộng các ô bên dưới nó${more}.`,
    messageEn: `Circular reference: ${whatEn} and cannot be computed; make each total add only the cells under it${moreEn}.`,
  });
}

interface Cell {
  row: number;
  col: number;
}

function list(cells: Cell[]): string {
  const names = cells.slice(0, SHOWN_CELLS).map((c) => a1(c.row, c.col));
  return cells.length > SHOWN_CELLS ? `${names.join(', ')}, … (${cells.length} ô/cells)` : names.join(', ');
}

function markedCells(sheet: SheetSnapshot): Cell[] {
  const out: Cell[] = [];
  const rows = rowCount(sheet);
  for (let row = 0; row < rows; row++) {
    const length = rowLength(sheet, row);
    for (let col = 0; col < length; col++) {
      if (cellType(sheet, row, col) === 'e' && cellValue(sheet, row, col) === CYCLE) out.push({ row, col });
    }
  }
  return out;
}

/** Loops among the sheet's formula cells (strongly connected parts with a cycle), cells in sheet order. */
export function findLoops(sheet: SheetSnapshot): Cell[][] {
  // Sums refer forward (to cells right of or below them): a loop needs a reference back to a cell
  // at or before the formula's own. None anywhere → no loop, without building the graph (a
  // province plan has a million formulas: the graph alone was 120 MB).
  if (!anyReferenceBack(sheet)) return [];
  const cells: Cell[] = [];
  const formulas: string[] = [];
  const index = new Map<number, number>();
  forEachFormula(sheet, (f, r, col) => {
    index.set(key(r, col), cells.length);
    cells.push({ row: r, col });
    formulas.push(f);
  });
  const edges: number[][] = formulas.map((f) => referencedFormulaCells(f, cells, index));
  return stronglyConnected(edges)
    .filter((part) => part.length > 1 || edges[part[0]].includes(part[0]))
    .map((part) => part.map((i) => cells[i]).sort((a, b) => a.row - b.row || a.col - b.col))
    .sort((a, b) => a[0].row - b[0].row || a[0].col - b[0].col);
}

function anyReferenceBack(sheet: SheetSnapshot): boolean {
  const cell: Cell = { row: 0, col: 0 };
  const rows = rowCount(sheet);
  for (let r = 0; r < rows; r++) {
    const length = rowLength(sheet, r);
    for (let col = 0; col < length; col++) {
      if (!hasFormulaAt(sheet, r, col)) continue;
      // A movable shape refers back at every row if it does at its anchor (its rows move with it).
      const shape = movableShapeAt(sheet, r, col);
      if (shape) {
        const known = shapeMemo(shape, 'refersBack', () => ({
          col,
          back: refersBack(shape.text, { row: shape.anchor, col }),
        }));
        if (known.col === col ? known.back : refersBack(shape.text, { row: shape.anchor, col })) return true;
        continue;
      }
      cell.row = r;
      cell.col = col;
      if (refersBack(cellFormula(sheet, r, col)!, cell)) return true;
    }
  }
  return false;
}

function referencedFormulaCells(formula: string, cells: Cell[], index: Map<number, number>): number[] {
  // Plain loops and no rewriting unless needed: a province plan has ~100,000 formulas.
  const text = cleanFormula(formula);
  const out: number[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m; m = REF.exec(text)) {
    if (!isReference(text, m)) continue;
    const fromRow = Number(m[2]) - 1;
    const fromCol = columnIndex(m[1]);
    const toRow = m[3] ? Number(m[4]) - 1 : fromRow;
    const toCol = m[3] ? columnIndex(m[3]) : fromCol;
    const [top, bottom] = fromRow <= toRow ? [fromRow, toRow] : [toRow, fromRow];
    const [left, right] = fromCol <= toCol ? [fromCol, toCol] : [toCol, fromCol];
    if ((bottom - top + 1) * (right - left + 1) <= WALK_LIMIT) {
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          const i = index.get(key(r, c));
          if (i !== undefined) out.push(i);
        }
    } else {
      cells.forEach((c, i) => {
        if (c.row >= top && c.row <= bottom && c.col >= left && c.col <= right) out.push(i);
      });
    }
  }
  return out;
}

/** A reference whose range starts at or before the cell itself (row first, then column). */
function refersBack(formula: string, cell: Cell): boolean {
  // The template's sums (most of a plan's formulas) read without a regex.
  const ranges = sumRanges(formula);
  if (ranges) return ranges.some((r) => r.top < cell.row || (r.top === cell.row && r.left <= cell.col));
  const text = cleanFormula(formula);
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m; m = REF.exec(text)) {
    if (!isReference(text, m)) continue;
    const fromRow = Number(m[2]) - 1;
    const toRow = m[3] ? Number(m[4]) - 1 : fromRow;
    const top = Math.min(fromRow, toRow);
    if (top < cell.row) return true;
    if (top > cell.row) continue;
    const fromCol = columnIndex(m[1]);
    const left = m[3] ? Math.min(fromCol, columnIndex(m[3])) : fromCol;
    if (left <= cell.col) return true;
  }
  return false;
}

function cleanFormula(formula: string): string {
  let text = formula;
  if (text.includes('"')) text = text.replace(STRINGS, '');
  if (text.includes('!')) text = text.replace(OTHER_SHEET, '');
  return /[a-z]/.test(text) ? text.toUpperCase() : text;
}

/** Part of a name (LOG10, A_1, SHEET1.A1) or a function call is not a reference. */
function isReference(text: string, m: RegExpExecArray): boolean {
  const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
  const after = text.charCodeAt(m.index + m[0].length);
  return !(isNameChar(before) || after === 40 /* ( */ || (after >= 48 && after <= 57));
}

function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col - 1;
}

/** Tarjan's strongly connected components, iterative (a long chain of sums must not overflow the stack). */
function stronglyConnected(edges: number[][]): number[][] {
  const n = edges.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const parts: number[][] = [];
  let counter = 0;
  for (let start = 0; start < n; start++) {
    if (order[start] >= 0) continue;
    const work: Array<[node: number, next: number]> = [[start, 0]];
    order[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i < edges[v].length) {
        top[1] += 1;
        const w = edges[v][i];
        if (order[w] < 0) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === order[v]) {
        const part: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          part.push(w);
        } while (w !== v);
        parts.push(part);
      }
    }
  }
  return parts;
}
