import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from './main';
import { buildTemplatePlans } from '../templates';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { snapshotToWorkbook } from '../host/xlsx/testing/snapshotToWorkbook';
import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { captureCliOutput } from './testing/captureOutput';

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-validate-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function templateFile(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function builtFile(name: string, b: SnapshotBuilder): Promise<string> {
  const file = path.join(dir, name);
  await snapshotToWorkbook(b.build(), new ExcelJS.Workbook(), { cachedResults: true }).xlsx.writeFile(file);
  return file;
}

const validate = (...args: string[]) => run(['node', 'mtqg', 'validate', ...args]);

describe('mtqg validate', () => {
  const io = captureCliOutput();
  it('exits 0 on a blank template and never touches the input', async () => {
    const file = await templateFile('blank.xlsx');
    const before = await fs.readFile(file);
    const mtime = (await fs.stat(file)).mtimeMs;
    expect(await validate(file)).toBe(0);
    expect(io.stdout).toContain('0 lỗi / errors');
    expect(await fs.readFile(file)).toEqual(before);
    expect((await fs.stat(file)).mtimeMs).toBe(mtime);
  });

  it('exits 1 on errors and prints the cell; json and sarif formats parse', async () => {
    const file = await builtFile(
      'over.xlsx',
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).plan('DA8', 'SN_NSDP', 6).alloc('DA8', 'SN_NSTW', 100),
    );
    expect(await validate(file)).toBe(1);
    // The cell beside the code, then the short message that names the allocation cell it compares with.
    expect(io.stdout).toMatch(/^ {2}I\d+\s+OVER_ALLOCATION · /m);
    expect(io.stdout).toMatch(
      /Kế hoạch vượt vốn giao 20 triệu đồng \(20\.000\.000 đồng\) — DA8 · SN NSTW: .* tại Giao vốn!I\d+\./,
    );
    io.stdout = '';
    expect(await validate(file, '--format', 'json')).toBe(1);
    const json = JSON.parse(io.stdout);
    expect(json).toMatchObject({ file: 'over.xlsx', summary: { error: 1 } });
    expect(json.findings[0]).toMatchObject({ code: 'OVER_ALLOCATION', sheet: 'Kế hoạch vốn', lineCode: 'DA8' });
    io.stdout = '';
    const report = path.join(dir, 'over.sarif');
    expect(await validate(file, '--format', 'sarif', '--out', report)).toBe(1);
    const sarif = JSON.parse(await fs.readFile(report, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].ruleId).toBe('OVER_ALLOCATION');
  });

  it('--fail-on warning turns warnings into exit 1; default does not', async () => {
    const file = await builtFile(
      'under.xlsx',
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 80).plan('DA8', 'SN_NSDP', 4).alloc('DA8', 'SN_NSTW', 100),
    );
    expect(await validate(file)).toBe(0);
    expect(await validate(file, '--fail-on', 'warning')).toBe(1);
  });

  it.each([
    ['a missing file', async () => path.join(dir, 'nope.xlsx'), /not found/],
    [
      'a file that is not an xlsx',
      async () => {
        const f = path.join(dir, 'x.xlsx');
        await fs.writeFile(f, 'hello');
        return f;
      },
      /not an \.xlsx/,
    ],
    [
      'an xlsx that is not our template',
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Sheet1').getCell('A1').value = 1;
        const f = path.join(dir, 'other.xlsx');
        await wb.xlsx.writeFile(f);
        return f;
      },
      /not an mtqg planning workbook/,
    ],
  ])('exits 2 with a one-line reason for %s', async (_label, make, reason) => {
    expect(await validate(await make())).toBe(2);
    expect(io.stderr).toMatch(reason);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --out equal to the input', async () => {
    const file = await templateFile('same.xlsx');
    expect(await validate(file, '--out', file)).toBe(2);
  });

  it('--out refuses an existing report unless --force, and never a link to the input', async () => {
    const file = await templateFile('links.xlsx');
    const before = await fs.readFile(file);
    const report = path.join(dir, 'existing-report.txt');
    await fs.writeFile(report, 'OLD');
    expect(await validate(file, '--out', report)).toBe(2);
    expect(io.stderr).toMatch(/Tệp đã tồn tại.*--force/);
    expect(await fs.readFile(report, 'utf8')).toBe('OLD');
    expect(await validate(file, '--out', report, '--force')).toBe(0);
    expect(await fs.readFile(report, 'utf8')).toContain('0 lỗi / errors');

    const sym = path.join(dir, 'links-sym.xlsx');
    const hard = path.join(dir, 'links-hard.xlsx');
    await fs.symlink(file, sym);
    await fs.link(file, hard);
    for (const target of [sym, hard]) {
      io.stderr = '';
      expect(await validate(file, '--out', target, '--force')).toBe(2);
      expect(io.stderr).toMatch(/^mtqg: Tệp kết quả trỏ tới chính tệp đầu vào/);
    }
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
