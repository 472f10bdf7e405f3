import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { planDetailRow } from '../../src/host/excel/detailRows';
import { buildTemplatePlans } from '../../src/templates';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { findKeyRow } from '../../src/host/excel/sheetScan';
import { OfficeRecorder, type RecSheet } from './recorder';
import { colLetters } from './recorderModel';
import { detailLeafProblem } from '../../src/templates/detailRows';

const LEAF = 'DA4.TDA1.ND1';

async function templateWorkbook() {
  const rec = new OfficeRecorder();
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
  const sheet = rec.sheet(SHEET_NAMES.plan)!;
  const grid: unknown[][] = [];
  for (let r = 0; r < 40; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 20; c++) row.push(sheet.get(r, c)?.v ?? '');
    grid.push(row);
  }
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
    // The same formula text a template with this detail row has (templates/detailRows.ts).
    expect(sheet.get(leafRow, col('DTPT_NSTW'))?.f).toBe(`=SUM(${letter}${detailRow + 1})`);
    expect(sheet.get(detailRow, col('DTPT'))?.f).toBe(
      `=SUM(${colLetters(col('DTPT_NSTW'))}${detailRow + 1}:${colLetters(col('DTPT_NSDP'))}${detailRow + 1})`,
    );

    const second = await host.addDetailRow(LEAF, 'Cầu treo bản Nà');
    expect(second).toBe(`${LEAF}.02`);
    const secondRow = rowOf(sheet, col('MA'), second);
    expect(secondRow).toBe(detailRow + 1);
    expect(sheet.get(secondRow, col('DTPT_NSTW'))).toBeUndefined();
    expect(sheet.get(detailRow, col('DTPT_NSTW'))?.v).toBe(1500);
    expect(sheet.get(leafRow, col('DTPT_NSTW'))?.f).toBe(`=SUM(${letter}${detailRow + 1}:${letter}${secondRow + 1})`);
  });

  it('keeps typed text as text when moving it, and never overwrites an amount typed over the leaf sum', async () => {
    const { host, sheet, col } = await templateWorkbook();
    const leafRow = rowOf(sheet, col('MA'), LEAF);
    // Number stored as text (copied from Word): the move must not turn it into a number.
    sheet.set(leafRow, col('SN_NSTW'), { v: '1500' });
    // A formula typed on the leaf that points below it: after the insert it must point at the moved row.
    const gop = colLetters(col('DAN_GOP'));
    const below = rowOf(sheet, col('MA'), 'DA10.TDA3');
    sheet.set(leafRow, col('DAN_GOP'), { v: 0, f: `=${gop}${below + 1}*2+${gop}${leafRow}` });
    const first = await host.addDetailRow(LEAF, 'Đường A');
    const detailRow = rowOf(sheet, col('MA'), first);
    expect(sheet.get(detailRow, col('SN_NSTW'))?.v).toBe('1500');
    expect(sheet.get(detailRow, col('DAN_GOP'))?.f).toBe(`=${gop}${below + 2}*2+${gop}${leafRow}`);

    // The user types a figure over the leaf's sum; adding a detail row must keep it.
    sheet.set(leafRow, col('DTPT_NSTW'), { v: 987 });
    const second = await host.addDetailRow(LEAF, 'Đường B');
    const secondRow = rowOf(sheet, col('MA'), second);
    expect(sheet.get(leafRow, col('DTPT_NSTW'))).toEqual(expect.objectContaining({ v: 987 }));
    expect(sheet.get(leafRow, col('DTPT_NSTW'))?.f).toBeUndefined();
    const letter = colLetters(col('SN_NSTW'));
    expect(sheet.get(leafRow, col('SN_NSTW'))?.f).toBe(`=SUM(${letter}${detailRow + 1}:${letter}${secondRow + 1})`);
  });

  it('numbers after every detail of the leaf and keeps a blank row the user left inside the block', async () => {
    const { rec, host, sheet, col } = await templateWorkbook();
    const leafRow = rowOf(sheet, col('MA'), LEAF);
    await host.addDetailRow(LEAF, 'Đường A');
    await host.addDetailRow(LEAF, 'Đường B');
    // The user inserts an empty row between .01 and .02.
    await rec.run(async (context) => {
      context.workbook.worksheets
        .getItem(sheet.name)
        .getRange(`${leafRow + 3}:${leafRow + 3}`)
        .insert('Down');
      await context.sync();
    });
    expect(rowOf(sheet, col('MA'), `${LEAF}.02`)).toBe(leafRow + 3);
    const third = await host.addDetailRow(LEAF, 'Đường C');
    expect(third).toBe(`${LEAF}.03`);
    const thirdRow = rowOf(sheet, col('MA'), third);
    expect(thirdRow).toBe(leafRow + 4);
    const letter = colLetters(col('DTPT_NSTW'));
    expect(sheet.get(leafRow, col('DTPT_NSTW'))?.f).toBe(`=SUM(${letter}${leafRow + 2}:${letter}${thirdRow + 1})`);
  });

  it('refuses non-leaf and unknown lines with a Vietnamese message', async () => {
    const { host } = await templateWorkbook();
    await expect(host.addDetailRow('DA4', 'x')).rejects.toThrow(/không|not a leaf/i);
    await expect(host.addDetailRow('DA99.X', 'x')).rejects.toThrow(/Không tìm thấy/);
  });

  it('refuses a code on the sheet that is not a catalog leaf (made-up or a detail), writing nothing', async () => {
    const { rec, host, sheet, col } = await templateWorkbook();
    const leafRow = rowOf(sheet, col('MA'), LEAF);
    await host.addDetailRow(LEAF, 'Đường A');
    // A row the user coded by hand, right under the leaf's block.
    sheet.set(leafRow + 2, col('MA'), { v: 'DA4.TDA1.X' });
    const writes = rec.writes.length;
    for (const code of ['DA4.TDA1.X', `${LEAF}.01`]) {
      await expect(host.addDetailRow(code, 'Cầu')).rejects.toThrow(detailLeafProblem(code)!);
    }
    expect(detailLeafProblem('DA4.TDA1.X')).toMatch(/^Không tìm thấy nội dung DA4\.TDA1\.X trong danh mục/);
    expect(rec.writes.length).toBe(writes);
    expect(rowOf(sheet, col('MA'), `${LEAF}.01.01`)).toBe(-1);
  });

  it('finds a renamed plan sheet by its marker', async () => {
    const { rec, host, sheet, col } = await templateWorkbook();
    sheet.name = 'KH vốn 2025';
    const code = await host.addDetailRow(LEAF, 'Kênh mương');
    expect(code).toBe(`${LEAF}.01`);
    expect(rowOf(rec.sheet('KH vốn 2025')!, col('MA'), code)).toBeGreaterThan(0);
    await expect(host.addDetailRow(LEAF, '  ')).rejects.toThrow(/không được để trống/);
  });

  it("never inserts into a user's sheet that took the plan sheet's name", async () => {
    const { rec, host, sheet, col } = await templateWorkbook();
    sheet.name = 'KH vốn 2025';
    const mine = rec.addSheet(SHEET_NAMES.plan, [
      ['MA', 'Số tiền'],
      [LEAF, 5],
    ]);
    const code = await host.addDetailRow(LEAF, 'Kênh mương');
    expect(rowOf(rec.sheet('KH vốn 2025')!, col('MA'), code)).toBeGreaterThan(0);
    expect([mine.get(0, 0)?.v, mine.get(1, 0)?.v, mine.get(1, 1)?.v, mine.get(2, 0)]).toEqual([
      'MA',
      LEAF,
      5,
      undefined,
    ]);
  });

  it('planDetailRow is pure: a sheet without a key row is an error', () => {
    expect(() => planDetailRow({ name: 'Kế hoạch vốn', rows: [[{ v: 'x', t: 's' }]] }, LEAF, 'a')).toThrow(/MA/);
  });
});
