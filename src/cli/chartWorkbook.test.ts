import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { buildTemplatePlans } from '../templates';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { addRichParts } from '../host/xlsx/testing/richPackage';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { run } from './main';

/** A planning workbook holding a chart drawn by another tool (the drawing ExcelJS 4.4 cannot read). */
jest.setTimeout(60_000);

let dir: string;
let stdout = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-chart-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
beforeEach(() => {
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => jest.restoreAllMocks());

async function chartWorkbook(file: string, macro = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
  const data = addRichParts(new Uint8Array(await wb.xlsx.writeBuffer()), { dataSheet: SHEET_NAMES.plan, macro });
  await fs.writeFile(file, data);
  return data;
}

describe('a workbook with a chart made by another tool', () => {
  it('is one ExcelJS 4.4 cannot load (the fixture reproduces the upstream bug)', async () => {
    const data = await chartWorkbook(path.join(dir, 'probe.xlsx'));
    await expect(new ExcelJS.Workbook().xlsx.load(data as unknown as ArrayBuffer)).rejects.toThrow(/anchors/);
  });

  it('validates: exit 0, the checks run on the plan sheets, the input untouched', async () => {
    const file = path.join(dir, 'bieu-do.xlsx');
    const data = await chartWorkbook(file);
    expect(await run(['node', 'mtqg', 'validate', file])).toBe(0);
    expect(stdout).toContain('0 lỗi / errors');
    expect((await fs.readFile(file)).equals(Buffer.from(data))).toBe(true);
  });

  it('gets its appendices: exit 0, the chart parts byte-identical in the copy', async () => {
    const file = path.join(dir, 'bieu-do-2.xlsx');
    const out = path.join(dir, 'bieu-do-2-phu-bieu.xlsx');
    await chartWorkbook(file);
    expect(await run(['node', 'mtqg', 'appendix', file, '--out', out])).toBe(0);
    const before = unzipSync(await fs.readFile(file));
    const after = unzipSync(await fs.readFile(out));
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml']) {
      expect(Buffer.from(after[part]).equals(Buffer.from(before[part]))).toBe(true);
    }
  });

  it('a macro workbook is refused as an .xlsx output (Excel would not open it), one line, nothing written', async () => {
    const file = path.join(dir, 'macro.xlsm');
    await chartWorkbook(file, true);
    let stderr = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      stderr += String(s);
      return true;
    });
    const out = path.join(dir, 'macro-out.xlsx');
    expect(await run(['node', 'mtqg', 'appendix', file, '--out', out])).toBe(2);
    expect(stderr).toMatch(/^mtqg: Tệp macro\.xlsm có macro: tệp kết quả phải có đuôi \.xlsm/);
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('a package that cannot be kept whole (no styles part) is refused in plain words, nothing written', async () => {
    const file = path.join(dir, 'no-styles.xlsx');
    const parts = unzipSync(await chartWorkbook(file));
    delete parts['xl/styles.xml'];
    await fs.writeFile(file, zipSync(parts));
    let stderr = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      stderr += String(s);
      return true;
    });
    const out = path.join(dir, 'no-styles-out.xlsx');
    expect(await run(['node', 'mtqg', 'appendix', file, '--out', out])).toBe(2);
    expect(stderr).toMatch(/Không thể giữ nguyên tệp gốc .* cannot be kept whole .*nothing written/);
    await expect(fs.access(out)).rejects.toThrow();
  });
});
