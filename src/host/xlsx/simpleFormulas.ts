import {
  cellFormula,
  cellType,
  cellValue,
  isWaitingAt,
  movableShapeAt,
  rowLength,
  setCellResult,
  type SheetSnapshot,
} from '../../model/snapshot';
import { pendingAt, pendingCol, pendingRow, pendingSheet, type PendingFormula } from './pendingFormula';
import { drain, type Steps } from './slices';
import { shapeMemo } from '../../model/formulaShape';
import { parseRangeList, startsWithFold, sumRanges, SUM_OPEN, type CellRange } from '../../model/sumRanges';

/**
 * Fast path for formula results a file did not cache: the template's own formulas are
 * SUM(refs) and IF(COUNT(refs)=0,"",SUM(refs)) over same-sheet cells and ranges, which
 * are evaluated here directly on the snapshot (a province plan has ~40,000 of them).
 * Anything else is returned for HyperFormula.
 */
type Parsed = { blankAware: boolean; ranges: CellRange[] };

const IF_OPEN = '=IF(COUNT(';

export function parseSimpleFormula(f: string): Parsed | null {
  const sum = sumRanges(f);
  if (sum) return { blankAware: false, ranges: sum };
  if (f.charCodeAt(f.length - 1) !== 41) return null; // )
  if (startsWithFold(f, IF_OPEN)) {
    const upper = f.toUpperCase();
    if (!upper.endsWith('))')) return null;
    const close = upper.indexOf(')', IF_OPEN.length);
    const args = upper.slice(IF_OPEN.length, close);
    if (upper.slice(close) !== `)=0,"",SUM(${args}))`) return null;
    const ranges = parseRangeList(upper, IF_OPEN.length, close);
    return ranges ? { blankAware: true, ranges } : null;
  }
  return null;
}

const mayBeSimple = (f: string) => startsWithFold(f, SUM_OPEN) || startsWithFold(f, IF_OPEN);

/** A shape's ranges (at its anchor row), read once for all its cells. */
const shapeRanges = (f: string) => (mayBeSimple(f) ? parseSimpleFormula(f) : null);

/** Evaluates what it can in place; returns the pending cells left for the general engine. */
export function evaluateSimpleFormulas(sheets: SheetSnapshot[], pending: PendingFormula[]): PendingFormula[] {
  return drain(evaluateSimpleSteps(sheets, pending));
}

/** Formulas between two chances to pause (see slices.ts). */
const FORMULAS_PER_STEP = 256;

/** The same in steps. */
export function* evaluateSimpleSteps(sheets: SheetSnapshot[], pending: PendingFormula[]): Steps<PendingFormula[]> {
  // Cells by their packed place (pendingAt): a sheet's cells may be typed columns, not objects.
  const failed = new Set<number>();
  const visiting = new Set<number>();

  const evaluate = (index: number, row: number, col: number): boolean => {
    const sheet = sheets[index];
    // A failed cell stays waiting (never written), so only waiting cells are looked up.
    if (!isWaitingAt(sheet, row, col)) return true;
    // A movable shape's ranges are read once, then moved to the cell's row (formulaShape.ts).
    const shape = movableShapeAt(sheet, row, col);
    const f = shape ? '' : cellFormula(sheet, row, col)!;
    let parsed = shape ? shapeMemo(shape, 'simpleFormula', shapeRanges) : null;
    // Lookups and rates (most of Giải ngân's formulas) turned away before any set is touched.
    if (shape ? !parsed : !mayBeSimple(f)) return false;
    const at = pendingAt(index, row, col);
    if (failed.size && failed.has(at)) return false;
    if (visiting.size && visiting.has(at)) {
      failed.add(at);
      return false;
    }
    parsed ??= parseSimpleFormula(f);
    if (!parsed) {
      failed.add(at);
      return false;
    }
    const shift = shape ? row - shape.anchor : 0;
    // Marked as being computed only when it waits on another formula: a loop can only pass there.
    let marked = false;
    let sum = 0;
    let count = 0;
    let error: string | null = null;
    let ok = true;
    for (const r of parsed.ranges) {
      for (let y = r.top + shift; y <= r.bottom + shift && ok; y++) {
        const right = Math.min(r.right, rowLength(sheet, y) - 1);
        for (let x = r.left; x <= right; x++) {
          if (isWaitingAt(sheet, y, x)) {
            if (!marked) visiting.add(at);
            marked = true;
            if (!evaluate(index, y, x)) {
              ok = false;
              break;
            }
          }
          const t = cellType(sheet, y, x);
          if (t === 'n') {
            sum += cellValue(sheet, y, x) as number;
            count += 1;
          } else if (t === 'e' && !error) error = String(cellValue(sheet, y, x));
        }
      }
    }
    if (marked) visiting.delete(at);
    if (!ok) {
      failed.add(at);
      return false;
    }
    if (error) setCellResult(sheet, row, col, error, 'e');
    else if (parsed.blankAware && count === 0) setCellResult(sheet, row, col, null, 'z');
    else setCellResult(sheet, row, col, sum, 'n');
    return true;
  };

  // Bottom-up: a total's parts (the rows below it) are done first, so each step stays small
  // (top-down, the first total would evaluate the whole sheet through its recursion).
  const left: PendingFormula[] = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i];
    if (!evaluate(pendingSheet(p), pendingRow(p), pendingCol(p))) left.push(p);
    if (i % FORMULAS_PER_STEP === 0) yield;
  }
  return left.reverse();
}
