import type { CellSnapshot, SheetSnapshot } from '../../model/snapshot';
import { pendingCell, pendingSheet, type PendingFormula } from './pendingFormula';
import { drain, type Steps } from './slices';
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

/** A pending cell: a formula without a result yet (readSnapshot leaves v null, t 'n'). */
const isWaiting = (c: CellSnapshot) => c.f !== undefined && c.v === null && c.t === 'n';

/** Evaluates what it can in place; returns the pending cells left for the general engine. */
export function evaluateSimpleFormulas(sheets: SheetSnapshot[], pending: PendingFormula[]): PendingFormula[] {
  return drain(evaluateSimpleSteps(sheets, pending));
}

/** Formulas between two chances to pause (see slices.ts). */
const FORMULAS_PER_STEP = 256;

/** The same in steps. */
export function* evaluateSimpleSteps(sheets: SheetSnapshot[], pending: PendingFormula[]): Steps<PendingFormula[]> {
  const failed = new Set<CellSnapshot>();
  const visiting = new Set<CellSnapshot>();

  const evaluate = (sheet: SheetSnapshot, cell: CellSnapshot): boolean => {
    // A failed cell stays waiting (never written), so only waiting cells are looked up.
    if (!isWaiting(cell)) return true;
    // Lookups and rates (most of Giải ngân's formulas) turned away before any set is touched.
    if (!mayBeSimple(cell.f!)) return false;
    if (failed.has(cell)) return false;
    if (visiting.has(cell)) {
      failed.add(cell);
      return false;
    }
    const parsed = parseSimpleFormula(cell.f!);
    if (!parsed) {
      failed.add(cell);
      return false;
    }
    visiting.add(cell);
    let sum = 0;
    let count = 0;
    let error: string | null = null;
    let ok = true;
    for (const r of parsed.ranges) {
      for (let row = r.top; row <= r.bottom && ok; row++) {
        const cells = sheet.rows[row];
        if (!cells) continue;
        const right = Math.min(r.right, cells.length - 1);
        for (let col = r.left; col <= right; col++) {
          const c = cells[col];
          if (!c) continue;
          if (isWaiting(c) && !evaluate(sheet, c)) {
            ok = false;
            break;
          }
          if (c.t === 'n') {
            sum += c.v as number;
            count += 1;
          } else if (c.t === 'e' && !error) error = String(c.v);
        }
      }
    }
    visiting.delete(cell);
    if (!ok) {
      failed.add(cell);
      return false;
    }
    if (error) {
      cell.v = error;
      cell.t = 'e';
    } else if (parsed.blankAware && count === 0) cell.t = 'z';
    else cell.v = sum;
    return true;
  };

  // Bottom-up: a total's parts (the rows below it) are done first, so each step stays small
  // (top-down, the first total would evaluate the whole sheet through its recursion).
  const left: PendingFormula[] = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i];
    if (!evaluate(sheets[pendingSheet(p)], pendingCell(sheets, p))) left.push(p);
    if (i % FORMULAS_PER_STEP === 0) yield;
  }
  return left.reverse();
}
