import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { LayoutMapping } from '../../src/layout/mapping';
import type { Finding } from '../../src/model/finding';
import { captureCliOutput } from '../../src/cli/testing/captureOutput';
import { readXlsxSnapshot } from '../../src/host/xlsx/fastReader';
import { cellAt } from '../../src/model/snapshot';

/**
 * Her plan in capital sections ("A. VỐN ĐẦU TƯ PHÁT TRIỂN", the projects, "B. VỐN SỰ NGHIỆP", the
 * projects again) through the CLI on a real .xlsx: `map` shows the sections, `validate` says a slip
 * once at her cell, `import` carries each section's figures to its capital type in the template.
 * Before, the SN section's repeated projects were "already listed above" and her budget columns unread.
 */
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-sections-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();
const mtqg = async (...args: string[]) => {
  io.stdout = '';
  return run(['node', 'mtqg', ...args]);
};

const DA1 = 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt';
async function write(name: string, edit: Record<string, string | number> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KH 2024');
  const rows: Array<Array<string | number | null>> = [
    ['UBND HUYỆN ĐAK GLEI'],
    ['KẾ HOẠCH VỐN NĂM 2024 CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KT-XH VÙNG ĐỒNG BÀO DTTS&MN'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Tổng cộng', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Ghi chú'],
    [null, 'TỔNG CỘNG', 3000, 2800, 200],
    ['I', 'Vốn đầu tư phát triển', 1700, 1600, 100],
    ['1', DA1, 500, 480, 20],
    ['2', 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1200, 1120, 80],
    ['II', 'Vốn sự nghiệp', 1300, 1200, 100],
    ['1', DA1, 300, 290, 10],
    ['2', 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững', 1000, 910, 90],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  for (const [cell, v] of Object.entries(edit)) ws.getCell(cell).value = v;
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}
async function findings(file: string): Promise<string[]> {
  expect(await mtqg('validate', file, '--format', 'json')).toBeLessThanOrEqual(1);
  return (JSON.parse(io.stdout) as { findings: Finding[] }).findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}

it('map: the headings are sections, the budget columns read by section, nothing left unmapped', async () => {
  await mtqg('map', await write('clean'), '--format', 'json');
  const t = (JSON.parse(io.stdout) as { mapping: LayoutMapping }).mapping.tables[0];
  expect(t.rows.filter((r) => r.kind === 'section').map((r) => `${r.row}:${r.capital}`)).toEqual(['6:DTPT', '9:SN']);
  expect(t.rows.filter((r) => r.kind === 'line').map((r) => `${r.lineCode}:${r.capital}`)).toEqual([
    'DA1:DTPT',
    'DA4:DTPT',
    'DA1:SN',
    'DA3:SN',
  ]);
  expect(t.unmapped).toEqual([]);
  await mtqg('map', await write('clean-text'));
  expect(io.stdout).toMatch(/phần vốn SN \(tổng của các dòng dưới\)/);
});

it('validate: the consistent plan is clean; a slip in the SN section is one finding at her cell', async () => {
  expect(await findings(await write('clean'))).toEqual([]);
  expect(await findings(await write('slip', { D10: 290_000 }))).toEqual(['UNIT_SUSPECT@KH 2024!D10']);
  expect(await findings(await write('heading', { E9: 110 }))).toEqual(['SUM_MISMATCH@KH 2024!E9']);
});

it('import: each section goes to its capital type in the template', async () => {
  const out = path.join(dir, 'imported.xlsx');
  expect(await mtqg('import', await write('to-import'), '--out', out)).toBe(0);
  const { snapshot } = readXlsxSnapshot(await fs.readFile(out));
  const plan = snapshot.sheets.find((s) => s.name === 'Kế hoạch vốn')!;
  const header = plan.rows.findIndex((r) => r.some((c) => c.v === 'DTPT_NSTW'));
  const col = (key: string) => plan.rows[header].findIndex((c) => c.v === key);
  const row = plan.rows.findIndex((r) => r.some((c) => c.v === 'DA1'));
  const figures = ['DTPT_NSTW', 'DTPT_NSDP', 'SN_NSTW', 'SN_NSDP'].map((k) => cellAt(plan, row, col(k)).v);
  expect(figures).toEqual([480, 20, 290, 10]);
  expect(await findings(out)).toEqual([]);
});
