import type ExcelJS from 'exceljs';
import { KEY_ROW_SCAN_LIMIT, parseSheetMarker, type SheetKind } from '../../domain/workbookLayout';

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

export function findSheetMarker(sheet: ExcelJS.Worksheet): { kind: SheetKind; sheetId: string; version: string } | null {
  const last = Math.min(sheet.rowCount, KEY_ROW_SCAN_LIMIT);
  for (let r = 1; r <= last; r++) {
    let found: ReturnType<typeof parseSheetMarker> = null;
    sheet.getRow(r).eachCell((cell) => {
      if (!found) found = parseSheetMarker(cellText(cell.value));
    });
    if (found) return found;
  }
  return null;
}

/** The key row (1-based) holding `anchorKey` and its keys → 1-based columns. */
export function findKeyRow(sheet: ExcelJS.Worksheet, anchorKey: string): { row: number; columns: Map<string, number> } | null {
  const last = Math.min(sheet.rowCount, KEY_ROW_SCAN_LIMIT);
  for (let r = 1; r <= last; r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const text = cellText(cell.value)?.trim();
      if (text && !text.startsWith('#') && !columns.has(text)) columns.set(text, col);
    });
    if (columns.has(anchorKey)) return { row: r, columns };
  }
  return null;
}

/** A worksheet by its marker's sheet id, else by name. */
export function findTemplateSheet(workbook: ExcelJS.Workbook, sheetId: string, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => {
    const marker = findSheetMarker(ws);
    return marker?.kind === 'template' && marker.sheetId === sheetId;
  }) ?? workbook.worksheets.find((ws) => ws.name === name);
}
