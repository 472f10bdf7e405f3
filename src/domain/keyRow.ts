import { KEY_ROW_SCAN_LIMIT, parseSheetMarker, type SheetKind } from './workbookLayout';

/**
 * Finding the add-in marker and the key row in the top rows of a sheet, over a plain grid
 * of cell values from A1 (0-based). Every host and the validation model use these, each
 * turning its own cell type into values first, so they agree on what a key row is.
 */
export type ValueGrid = ReadonlyArray<ReadonlyArray<unknown>>;

export interface SheetMarker {
  kind: SheetKind;
  sheetId: string;
  version: string;
}

/** The first '#mtqg:<kind>:<id>:<version>' value in the first KEY_ROW_SCAN_LIMIT rows. */
export function findMarkerInGrid(grid: ValueGrid): SheetMarker | null {
  const limit = Math.min(grid.length, KEY_ROW_SCAN_LIMIT);
  for (let r = 0; r < limit; r++) {
    for (const value of grid[r] ?? []) {
      const marker = parseSheetMarker(value);
      if (marker) return marker;
    }
  }
  return null;
}

export interface KeyRow {
  /** 0-based row of the keys. */
  row: number;
  /** Column key → 0-based column index (first occurrence wins). */
  columns: Map<string, number>;
}

/** The first of the top rows holding one of `anchors` ('MA' on data sheets, 'KHOA' on Thông tin). */
export function findKeyRowInGrid(grid: ValueGrid, anchors: readonly string[]): KeyRow | null {
  const limit = Math.min(grid.length, KEY_ROW_SCAN_LIMIT);
  for (let r = 0; r < limit; r++) {
    const cells = grid[r] ?? [];
    if (!cells.some((v) => typeof v === 'string' && anchors.includes(v.trim()))) continue;
    const columns = new Map<string, number>();
    cells.forEach((v, c) => {
      const text = typeof v === 'string' ? v.trim() : '';
      // Cells starting with '#' (the marker) are not column keys.
      if (text && !text.startsWith('#') && !columns.has(text)) columns.set(text, c);
    });
    return { row: r, columns };
  }
  return null;
}
