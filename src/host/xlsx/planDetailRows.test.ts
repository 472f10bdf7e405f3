import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { MONEY_UNITS } from '../../domain/units';
import { XlsxWorkbookHost } from './XlsxWorkbookHost';
import { findKeyRow } from './sheetScan';

/** Sets a value on "Thông tin" by its key, as a user types it. */
function typeSetting(wb: ExcelJS.Workbook, key: string, value: ExcelJS.CellValue) {
  const ws = wb.getWorksheet(SHEET_NAMES.settings)!;
  const keys = findKeyRow(ws, 'KHOA')!;
  for (let r = keys.row + 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, keys.columns.get('KHOA')).value === key) ws.getCell(r, keys.columns.get('GIA_TRI')).value = value;
}

describe('rebuilding Kế hoạch vốn reads "Thông tin" with the validation reader', () => {
  it('accepts the labels users type ("nghìn đồng"), as validation does', async () => {
    const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
    await host.applyPlans(buildTemplatePlans({ year: 2024, unit: 'nghin' }), 'refuse');
    typeSetting(host.workbook, 'DON_VI_TINH', 'nghìn đồng');
    typeSetting(host.workbook, 'CAP', 'Tỉnh');
    const code = await host.addDetailRow('DA4.TDA1.ND1', 'Đường Áng Hin');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    const keys = findKeyRow(ws, 'MA')!;
    let row = -1;
    for (let r = keys.row + 1; r <= ws.rowCount; r++) if (ws.getCell(r, keys.columns.get('MA')).value === code) row = r;
    // The rebuilt sheet keeps the workbook's unit: not the default (triệu đồng, 3 decimals).
    expect(ws.getCell(row, keys.columns.get('DTPT_NSTW')).numFmt).toBe(MONEY_UNITS.nghin.numFmt);
    expect(MONEY_UNITS.nghin.numFmt).not.toBe(MONEY_UNITS.trieu.numFmt);
  });
});
