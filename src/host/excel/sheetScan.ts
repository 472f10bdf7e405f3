import { KEY_ROW_SCAN_LIMIT, parseSheetMarker, type SheetKind } from '../../domain/workbookLayout';

/** A grid of raw cell values from A1 (as Office.js returns them, padded by the caller). */
export type ValueGrid = ReadonlyArray<ReadonlyArray<unknown>>;

/** The add-in marker ('#mtqg:<kind>:<id>:<version>') anywhere in the first rows, if any. */
export function findMarker(grid: ValueGrid): { kind: SheetKind; sheetId: string } | null {
  const limit = Math.min(grid.length, KEY_ROW_SCAN_LIMIT);
  for (let r = 0; r < limit; r++) {
    for (const value of grid[r] ?? []) {
      const marker = parseSheetMarker(value);
      if (marker) return { kind: marker.kind, sheetId: marker.sheetId };
    }
  }
  return null;
}

/** The key row: the first of the top rows holding 'MA' (data sheets) or 'KHOA' (settings). */
export interface KeyRow {
  row: number;
  /** Column key → 0-based column index. */
  columns: Map<string, number>;
}

export function findKeyRow(grid: ValueGrid, anchors: readonly string[] = ['MA', 'KHOA']): KeyRow | null {
  const limit = Math.min(grid.length, KEY_ROW_SCAN_LIMIT);
  for (let r = 0; r < limit; r++) {
    const cells = grid[r] ?? [];
    if (!cells.some((v) => typeof v === 'string' && anchors.includes(v.trim()))) continue;
    const columns = new Map<string, number>();
    cells.forEach((v, c) => {
      // Cells starting with '#' (the marker) are not column keys.
      if (typeof v === 'string' && v.trim() !== '' && !v.startsWith('#') && !columns.has(v.trim())) columns.set(v.trim(), c);
    });
    return { row: r, columns };
  }
  return null;
}

/** Pad a used-range block that starts at (top, left) into a grid from A1. */
export function padToA1<T>(block: ReadonlyArray<ReadonlyArray<T>>, top: number, left: number, empty: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < top; r++) out.push([]);
  for (const row of block) out.push([...new Array<T>(left).fill(empty), ...row]);
  return out;
}
