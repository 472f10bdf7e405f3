import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../model/snapshot';

/**
 * Writes a snapshot into an ExcelJS workbook (tests and the benchmark): values, number
 * formats, errors, hidden rows and formulas — with their results cached as Excel saves
 * them, or without results (as files written by libraries are).
 */
export function snapshotToWorkbook(
  snapshot: WorkbookSnapshot,
  workbook: ExcelJS.Workbook,
  opts: { cachedResults: boolean },
): ExcelJS.Workbook {
  for (const sheet of snapshot.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      if (!cells.length) return;
      const row = ws.getRow(r + 1);
      cells.forEach((c, col) => {
        if (!c || (c.t === 'z' && !c.f)) return;
        const cell = row.getCell(col + 1);
        if (c.f) {
          const formula = c.f.replace(/^=/, '');
          const result = c.t === 'e' ? { error: c.v } : c.v;
          cell.value = (opts.cachedResults && c.v !== null ? { formula, result } : { formula }) as ExcelJS.CellValue;
        } else if (c.t === 'e') cell.value = { error: c.v } as ExcelJS.CellErrorValue;
        else cell.value = c.v;
        if (c.nf) cell.numFmt = c.nf;
      });
    });
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return workbook;
}
