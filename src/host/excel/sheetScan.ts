import { findKeyRowInGrid, findMarkerInGrid, type KeyRow, type ValueGrid } from '../../domain/keyRow';
import type { SheetKind } from '../../domain/workbookLayout';

export type { KeyRow, ValueGrid };

/** The add-in marker ('#mtqg:<kind>:<id>:<version>') anywhere in the first rows, if any. */
export function findMarker(grid: ValueGrid): { kind: SheetKind; sheetId: string } | null {
  const marker = findMarkerInGrid(grid);
  return marker ? { kind: marker.kind, sheetId: marker.sheetId } : null;
}

/** The key row: the first of the top rows holding 'MA' (data sheets) or 'KHOA' (settings). */
export function findKeyRow(grid: ValueGrid, anchors: readonly string[] = ['MA', 'KHOA']): KeyRow | null {
  return findKeyRowInGrid(grid, anchors);
}

/** Pad a used-range block that starts at (top, left) into a grid from A1. */
export function padToA1<T>(block: ReadonlyArray<ReadonlyArray<T>>, top: number, left: number, empty: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < top; r++) out.push([]);
  for (const row of block) out.push([...new Array<T>(left).fill(empty), ...row]);
  return out;
}
