import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { captureCliOutput, mtqg } from './testing/captureOutput';

describe('mtqg template', () => {
  const io = captureCliOutput();
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-cli-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const settingValue = (wb: ExcelJS.Workbook, key: string) => {
    const ws = wb.getWorksheet('Thông tin')!;
    let value: ExcelJS.CellValue = null;
    ws.eachRow((row) => {
      if (row.getCell(1).value === key) value = row.getCell(3).value;
    });
    return value;
  };

  it('writes the template sheets (Giải ngân included) with the given options and says what it wrote', async () => {
    const out = path.join(dir, 't.xlsx');
    const code = await mtqg(
      'template',
      '--out',
      out,
      '--level',
      'xa',
      '--year',
      '2024',
      '--unit',
      'nghin',
      '--name',
      'Xã Côn Minh',
      '--counterpart',
      '12.5',
    );
    expect({ code, stderr: io.stderr }).toEqual({ code: 0, stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Thông tin',
      'Giao vốn',
      'Kế hoạch vốn',
      'Chỉ tiêu',
      'Giải ngân',
    ]);
    expect([
      settingValue(wb, 'CAP'),
      settingValue(wb, 'NAM'),
      settingValue(wb, 'DON_VI_TINH'),
      settingValue(wb, 'DON_VI'),
      settingValue(wb, 'DOI_UNG_TOI_THIEU'),
    ]).toEqual(['xa', 2024, 'nghin', 'Xã Côn Minh', 12.5]);
    expect(io.stdout).toContain(out);
    expect(io.stdout).toContain('Thông tin, Giao vốn, Kế hoạch vốn, Chỉ tiêu, Giải ngân');
  });

  it('writes the counterpart scope: the whole central budget by default, each capital type on request', async () => {
    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return settingValue(wb, 'DOI_UNG_THEO');
    };
    const whole = path.join(dir, 'w.xlsx');
    const each = path.join(dir, 'e.xlsx');
    expect(await mtqg('template', '--out', whole)).toBe(0);
    expect(await mtqg('template', '--out', each, '--counterpart-scope', 'tung_loai')).toBe(0);
    expect([await read(whole), await read(each)]).toEqual(['tong', 'tung_loai']);
  });

  it('defaults to this year, huyen and trieu', async () => {
    const out = path.join(dir, 'd.xlsx');
    expect(await mtqg('template', '--out', out)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect([settingValue(wb, 'NAM'), settingValue(wb, 'CAP'), settingValue(wb, 'DON_VI_TINH')]).toEqual([
      new Date().getFullYear(),
      'huyen',
      'trieu',
    ]);
  });

  it('refuses to overwrite an existing file without --force (exit 2), overwrites with it', async () => {
    const out = path.join(dir, 'x.xlsx');
    writeFileSync(out, 'của người dùng');
    expect(await mtqg('template', '--out', out, '--year', '2024')).toBe(2);
    expect(io.stderr).toMatch(/--force/);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe('của người dùng');
    expect(await mtqg('template', '--out', out, '--year', '2024', '--force')).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['--level', 'thon'], /--level/],
    [['--year', '1990'], /--year/],
    [['--year', 'abc'], /--year/],
    [['--unit', 'usd'], /--unit/],
    [['--counterpart', '150'], /--counterpart/],
    [['--counterpart-scope', 'ca_hai'], /--counterpart-scope/],
  ])('rejects bad option %j with a one-line error and exit 2', async (args, pattern) => {
    const out = path.join(dir, 'bad.xlsx');
    expect(await mtqg('template', '--out', out, ...args)).toBe(2);
    expect(io.stderr).toMatch(pattern);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an output that is not .xlsx', async () => {
    expect(await mtqg('template', '--out', path.join(dir, 'a.xls'))).toBe(2);
    expect(io.stderr).toMatch(/\.xlsx/);
  });
});
