import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/model/finding';
import { cliSandbox } from '../../src/cli/testing/captureOutput';
import { readXlsxSnapshot } from '../../src/host/xlsx/fastReader';
import { cellAt, type SheetSnapshot } from '../../src/model/snapshot';

/**
 * `mtqg import` of her disbursement report (plan by capital type and budget, "Giải ngân đến 31/12"
 * by capital type, per project): her disbursed figures reach the template's Giải ngân at the
 * projects she gave them, the plan looked up there, so the copy checks clean and Phụ biểu 04 has
 * her rates. Before, they were left out of the copy. A plan not split by budget is listed, not guessed.
 */
const { dir: tmp, io, mtqg } = cliSandbox('mtqg-import-gn-');

const DA1 = 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt';
type Row = Array<string | number | null>;

/** Her report: plan ĐTPT/SN by budget (C–F) or, `unsplit`, ĐTPT/SN only (C–D); then GN ĐTPT, GN SN. */
async function report(name: string, opts: { unsplit?: boolean; gn?: Row } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('GN 2024');
  const plan: Row[] = opts.unsplit
    ? [['Vốn ĐTPT', 'Vốn SN'], [], [1700, 1300], [500, 300], [1200, null], [null, 1000]]
    : [
        ['Vốn ĐTPT', null, 'Vốn SN', null],
        ['NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
        [1600, 100, 1200, 100],
        [480, 20, 290, 10],
        [1120, 80, null, null],
        [null, null, 910, 90],
      ];
  const gn: Row[] = [['Vốn ĐTPT', 'Vốn SN'], [], [1500, 1000], opts.gn ?? [450, 250], [1050, null], [null, 750]];
  const names: Row[] = [
    [null, null],
    [null, null],
    [null, 'TỔNG CỘNG'],
    ['1', DA1],
    ['2', 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu'],
    ['3', 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững'],
  ];
  const width = plan[0].length;
  ws.getCell('A1').value = 'UBND HUYỆN ĐAK GLEI';
  ws.getCell('A2').value = 'BÁO CÁO GIẢI NGÂN VỐN NĂM 2024 CHƯƠNG TRÌNH MTQG DTTS&MN';
  ws.getCell('A3').value = 'ĐVT: triệu đồng';
  ws.getCell(4, 1).value = 'STT';
  ws.getCell(4, 2).value = 'Nội dung';
  ws.getCell(4, 3).value = 'Kế hoạch vốn năm 2024';
  ws.getCell(4, 3 + width).value = 'Giải ngân đến 31/12/2024';
  ws.mergeCells(4, 3, 4, 2 + width);
  ws.mergeCells(4, 3 + width, 4, 4 + width);
  if (!opts.unsplit) {
    ws.mergeCells(5, 3, 5, 4);
    ws.mergeCells(5, 5, 5, 6);
  }
  names.forEach((r, i) => {
    const cells: Row = [...r, ...(plan[i] ?? []), ...Array(width).fill(null)].slice(0, 2 + width);
    [...cells, ...(gn[i] ?? [])].forEach(
      (v, c) => v !== null && v !== undefined && (ws.getCell(5 + i, c + 1).value = v),
    );
  });
  const file = path.join(tmp(), `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function imported(file: string): Promise<{ out: string; gn: SheetSnapshot }> {
  const out = path.join(tmp(), `${path.basename(file, '.xlsx')}-mau.xlsx`);
  expect(await mtqg('import', file, '--out', out)).toBe(0);
  const { snapshot } = readXlsxSnapshot(await fs.readFile(out));
  return { out, gn: snapshot.sheets.find((s) => s.name === 'Giải ngân')! };
}
const at = (gn: SheetSnapshot, code: string, key: string) => {
  const keyRow = gn.rows.findIndex((r) => r.some((c) => c.v === 'GN_DTPT'));
  const row = gn.rows.findIndex((r) => r.some((c) => c.v === code));
  return cellAt(
    gn,
    row,
    gn.rows[keyRow].findIndex((c) => c.v === key),
  ).v;
};
async function findings(file: string): Promise<string[]> {
  await mtqg('validate', file, '--format', 'json');
  return (JSON.parse(io.stdout) as { findings: Finding[] }).findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}

it('her disbursed figures reach Giải ngân per project, the plan looked up there; the copy checks clean', async () => {
  const file = await report('report');
  expect(await findings(file)).toEqual([]);
  const { out, gn } = await imported(file);
  expect(io.stdout).toMatch(/imported 12 figures/);
  expect(['KH_DTPT', 'GN_DTPT', 'KH_SN', 'GN_SN'].map((k) => at(gn, 'DA1', k))).toEqual([500, 450, 300, 250]);
  expect([at(gn, 'DA4', 'GN_DTPT'), at(gn, 'DA3', 'GN_SN'), at(gn, 'TONG', 'GN_DTPT')]).toEqual([1050, 750, 1500]);
  expect(await findings(out)).toEqual([]);
});

it('a slip she typed comes along and is found in the copy, at the project she gave it', async () => {
  const { out, gn } = await imported(await report('over', { gn: [550, 250] }));
  expect(at(gn, 'DA1', 'GN_DTPT')).toBe(550);
  expect((await findings(out)).filter((f) => f.startsWith('DISBURSED_OVER_PLAN'))).toHaveLength(1);
});

it('near miss: a plan given by capital type only is listed as not carried, never put in one budget', async () => {
  const { out } = await imported(await report('unsplit', { unsplit: true }));
  expect(io.stdout).toMatch(/Chưa chép \/ not carried: GN 2024!C7:C9 — Tổng DTPT chưa tách NSTW\/NSĐP/);
  expect(io.stdout).toMatch(/not carried: GN 2024!D7:D10 — Tổng SN/);
  // Said in the copy too (the page's download and the pane's conversion print nothing): TỔNG CỘNG's note cell.
  const plan = readXlsxSnapshot(await fs.readFile(out)).snapshot.sheets.find((s) => s.name === 'Kế hoạch vốn')!;
  const keyRow = plan.rows.findIndex((r) => r.some((c) => c.v === 'GHI_CHU'));
  const keys = plan.rows[keyRow];
  const total = plan.rows.findIndex((r, i) => i > keyRow && r.some((c) => c.v === 'TONG'));
  const note = String(
    cellAt(
      plan,
      total,
      keys.findIndex((c) => c.v === 'GHI_CHU'),
    ).v,
  );
  expect(note).toMatch(/^Chưa chép \/ not carried: GN 2024!C7:C9 — Tổng DTPT .*; GN 2024!D7:D10 — Tổng SN/);
});
