import { parseA1 } from '../../model/a1';
import { type RangeRef } from '../../model/sheetPlan';

/**
 * Group cells into few rectangles so a host can write one 2-D array (or apply one
 * style) per rectangle instead of one call per cell: contiguous runs in each row,
 * then runs with the same column span on consecutive rows are stacked.
 */
export function cellsToRectangles(cells: Iterable<{ row: number; col: number }>): RangeRef[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row);
    if (cols) cols.push(col);
    else byRow.set(row, [col]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: RangeRef[] = [];
  // Open rectangles keyed by "left:right", extendable when the next row has the same span.
  let open = new Map<string, RangeRef>();
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, RangeRef>();
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      const left = start;
      const right = cols[i - 1];
      const key = `${left}:${right}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else {
        next.set(key, { top: row, left, bottom: row, right });
      }
      start = cols[i];
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Split a rectangle into row bands of at most `maxRows` rows (for payload chunking). */
export function splitRows(rect: RangeRef, maxRows: number): RangeRef[] {
  const out: RangeRef[] = [];
  const step = Math.max(1, Math.floor(maxRows));
  for (let top = rect.top; top <= rect.bottom; top += step) {
    out.push({ top, left: rect.left, bottom: Math.min(rect.bottom, top + step - 1), right: rect.right });
  }
  return out;
}

/** Parse 'Sheet 1'!B3:D9 / B3 / $B$3:$D$9 (sheet part optional) into a 0-based range. */
export function parseRangeAddress(address: string): RangeRef {
  const bang = address.lastIndexOf('!');
  const ends = (bang >= 0 ? address.slice(bang + 1) : address).split(':');
  if (ends.length > 2) throw new Error(`Not a range address: ${address}`);
  try {
    const start = parseA1(ends[0]);
    const end = ends.length === 2 ? parseA1(ends[1]) : start;
    return { top: start.row, left: start.col, bottom: end.row, right: end.col };
  } catch {
    throw new Error(`Not a range address: ${address}`);
  }
}
