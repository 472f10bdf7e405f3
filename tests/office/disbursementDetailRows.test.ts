import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { buildTemplatePlans } from '../../src/templates';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { findKeyRow } from '../../src/host/excel/sheetScan';
import { planLookup } from '../../src/templates/disbursementSheet';
import { OfficeRecorder, type RecSheet } from './recorder';
import { colLetters } from './recorderModel';

const LEAF = 'DA4.TDA1.ND1';

function keysOf(sheet: RecSheet) {
  const grid: unknown[][] = [];
  for (let r = 0; r < 40; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 20; c++) row.push(sheet.get(r, c)?.v ?? '');
    grid.push(row);
  }
  const keys = findKeyRow(grid)!;
  return (k: string) => keys.columns.get(k)!;
}

function rowOf(sheet: RecSheet, maCol: number, code: string): number {
  for (let r = 0; r < 500; r++) if (sheet.get(r, maCol)?.v === code) return r;
  return -1;
}

async function templateWorkbook() {
  const rec = new OfficeRecorder();
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
  return { rec, host };
}

describe('ExcelWorkbookHost.addDetailRow on Giải ngân', () => {
  it('adds the same detail row to Giải ngân in the same syncs, moving the typed GN figure to it', async () => {
    const { rec, host } = await templateWorkbook();
    const plan = rec.sheet(SHEET_NAMES.plan)!;
    const disb = rec.sheet(SHEET_NAMES.disbursement)!;
    const pcol = keysOf(plan);
    const dcol = keysOf(disb);
    const leafRow = rowOf(disb, dcol('MA'), LEAF);
    const nextCode = disb.get(leafRow + 1, dcol('MA'))?.v;
    disb.set(leafRow, dcol('GN_DTPT'), { v: 700 });
    disb.set(leafRow, dcol('GNKD_SN'), { v: '12' });
    const before = rec.syncs;
    const code = await host.addDetailRow(LEAF, 'Nâng cấp đường Áng Hin');
    // The same two syncs as the plan sheet alone: one read, one write.
    expect(rec.syncs - before).toBe(2);
    expect(rowOf(plan, pcol('MA'), code)).toBeGreaterThan(0);
    const row = rowOf(disb, dcol('MA'), code);
    expect(row).toBe(leafRow + 1);
    expect(disb.get(row + 1, dcol('MA'))?.v).toBe(nextCode);
    expect(disb.get(row, dcol('NOI_DUNG'))?.v).toBe('Nâng cấp đường Áng Hin');
    expect(disb.get(row, dcol('STT'))?.v).toBe('-');
    expect(disb.get(row, dcol('GN_DTPT'))?.v).toBe(700);
    // Text stays text when moved.
    expect(disb.get(row, dcol('GNKD_SN'))?.v).toBe('12');
    expect(disb.get(row, dcol('KH_DTPT'))?.f).toBe(`=${planLookup(row, 'DTPT')}`);
    const gn = colLetters(dcol('GN_DTPT'));
    const kh = colLetters(dcol('KH_DTPT'));
    expect(disb.get(leafRow, dcol('GN_DTPT'))?.f).toBe(`=SUM(${gn}${row + 1})`);
    expect(disb.get(leafRow, dcol('KH_DTPT'))?.f).toBe(`=SUM(${kh}${row + 1})`);
    expect(disb.get(row, dcol('TL_DTPT'))?.f).toBe(
      `=IF(SUM(${kh}${row + 1})=0,"",SUM(${gn}${row + 1})/SUM(${kh}${row + 1}))`,
    );

    // A second detail: nothing moves, the leaf sums both; a figure typed over the sum stays.
    disb.set(leafRow, dcol('KD_DTPT'), { v: 55 });
    const second = await host.addDetailRow(LEAF, 'Cầu treo');
    const secondRow = rowOf(disb, dcol('MA'), second);
    expect(secondRow).toBe(row + 1);
    expect(disb.get(secondRow, dcol('GN_DTPT'))).toBeUndefined();
    expect(disb.get(leafRow, dcol('GN_DTPT'))?.f).toBe(`=SUM(${gn}${row + 1}:${gn}${secondRow + 1})`);
    expect(disb.get(leafRow, dcol('KD_DTPT'))).toEqual(expect.objectContaining({ v: 55 }));
    expect(disb.get(leafRow, dcol('KD_DTPT'))?.f).toBeUndefined();
  });

  it('an older workbook without Giải ngân still gets its plan detail row', async () => {
    const { rec, host } = await templateWorkbook();
    rec.sheets.splice(rec.sheets.indexOf(rec.sheet(SHEET_NAMES.disbursement)!), 1);
    const plan = rec.sheet(SHEET_NAMES.plan)!;
    const code = await host.addDetailRow(LEAF, 'Đường A');
    expect(code).toBe(`${LEAF}.01`);
    expect(rowOf(plan, keysOf(plan)('MA'), code)).toBe(rowOf(plan, keysOf(plan)('MA'), LEAF) + 1);
    expect(rec.sheet(SHEET_NAMES.disbursement)).toBeUndefined();
  });

  it('writes nothing when Giải ngân lacks the leaf (refused before any write)', async () => {
    const { rec, host } = await templateWorkbook();
    const disb = rec.sheet(SHEET_NAMES.disbursement)!;
    disb.set(rowOf(disb, keysOf(disb)('MA'), LEAF), keysOf(disb)('MA'), { v: 'X' });
    const writes = rec.writes.length;
    await expect(host.addDetailRow(LEAF, 'Đường A')).rejects.toThrow(
      /Không tìm thấy dòng DA4\.TDA1\.ND1 trên "Giải ngân"/,
    );
    expect(rec.writes.length).toBe(writes);
  });
});
