import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { cellAt, type SheetSnapshot } from '../../model/snapshot';
import { validateSnapshot } from '../../validation';
import { XlsxWorkbookHost } from './XlsxWorkbookHost';
import { findKeyRow } from './sheetScan';

const LEAF = 'DA4.TDA1.ND1';

function put(ws: ExcelJS.Worksheet, rowCode: string, key: string, value: ExcelJS.CellValue) {
  const keys = findKeyRow(ws, 'MA')!;
  for (let r = keys.row + 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, keys.columns.get('MA')).value === rowCode) ws.getCell(r, keys.columns.get(key)).value = value;
}

function locate(sheet: SheetSnapshot) {
  const keyRow = sheet.rows.findIndex((row) => row?.some((c) => c.v === 'MA'));
  const colOf = (key: string) => sheet.rows[keyRow].findIndex((c) => c.v === key);
  const rowOf = (code: string) => sheet.rows.findIndex((row, r) => r > keyRow && row?.[colOf('MA')]?.v === code);
  return { colOf, rowOf, v: (code: string, key: string) => cellAt(sheet, rowOf(code), colOf(key)).v };
}

async function template() {
  const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
  await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
  return host;
}

describe('XlsxWorkbookHost.addDetailRow on Giải ngân', () => {
  it('adds the row under the leaf, moves the typed GN figure to it, KH looks up the plan, and validates clean', async () => {
    const host = await template();
    const plan = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    const disb = host.workbook.getWorksheet(SHEET_NAMES.disbursement)!;
    put(plan, LEAF, 'DTPT_NSTW', 1000);
    put(disb, LEAF, 'GN_DTPT', 700);
    put(disb, LEAF, 'GHI_CHU', 'ghi chú của tôi');
    put(disb, 'DA10.TDA3', 'GN_SN', 3);

    const code = await host.addDetailRow(LEAF, 'Đường Áng Hin');
    const snapshot = await host.readSnapshot();
    const sheet = snapshot.sheets.find((s) => s.name === SHEET_NAMES.disbursement)!;
    const { rowOf, v } = locate(sheet);
    expect(rowOf(code)).toBe(rowOf(LEAF) + 1);
    expect(v(code, 'NOI_DUNG')).toBe('Đường Áng Hin');
    // The leaf's GN moved to its first detail; the leaf now sums it.
    expect(v(code, 'GN_DTPT')).toBe(700);
    expect(cellAt(sheet, rowOf(LEAF), locate(sheet).colOf('GN_DTPT')).f).toBeTruthy();
    expect(v(LEAF, 'GN_DTPT')).toBe(700);
    // KH of the new row is the plan's figure (the plan moved it to the same detail row).
    expect(v(code, 'KH_DTPT')).toBe(1000);
    expect(v(LEAF, 'KH_DTPT')).toBe(1000);
    expect(v(code, 'TL_DTPT')).toBeCloseTo(0.7);
    // Nothing else lost: the note stays on the leaf, other figures stay in place.
    expect(v(LEAF, 'GHI_CHU')).toBe('ghi chú của tôi');
    expect(v('DA10.TDA3', 'GN_SN')).toBe(3);
    expect(v('TONG', 'GN_DTPT')).toBe(700);

    const codes = validateSnapshot(snapshot).map((f) => f.code);
    expect(codes).not.toContain('SUM_MISMATCH');
    expect(codes).not.toContain('HARDCODED_TOTAL');

    // A second detail: nothing moves, the leaf sums both.
    const second = await host.addDetailRow(LEAF, 'Cầu treo');
    const again = locate((await host.readSnapshot([SHEET_NAMES.disbursement])).sheets[0]);
    expect(again.rowOf(second)).toBe(again.rowOf(code) + 1);
    expect(again.v(second, 'GN_DTPT')).toBeNull();
    expect(again.v(LEAF, 'GN_DTPT')).toBe(700);
  });

  it('an older workbook without Giải ngân works as before', async () => {
    const host = await template();
    host.workbook.removeWorksheet(host.workbook.getWorksheet(SHEET_NAMES.disbursement)!.id);
    const code = await host.addDetailRow(LEAF, 'Đường A');
    const { rowOf } = locate((await host.readSnapshot([SHEET_NAMES.plan])).sheets[0]);
    expect(rowOf(code)).toBe(rowOf(LEAF) + 1);
    expect(host.workbook.getWorksheet(SHEET_NAMES.disbursement)).toBeUndefined();
  });

  it('refuses, touching neither sheet, when Giải ngân has lost the leaf', async () => {
    const host = await template();
    const disb = host.workbook.getWorksheet(SHEET_NAMES.disbursement)!;
    put(disb, LEAF, 'MA', 'DA4.TDA1.ND2');
    const before = host.workbook.getWorksheet(SHEET_NAMES.plan)!.rowCount;
    await expect(host.addDetailRow(LEAF, 'Đường A')).rejects.toThrow(/Giải ngân|lặp lại|not found/);
    expect(host.workbook.getWorksheet(SHEET_NAMES.plan)!.rowCount).toBe(before);
  });
});
