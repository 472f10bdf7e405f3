import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile, saveWorkbookFile } from './fileIo';

describe('fileIo', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-io-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const workbook = (text: string) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang 1').getCell('A1').value = text;
    return wb;
  };

  it('saves and loads a workbook', async () => {
    const file = path.join(dir, 'a.xlsx');
    await saveWorkbookFile(workbook('xin chào'), file);
    const back = await loadWorkbookFile(file);
    expect(back.getWorksheet('Trang 1')!.getCell('A1').value).toBe('xin chào');
  });

  it('refuses to overwrite without force, overwrites with it', async () => {
    const file = path.join(dir, 'a.xlsx');
    await saveWorkbookFile(workbook('một'), file);
    await expect(saveWorkbookFile(workbook('hai'), file)).rejects.toThrow(/--force/);
    expect((await loadWorkbookFile(file)).getWorksheet('Trang 1')!.getCell('A1').value).toBe('một');
    await saveWorkbookFile(workbook('hai'), file, { force: true });
    expect((await loadWorkbookFile(file)).getWorksheet('Trang 1')!.getCell('A1').value).toBe('hai');
  });

  it('gives one-line errors for a missing file and for a file that is not xlsx', async () => {
    const missing = loadWorkbookFile(path.join(dir, 'khong-co.xlsx'));
    await expect(missing).rejects.toThrow(/^Không tìm thấy tệp \/ file not found: .*khong-co\.xlsx$/);
    const text = path.join(dir, 'notes.xlsx');
    writeFileSync(text, 'chỉ là văn bản');
    await expect(loadWorkbookFile(text)).rejects.toThrow(
      /^Không phải tệp \.xlsx hoặc tệp bị hỏng \/ not an \.xlsx file or corrupt: [^\n]*$/,
    );
    expect(readFileSync(text, 'utf8')).toBe('chỉ là văn bản');
  });

  it('reports a missing target folder in one line', async () => {
    await expect(saveWorkbookFile(workbook('x'), path.join(dir, 'khong', 'a.xlsx'))).rejects.toThrow(
      /^Không ghi được tệp \(thư mục không tồn tại\) \/ cannot write .*ENOENT$/,
    );
  });
});
