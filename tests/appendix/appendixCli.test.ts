import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import ExcelJS from 'exceljs';
import { UNVERIFIED_TEXT } from '../../src/appendix';
import { runAppendix } from '../../src/cli/appendixCommand';
import { CliError, EXIT } from '../../src/cli/errors';
import { run } from '../../src/cli/main';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { APPENDIX_SHEET_NAMES, SHEET_NAMES } from '../../src/domain/workbookLayout';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/host/xlsx/fileIo';

jest.setTimeout(120_000);

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}
function runIn(file: string, flags: Record<string, unknown>) {
  const out = sink();
  const err = sink();
  return runAppendix(file, flags, { out: out.stream, err: err.stream }).then((code) => ({
    code,
    out: out.text(),
    err: err.text(),
  }));
}
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const texts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') out.push(cell.value);
    }),
  );
  return out;
};

describe('mtqg appendix', () => {
  let dir: string;
  let slips: string;
  let good: string;
  let expectedCodes: string[];
  const at = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-appendix-cli-'));
    slips = at('co-loi.xlsx');
    good = at('hop-le.xlsx');
    const withSlips = await buildSampleWorkbook({ withSlips: true });
    expectedCodes = withSlips.expected.map((e) => e.code);
    await saveWorkbookFile(withSlips, slips);
    await saveWorkbookFile(await buildSampleWorkbook({ withSlips: false }), good);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a workbook with errors: exit 1, error findings listed, nothing written, input untouched', async () => {
    const before = hash(slips);
    const res = await runIn(slips, { out: at('refused.xlsx') });
    expect(res.code).toBe(EXIT.findings);
    for (const code of expectedCodes) expect(res.out).toContain(code);
    expect(res.out).not.toContain('CẢNH BÁO / WARNING');
    expect(res.err).toContain('--allow-errors');
    expect(existsSync(at('refused.xlsx'))).toBe(false);
    expect(hash(slips)).toBe(before);
  });

  it('exits 1 through the CLI entry as well', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const writeErr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run(['node', 'mtqg', 'appendix', slips, '--out', at('refused2.xlsx')])).toBe(EXIT.findings);
    } finally {
      write.mockRestore();
      writeErr.mockRestore();
    }
    expect(existsSync(at('refused2.xlsx'))).toBe(false);
  });

  it('with --allow-errors writes the appendices marked unverified, input untouched', async () => {
    const before = hash(slips);
    const res = await runIn(slips, { out: at('unverified.xlsx'), allowErrors: true });
    expect(res.code).toBe(EXIT.ok);
    expect(hash(slips)).toBe(before);
    const wb = await loadWorkbookFile(at('unverified.xlsx'));
    for (const name of Object.values(APPENDIX_SHEET_NAMES))
      expect(texts(wb.getWorksheet(name)!)).toContain(UNVERIFIED_TEXT);
  });

  it('writes verified appendices for a consistent workbook, and regenerating replaces only the appendix sheets', async () => {
    const first = at('phu-bieu-1.xlsx');
    expect((await runIn(good, { out: first })).code).toBe(EXIT.ok);
    const wb = await loadWorkbookFile(first);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...Object.values(SHEET_NAMES),
      ...Object.values(APPENDIX_SHEET_NAMES),
    ]);
    expect(texts(wb.getWorksheet(APPENDIX_SHEET_NAMES.pb02)!)).not.toContain(UNVERIFIED_TEXT);

    // The user scribbles on an appendix and adds a sheet of their own, then regenerates.
    const pb02 = wb.getWorksheet(APPENDIX_SHEET_NAMES.pb02)!;
    pb02.getCell('C12').value = 'sửa tay';
    wb.addWorksheet('Ghi chú riêng').getCell('A1').value = 'của tôi';
    const edited = at('phu-bieu-edited.xlsx');
    await saveWorkbookFile(wb, edited);
    const second = at('phu-bieu-2.xlsx');
    expect((await runIn(edited, { out: second })).code).toBe(EXIT.ok);

    const again = await loadWorkbookFile(second);
    expect(again.worksheets.map((w) => w.name).sort()).toEqual(
      [...Object.values(SHEET_NAMES), ...Object.values(APPENDIX_SHEET_NAMES), 'Ghi chú riêng'].sort(),
    );
    expect(again.getWorksheet('Ghi chú riêng')!.getCell('A1').value).toBe('của tôi');
    expect(texts(again.getWorksheet(APPENDIX_SHEET_NAMES.pb02)!)).not.toContain('sửa tay');
    const plan1 = wb.getWorksheet(SHEET_NAMES.plan)!;
    const plan2 = again.getWorksheet(SHEET_NAMES.plan)!;
    plan1.eachRow((row, r) => row.eachCell((cell, c) => expect(plan2.getCell(r, c).value).toEqual(cell.value)));
  });

  it('refuses (exit 2) when a user sheet has an appendix name, and writes nothing', async () => {
    const wb = await loadWorkbookFile(good);
    wb.addWorksheet(APPENDIX_SHEET_NAMES.pb03).getCell('A1').value = 'bảng của tôi';
    const input = at('user-sheet.xlsx');
    await saveWorkbookFile(wb, input);
    const before = hash(input);
    const err = await runIn(input, { out: at('user-out.xlsx') }).catch((e) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(EXIT.unusable);
    expect((err as CliError).message).toContain(APPENDIX_SHEET_NAMES.pb03);
    expect(existsSync(at('user-out.xlsx'))).toBe(false);
    expect(hash(input)).toBe(before);
  });

  it('never writes the input and never overwrites an output without --force', async () => {
    await expect(runIn(good, { out: good })).rejects.toMatchObject({ exitCode: EXIT.unusable });
    const out = at('exists.xlsx');
    await saveWorkbookFile(new ExcelJS.Workbook(), out);
    const before = hash(out);
    await expect(runIn(good, { out })).rejects.toMatchObject({ exitCode: EXIT.unusable });
    expect(hash(out)).toBe(before);
    expect((await runIn(good, { out, force: true })).code).toBe(EXIT.ok);
    expect(hash(out)).not.toBe(before);
  });

  it('gives a one-line error for a missing file or a workbook that is not a plan', async () => {
    await expect(runIn(at('missing.xlsx'), { out: at('x.xlsx') })).rejects.toThrow(/không tìm thấy|not found/i);
    const other = at('other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 1;
    await saveWorkbookFile(wb, other);
    await expect(runIn(other, { out: at('y.xlsx') })).rejects.toMatchObject({ exitCode: EXIT.unusable });
  });
});
