import type { CellSnapshot, SheetSnapshot } from '../../validation/snapshot';
import type { PendingFormula } from './evaluateFormulas';

/**
 * Fast path for formula results a file did not cache: the template's own formulas are
 * SUM(refs) and IF(COUNT(refs)=0,"",SUM(refs)) over same-sheet cells and ranges, which
 * are evaluated here directly on the snapshot. Anything else is returned for HyperFormula.
 */
const SUM = /^=SUM\(([^()]*)\)$/i;
const BLANK_AWARE = /^=IF\(COUNT\(([^()]*)\)=0,"",SUM\(([^()]*)\)\)$/i;
const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

interface Range { top: number; left: number; bottom: number; right: number }

function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

function parseArgs(args: string): Range[] | null {
  const out: Range[] = [];
  for (const raw of args.split(',')) {
    const m = REF.exec(raw.trim().toUpperCase());
    if (!m) return null;
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    out.push({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
  }
  return out;
}

type Parsed = { kind: 'sum' | 'blankAware'; ranges: Range[] };

function parseFormula(f: string): Parsed | null {
  let m = SUM.exec(f);
  if (m) { const ranges = parseArgs(m[1]); return ranges ? { kind: 'sum', ranges } : null; }
  m = BLANK_AWARE.exec(f);
  if (m && m[1].replace(/\s/g, '') === m[2].replace(/\s/g, '')) {
    const ranges = parseArgs(m[1]);
    return ranges ? { kind: 'blankAware', ranges } : null;
  }
  return null;
}

/** Evaluates what it can in place; returns the pending cells left for the general engine. */
export function evaluateSimpleFormulas(sheets: SheetSnapshot[], pending: PendingFormula[]): PendingFormula[] {
  const waiting = new Set<CellSnapshot>();
  for (const p of pending) waiting.add(sheets[p.sheet].rows[p.row][p.col]);
  const failed = new Set<CellSnapshot>();
  const visiting = new Set<CellSnapshot>();

  const evaluate = (sheet: SheetSnapshot, cell: CellSnapshot): boolean => {
    if (!waiting.has(cell)) return !failed.has(cell);
    if (visiting.has(cell)) return false;
    const parsed = parseFormula(cell.f!);
    if (!parsed) { waiting.delete(cell); failed.add(cell); return false; }
    visiting.add(cell);
    let sum = 0;
    let count = 0;
    let error: string | null = null;
    let ok = true;
    for (const r of parsed.ranges) {
      for (let row = r.top; row <= r.bottom && ok; row++) {
        const cells = sheet.rows[row];
        if (!cells) continue;
        for (let col = r.left; col <= r.right; col++) {
          const c = cells[col];
          if (!c) continue;
          if (waiting.has(c) && !evaluate(sheet, c)) { ok = false; break; }
          if (failed.has(c)) { ok = false; break; }
          if (c.t === 'n') { sum += c.v as number; count += 1; } else if (c.t === 'e' && !error) error = String(c.v);
        }
      }
    }
    visiting.delete(cell);
    waiting.delete(cell);
    if (!ok) { failed.add(cell); return false; }
    if (error) Object.assign(cell, { v: error, t: 'e' });
    else if (parsed.kind === 'blankAware' && count === 0) Object.assign(cell, { v: null, t: 'z' });
    else Object.assign(cell, { v: sum, t: 'n' });
    return true;
  };

  const left: PendingFormula[] = [];
  for (const p of pending) {
    const sheet = sheets[p.sheet];
    const cell = sheet.rows[p.row][p.col];
    if (!evaluate(sheet, cell)) left.push(p);
  }
  // Cells that failed only because a dependency failed go to the general engine too; reset them.
  for (const p of left) Object.assign(sheets[p.sheet].rows[p.row][p.col], { v: null, t: 'n' });
  return left;
}
