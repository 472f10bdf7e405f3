import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { cellAt, type SheetSnapshot } from '../../model/snapshot';
import { XlsxWorkbookHost } from './XlsxWorkbookHost';
import { findKeyRow } from './sheetScan';

/** Integration with H3's readWorkbookSnapshot: a template written by this host reads back evaluated. */
describe('XlsxWorkbookHost.readSnapshot on a template', () => {
  function locate(sheet: SheetSnapshot) {
    const keyRow = sheet.rows.findIndex((row) => row?.some((c) => c.v === 'MA'));
    const colOf = (key: string) => sheet.rows[keyRow].findIndex((c) => c.v === key);
    const rowOf = (code: string) => sheet.rows.findIndex((row, r) => r > keyRow && row?.[colOf('MA')]?.v === code);
    return { colOf, rowOf };
  }

  it('reads typed amounts and evaluated totals, detail rows included', async () => {
    const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
    await host.applyPlans(buildTemplatePlans({ year: 2024 }), 'refuse');
    const code = await host.addDetailRow('DA4.TDA1.ND1', 'Đường Áng Hin');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    const keys = findKeyRow(ws, 'MA')!;
    const put = (rowCode: string, key: string, value: number) => {
      for (let r = keys.row + 1; r <= ws.rowCount; r++) {
        if (ws.getCell(r, keys.columns.get('MA')).value === rowCode) ws.getCell(r, keys.columns.get(key)).value = value;
      }
    };
    put(code, 'DTPT_NSTW', 1000);
    put('DA2', 'DTPT_NSDP', 50);
    put('DA10.TDA3', 'SN_NSTW', 7.5);

    const snapshot = await host.readSnapshot([SHEET_NAMES.plan]);
    const sheet = snapshot.sheets[0];
    const { colOf, rowOf } = locate(sheet);
    const v = (rowCode: string, key: string) => cellAt(sheet, rowOf(rowCode), colOf(key)).v;
    expect(v('DA4.TDA1.ND1', 'DTPT_NSTW')).toBe(1000);
    expect(v('DA4', 'TONG')).toBe(1000);
    expect(v('TONG', 'DTPT')).toBe(1050);
    expect(v('TONG', 'SN')).toBe(7.5);
    expect(v('TONG', 'TONG')).toBe(1057.5);
    expect(cellAt(sheet, rowOf('TONG'), colOf('TONG')).f).toMatch(/^=SUM\(/);
  });
});
