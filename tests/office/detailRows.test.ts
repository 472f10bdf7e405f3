import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { planDetailRow } from '../../src/host/excel/detailRows';
import { buildTemplatePlans } from '../../src/templates';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { findKeyRow } from '../../src/host/excel/sheetScan';
import { OfficeRecorder, type RecSheet } from './recorder';
import { colLetters } from './recorderModel';

const LEAF = 'DA4.TDA1.ND1';

async function templateWorkbook() {
  const rec = new OfficeRecorder();
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
  const sheet = rec.sheet(SHEET_NAMES.plan)!;
  const grid: unknown[][] = [];
  for (let r = 0; r < 40; r++) { const row: unknown[] = []; for (let c = 0; c < 20; c++) row.push(sheet.get(r, c)?.v ?? ''); grid.push(row); }
  const keys = findKeyRow(grid)!;
  return { rec, host, sheet, col: (k: string) => keys.columns.get(k)! };
}

function rowOf(sheet: RecSheet, maCol: number, code: string): number {
  for (let r = 0; r < 500; r++) if (sheet.get(r, maCol)?.v === code) return r;
  return -1;
}

describe('ExcelWorkbookHost.addDetailRow', () => {
  it('inserts a detail row under the leaf, moves the typed amounts to it, and sums it into the leaf', async () => {
    const { rec, host, sheet, col } = await templateWorkbook();
    const leafRow = rowOf(sheet, col('MA'), LEAF);
    sheet.set(leafRow, col('DTPT_NSTW'), { v: 1500 });
    const nextCode = sheet.get(leafRow + 1, col('MA'))?.v;
    const before = rec.syncs;
    const code = await host.addDetailRow(LEAF, 'Nâng cấp đường Áng Hin');
    expect(code).toBe(`${LEAF}.01`);
    expect(rec.syncs - before).toBe(2);
    const detailRow = rowOf(sheet, col('MA'), code);
    expect(detailRow).toBe(leafRow + 1);
    expect(sheet.get(leafRow + 2, col('MA'))?.v).toBe(nextCode);
    expect(sheet.get(detailRow, col('STT'))?.v).toBe('-');
    expect(sheet.get(detailRow, col('NOI_DUNG'))?.v).toBe('Nâng cấp đường Áng Hin');
    expect(sheet.get(detailRow, col('DTPT_NSTW'))?.v).toBe(1500);
    const letter = colLetters(col('DTPT_NSTW'));
    expect(sheet.get(leafRow, col('DTPT_NSTW'))?.f).toBe(`=SUM(${letter}${detailRow + 1}:${letter}${detailRow + 1})`);
    expect(sheet.get(detailRow, col('DTPT'))?.f).toBe(`=SUM(${colLetters(col('DTPT_NSTW'))}${detailRow + 1},${colLetters(col('DTPT_NSDP'))}${detailRow + 1})`);

    const second = await host.addDetailRow(LEAF, 'Cầu treo bản Nà');
    expect(second).toBe(`${LEAF}.02`);
    const secondRow = rowOf(sheet, col('MA'), second);
    expect(secondRow).toBe(detailRow + 1);
    expect(sheet.get(secondRow, col('DTPT_NSTW'))).toBeUndefined();
    expect(sheet.get(detailRow, col('DTPT_NSTW'))?.v).toBe(1500);
    expect(sheet.get(leafRow, col('DTPT_NSTW'))?.f).toBe(`=SUM(${letter}${detailRow + 1}:${letter}${secondRow + 1})`);
  });

  it('refuses non-leaf and unknown lines with a Vietnamese message', async () => {
    const { host } = await templateWorkbook();
    await expect(host.addDetailRow('DA4', 'x')).rejects.toThrow(/không|not a leaf/i);
    await expect(host.addDetailRow('DA99.X', 'x')).rejects.toThrow(/Không tìm thấy/);
  });

  it('finds a renamed plan sheet by its marker', async () => {
    const { rec, host, sheet, col } = await templateWorkbook();
    sheet.name = 'KH vốn 2025';
    const code = await host.addDetailRow(LEAF, 'Kênh mương');
    expect(code).toBe(`${LEAF}.01`);
    expect(rowOf(rec.sheet('KH vốn 2025')!, col('MA'), code)).toBeGreaterThan(0);
    await expect(host.addDetailRow(LEAF, '  ')).rejects.toThrow(/không được để trống/);
  });

  it('planDetailRow is pure: a sheet without a key row is an error', () => {
    expect(() => planDetailRow({ name: 'Kế hoạch vốn', rows: [[{ v: 'x', t: 's' }]] }, LEAF, 'a')).toThrow(/MA/);
  });
});
