import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { buildSampleWorkbook } from '../../../demo/sampleWorkbook';
import { APPENDIX_SHEET_NAMES, FINDINGS_SHEET_NAME, SHEET_NAMES } from '../../../domain/workbookLayout';
import { unitPlans, unitWorkbookBuffer } from '../../../consolidation/testing/unitWorkbooks';
import { captureCliOutput, mtqg } from '../../../cli/testing/captureOutput';
import { corpusWorkbook } from '../../../../tests/fixtures/ownLayout/writeXlsx';
import { CORPUS } from '../../../../tests/fixtures/ownLayout/corpus';
import {
  appendixCopy,
  AppendixRefusedError,
  blankTemplate,
  checkFile,
  consolidatedWorkbook,
  convertedTemplate,
  reportJson,
  reportWorkbook,
  UnreadableFileError,
  type OpenedFile,
} from '.';

/** The page's other downloads: each the same content the matching `mtqg` command gives. */

const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

let slips: OpenedFile;
let clean: OpenedFile;
let own: OpenedFile;
let dir: string;
beforeAll(async () => {
  slips = { name: 'vinh-linh.xlsx', bytes: await bytesOf(await buildSampleWorkbook({ withSlips: true })) };
  clean = { name: 'vinh-linh-sach.xlsx', bytes: await bytesOf(await buildSampleWorkbook({ withSlips: false })) };
  own = { name: 'vinh-linh-rieng.xlsx', bytes: await bytesOf(corpusWorkbook(CORPUS['vinh-linh-dtpt-gop']())) };
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-outputs-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('checkFile', () => {
  const io = captureCliOutput();

  it('gives the findings `mtqg validate --format json` prints, for a template and for her own table', async () => {
    for (const file of [slips, own]) {
      const onDisk = path.join(dir, file.name);
      await fs.writeFile(onDisk, file.bytes);
      io.stdout = '';
      expect([0, 1]).toContain(await mtqg('validate', onDisk, '--format', 'json'));
      const checked = checkFile(file);
      expect(reportJson(checked)).toBe(io.stdout);
    }
    expect(checkFile(slips).kind).toBe('template');
    const mine = checkFile(own);
    expect([mine.kind, mine.layout?.tables.length]).toEqual(['own-layout', 1]);
  });

  it('refuses in one plain line: .xls, not a zip, a zip that is no workbook, no plan table', async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(() => checkFile({ name: 'cu.xls', bytes: xls })).toThrow(/Excel 97–2003 \(\.xls\)/);
    expect(() => checkFile({ name: 'a.xlsx', bytes: new TextEncoder().encode('hello') })).toThrow(
      /not an \.xlsx file or corrupt: a\.xlsx$/,
    );
    expect(() => checkFile({ name: 'cat.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 3, 4]) })).toThrow(
      UnreadableFileError,
    );
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Trang 1').getCell('A1').value = 'ghi chú';
    let noTable: unknown;
    try {
      checkFile({ name: 'ghi-chu.xlsx', bytes: await bytesOf(empty) });
    } catch (e) {
      noTable = e;
    }
    expect((noTable as Error).message).toMatch(/no plan table found .*: ghi-chu\.xlsx$/);
  });
});

describe('the other downloads', () => {
  it('reportWorkbook: the "Kết quả kiểm tra" sheet, one row per finding', async () => {
    const checked = checkFile(slips);
    const wb = await load(await reportWorkbook(checked));
    const ws = wb.getWorksheet(FINDINGS_SHEET_NAME)!;
    const codes: string[] = [];
    ws.eachRow((row, r) => {
      if (r > 5) codes.push(String(row.getCell(3).value));
    });
    expect(codes).toEqual(checked.findings.map((f) => f.code));
  });

  it('appendixCopy: refused while errors remain; with unverified, her parts kept and the appendices added', async () => {
    expect(() => appendixCopy(slips)).toThrow(AppendixRefusedError);
    const copy = appendixCopy(slips, { unverified: true });
    const [before, after] = [unzipSync(slips.bytes), unzipSync(copy)];
    for (const p of Object.keys(before).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))) {
      expect([p, same(before[p], after[p])]).toEqual([p, true]);
    }
    const names = (await load(copy)).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(APPENDIX_SHEET_NAMES)));
    const cleanNames = (await load(appendixCopy(clean))).worksheets.map((w) => w.name);
    expect(cleanNames).toEqual(expect.arrayContaining(Object.values(APPENDIX_SHEET_NAMES)));
  });

  it('convertedTemplate: her own table as the standard template holding her figures', async () => {
    const wb = await load((await convertedTemplate(own)).bytes);
    expect(wb.getWorksheet(SHEET_NAMES.plan)).toBeDefined();
    let noted = 0;
    wb.getWorksheet(SHEET_NAMES.plan)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number' && JSON.stringify(cell.note ?? '').includes('Từ / from')) noted++;
      }),
    );
    expect(noted).toBeGreaterThan(5);
    await expect(convertedTemplate(slips)).rejects.toThrow(/already follows the mtqg template/);
  });

  it('consolidatedWorkbook: three units into the district plan; an unreadable file is a unit status', async () => {
    const files: OpenedFile[] = [];
    for (const name of ['Xã A', 'Xã B', 'Xã C']) {
      files.push({ name: `${name}.xlsx`, bytes: new Uint8Array(await unitWorkbookBuffer(unitPlans({ name }))) });
    }
    const { bytes, result } = await consolidatedWorkbook(files, { year: 2024, name: 'Huyện Thử' });
    expect(result.summary).toMatchObject({ units: 3, summed: 3, unreadable: 0 });
    expect((await load(bytes)).worksheets.length).toBe(result.plans.length);
    const broken = await consolidatedWorkbook([...files, { name: 'hong.xlsx', bytes: new Uint8Array(3) }], {
      year: 2024,
    });
    expect(broken.result.units.find((u) => u.file === 'hong.xlsx')?.status).toBe('unreadable');
  });

  it('blankTemplate: the Mẫu biểu options, defaults for the rest', async () => {
    const wb = await load(await blankTemplate({ year: 2025, level: 'xa', unitName: 'Xã Hướng Lập' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([SHEET_NAMES.plan]));
    const info = checkFile({ name: 'mau.xlsx', bytes: await blankTemplate({ year: 2025, unitName: 'Xã Hướng Lập' }) });
    expect(info.kind).toBe('template');
    expect(JSON.stringify(info.snapshot)).toContain('Xã Hướng Lập');
  });
});
