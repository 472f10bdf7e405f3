import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../demo/sampleWorkbook';
import { captureCliOutput, mtqg } from './testing/captureOutput';

/** `mtqg validate FILE --annotate COPY.xlsx`: her workbook with the flagged cells highlighted and noted. */
let dir: string;
let file: string;
let original: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-annotate-'));
  file = path.join(dir, 'vinh-linh.xlsx');
  await (await buildSampleWorkbook({ withSlips: true })).xlsx.writeFile(file);
  original = await fs.readFile(file);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('mtqg validate --annotate', () => {
  const io = captureCliOutput();

  it('writes the copy with a note on each flagged cell, prints the report, leaves the input alone', async () => {
    const copy = path.join(dir, 'vinh-linh-danh-dau.xlsx');
    expect(await mtqg('validate', file, '--annotate', copy)).toBe(1);
    expect(io.stdout).toContain('SUM_MISMATCH');
    expect(io.stdout).toMatch(/annotated copy: \d+ ô tô màu \/ cells highlighted, \d+ ghi chú \/ notes → /);
    expect((await fs.readFile(file)).equals(original)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const note = JSON.stringify(wb.getWorksheet('Kế hoạch vốn')!.getCell('I20').note);
    expect(note).toContain('HARDCODED_TOTAL');
  });

  it('refuses an existing file without --force (exit 2, file untouched), overwrites with --force', async () => {
    const copy = path.join(dir, 'co-san.xlsx');
    await fs.writeFile(copy, 'hers');
    expect(await mtqg('validate', file, '--annotate', copy)).toBe(2);
    expect(io.stderr).toMatch(/--force/);
    expect(await fs.readFile(copy, 'utf8')).toBe('hers');
    expect(await mtqg('validate', file, '--annotate', copy, '--force')).toBe(1);
    expect((await fs.readFile(copy)).subarray(0, 2).toString()).toBe('PK');
  });

  it('never writes over the input, even with --force', async () => {
    expect(await mtqg('validate', file, '--annotate', file, '--force')).toBe(2);
    expect((await fs.readFile(file)).equals(original)).toBe(true);
  });

  it('keeps stdout parseable with --format json (the line about the copy goes to stderr)', async () => {
    const copy = path.join(dir, 'json-copy.xlsx');
    expect(await mtqg('validate', file, '--format', 'json', '--annotate', copy)).toBe(1);
    expect(JSON.parse(io.stdout).findings.length).toBeGreaterThan(0);
    expect(io.stderr).toContain('annotated copy');
  });
});
