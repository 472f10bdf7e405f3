import type ExcelJS from 'exceljs';
import { KEY_ROW_SCAN_LIMIT } from '../../domain/workbookLayout';
import { findKeyRowInGrid, findMarkerInGrid, type SheetMarker } from '../../domain/keyRow';

/**
 * Reading helpers over ExcelJS worksheets: the add-in marker, the key row and its
 * column keys. Browser-safe.
 */

/** Plain text of a cell value (rich text joined), or null when it is not text. */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return null;
}

/** True when a value is a formula (plain or shared) rather than a typed value. */
export function isFormulaValue(value: ExcelJS.CellValue): boolean {
  return !!value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}

/** Top rows of a worksheet as a 0-based grid of plain values (text joined from rich text). */
function topRowsGrid(sheet: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  const last = Math.min(sheet.rowCount, KEY_ROW_SCAN_LIMIT);
  for (let r = 1; r <= last; r++) {
    const row: unknown[] = [];
    sheet.getRow(r).eachCell((cell, col) => {
      row[col - 1] = cellText(cell.value);
    });
    grid.push(row);
  }
  return grid;
}

export function findSheetMarker(sheet: ExcelJS.Worksheet): SheetMarker | null {
  return findMarkerInGrid(topRowsGrid(sheet));
}

/** The key row (1-based) holding `anchorKey` and its keys → 1-based columns (ExcelJS numbering). */
export function findKeyRow(
  sheet: ExcelJS.Worksheet,
  anchorKey: string,
): { row: number; columns: Map<string, number> } | null {
  const found = findKeyRowInGrid(topRowsGrid(sheet), [anchorKey]);
  if (!found) return null;
  return { row: found.row + 1, columns: new Map([...found.columns].map(([key, col]) => [key, col + 1])) };
}

/** A worksheet by its marker's sheet id, else by name. */
export function findTemplateSheet(
  workbook: ExcelJS.Workbook,
  sheetId: string,
  name: string,
): ExcelJS.Worksheet | undefined {
  return (
    workbook.worksheets.find((ws) => {
      const marker = findSheetMarker(ws);
      return marker?.kind === 'template' && marker.sheetId === sheetId;
    }) ?? workbook.worksheets.find((ws) => ws.name === name)
  );
}
