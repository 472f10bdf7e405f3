import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { LayoutMapping } from '../../src/layout/mapping';
import type { Finding } from '../../src/model/finding';
import { camLuong, dakAng } from '../fixtures/ownLayout/corpus';
import type { OwnTable } from '../fixtures/ownLayout/grid';
import { corpusWorkbook } from '../fixtures/ownLayout/writeXlsx';
import { captureCliOutput } from '../../src/cli/testing/captureOutput';

/**
 * Her own indicator table (STT | Chỉ tiêu | ĐVT | Kế hoạch) below her money table: read as the
 * program's indicators, so a slip there is one finding at her cell (it went unread), the
 * funding ties hold on her lines, `mtqg map` shows it and `mtqg import` carries her targets.
 */
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-own-ind-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();
const mtqg = async (...args: string[]) => {
  io.stdout = '';
  return run(['node', 'mtqg', ...args]);
};

async function write(name: string, t: OwnTable): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await corpusWorkbook([t]).xlsx.writeFile(file);
  return file;
}
async function findings(file: string): Promise<Finding[]> {
  await mtqg('validate', file, '--format', 'json');
  return (JSON.parse(io.stdout) as { findings: Finding[] }).findings;
}
/** Her cell of an indicator's target, from the mapping the reader made. */
async function targetCell(file: string, code: string): Promise<string> {
  await mtqg('map', file, '--format', 'json');
  const { indicators } = (JSON.parse(io.stdout) as { mapping: LayoutMapping }).mapping;
  return `${indicators!.columns.KE_HOACH}${indicators!.rows.find((r) => r.code === code)!.row}`;
}
const indicatorCodes = ['NUMBER_WITH_UNIT', 'INDICATOR_VALUE_INVALID', 'NOT_A_NUMBER', 'NUMBER_AS_TEXT'];

describe('a slip in her indicator table is one finding at her cell', () => {
  it.each([
    ['12 hộ', 'NUMBER_WITH_UNIT'],
    [12.5, 'INDICATOR_VALUE_INVALID'],
    [-3, 'INDICATOR_VALUE_INVALID'],
    ['chưa có', 'NOT_A_NUMBER'],
  ])('%s → %s', async (typed, code) => {
    const clean = await findings(await write('clean', dakAng()));
    expect(clean.filter((f) => indicatorCodes.includes(f.code))).toEqual([]);
    const t = dakAng();
    t.trailer![1][3] = typed;
    const file = await write(`slip-${code}`, t);
    const cell = await targetCell(file, 'CT09');
    const extra = (await findings(file)).filter((f) => !clean.some((c) => c.code === f.code && c.cell === f.cell));
    expect(extra.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([`${code}@Xa Dak Ang!${cell}`]);
  });
  it('near miss: the legal text "Đánh giá cuối giai đoạn" is no slip', async () => {
    const t = dakAng();
    t.trailer![1][3] = 'Đánh giá cuối giai đoạn';
    expect((await findings(await write('cuoi-giai-doan', t))).filter((f) => indicatorCodes.includes(f.code))).toEqual(
      [],
    );
  });
});

it("a commune's own indicator table counts in the district's consolidated Chỉ tiêu", async () => {
  const units = path.join(dir, 'units');
  await fs.mkdir(units);
  await corpusWorkbook([dakAng()]).xlsx.writeFile(path.join(units, 'dak-ang.xlsx'));
  const out = path.join(dir, 'huyen.xlsx');
  expect(await mtqg('consolidate', units, '--out', out)).toBeLessThan(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const targets: Record<string, unknown> = {};
  wb.getWorksheet('Chỉ tiêu')!.eachRow((row) => {
    const values = row.values as unknown[];
    const code = values.find((v) => typeof v === 'string' && /^CT\d{2}$/.test(v));
    if (code) targets[code as string] = row.getCell(5).value;
  });
  expect([targets.CT09, targets.CT20]).toEqual([12, 8]);
});

describe('funding ties and the other commands', () => {
  const withTargets = (houses: number): OwnTable => ({
    ...camLuong(),
    trailer: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023'],
      [1, 'Số hộ được hỗ trợ nhà ở', 'hộ', houses],
    ],
  });
  it('money on her DA1.ND2 line with no house to support is the funding mismatch; with a target, none', async () => {
    const none = await findings(await write('cam-luong-0', withTargets(0)));
    expect(none.filter((f) => f.code === 'INDICATOR_FUNDING_MISMATCH').map((f) => f.lineCode)).toEqual(['DA1.ND2']);
    const some = await findings(await write('cam-luong-40', withTargets(40)));
    expect(some.filter((f) => f.code === 'INDICATOR_FUNDING_MISMATCH')).toEqual([]);
  });
  it('mtqg map shows her indicator table; mtqg import carries her targets to the template\'s "Chỉ tiêu"', async () => {
    const file = await write('cam-luong-map', withTargets(40));
    expect(await mtqg('map', file)).toBe(0);
    expect(io.stdout).toMatch(/Bảng chỉ tiêu \/ indicator table: trang "KH 2023"/);
    expect(io.stdout).toMatch(/Số hộ được hỗ trợ nhà ở +→ CT09/);
    const out = path.join(dir, 'cam-luong-mau.xlsx');
    expect(await mtqg('import', file, '--out', out)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    let target: unknown;
    ws.eachRow((row) => {
      if (row.values && (row.values as unknown[]).includes('CT09')) target = row.getCell(5).value;
    });
    expect(target).toBe(40);
    expect((await findings(out)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
