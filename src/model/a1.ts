import type { RangeRef } from './sheetPlan';

/** A1 addressing: 0-based row/col ↔ Excel's 'B12'. */

/** Column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address for 0-based row/col. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range address for a 0-based range. */
export function a1Range(r: RangeRef): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parse 'B12' (optionally '$B$12') into 0-based row/col. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const columnIndexes = new Map<string, number>();

/** 0-based column of a column letter ('E' → 4); remembered (a long own table asks per cell). */
export function colIndex(letter: string): number {
  let col = columnIndexes.get(letter);
  if (col === undefined) {
    col = parseA1(`${letter}1`).col;
    if (columnIndexes.size < 10_000) columnIndexes.set(letter, col);
  }
  return col;
}
