import { gridXlsx } from '../../../tests/fixtures/ownLayout/writeXlsx';
import { projectWithOwnRow } from '../../../tests/fixtures/ownLayout/sections';
import { PAGE_API } from './pageApi';
import { readXlsxSnapshot } from '../../host/xlsx/fastReader';

/**
 * The page's "Chuyển sang mẫu chuẩn" answers with what `mtqg import` prints beside the copy
 * ("Cần xem / check"), not only the file: the copy's Ghi chú cells are not where she looks first.
 */
const open = async (edit: Record<string, number> = {}) => {
  const bytes = await gridXlsx(projectWithOwnRow(), { edit }).xlsx.writeBuffer();
  return PAGE_API.openFile('KH-2024.xlsx', bytes);
};

it('converting her project with its own row says which cell to check, as mtqg import does', async () => {
  const file = await open();
  expect(file.kind).toBe('own-layout');
  const made = await PAGE_API.makeDownload(file.id, 'converted', {});
  expect(made.name).toBe('KH-2024_mau-chuan.xlsx');
  expect(made.data).toBeInstanceOf(Uint8Array);
  expect(made.remarks).toHaveLength(1);
  expect(made.remarks![0]).toMatch(/^Cần xem \/ check: KH 2024!D6 — DA3 · SN NSTW: 20 triệu đồng ghi cho chính dòng/);
});

it('near miss: her own row emptied, the copy needs no remark; other downloads carry none', async () => {
  // Dự án 3 is then its two sub-projects (650 + 500 = 1.150 in Tổng, 600 + 430 = 1.030 in NSTW, …).
  const file = await open({ C5: 1150, D5: 1030, E5: 120, C6: 0, D6: 0, E6: 0, C4: 1150, D4: 1030, E4: 120 });
  expect((await PAGE_API.makeDownload(file.id, 'converted', {})).remarks).toEqual([]);
  expect((await PAGE_API.makeDownload(file.id, 'reportJson', {})).remarks).toBeUndefined();
});

it("a template's sheet window gives the rows the whole sheet has (its cells kept in typed columns), clamped at its end", async () => {
  const blank = await PAGE_API.makeBlankTemplate({ unitName: 'Huyện Vĩnh Linh' });
  const data = blank.data as Uint8Array;
  const file = await PAGE_API.openFile('mau.xlsx', new Uint8Array(data).buffer);
  expect(file.kind).toBe('template');
  const plan = file.sheets.find((s) => s.name === 'Kế hoạch vốn')!;
  expect(plan.rowCount).toBeGreaterThan(20);
  const window = PAGE_API.sheetWindow(file.id, plan.name, 3, 12);
  expect(window.rowCount).toBe(plan.rowCount);
  expect(window.from).toBe(3);
  expect(window.rows).toHaveLength(9);
  // The same file read again and its rows built whole: the window is their rows 3..11.
  const whole = readXlsxSnapshot(data).snapshot.sheets.find((s) => s.name === plan.name)!.rows;
  expect(whole).toHaveLength(plan.rowCount);
  expect(window.rows).toEqual(whole.slice(3, 12));
  expect(window.rows.some((row) => row.some((c) => c.f))).toBe(true);
  // Past the end: clamped, nothing invented.
  expect(PAGE_API.sheetWindow(file.id, plan.name, plan.rowCount - 2, plan.rowCount + 50).rows).toEqual(whole.slice(-2));
  PAGE_API.closeFile(file.id);
});
