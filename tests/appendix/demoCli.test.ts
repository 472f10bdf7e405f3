import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { DEMO_FILES, runDemo } from '../../src/cli/demoCommand';
import { APPENDIX_SHEET_NAMES } from '../../src/domain/workbookLayout';
import { loadWorkbookFile } from '../../src/host/xlsx/fileIo';

jest.setTimeout(120_000);

describe('mtqg demo', () => {
  let dir: string;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the four demo files, prints the findings and where everything is, in well under a minute', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-demo-'));
    const out = path.join(dir, 'nested', 'demo');
    let text = '';
    const stream = new Writable({
      write(chunk, _e, done) {
        text += String(chunk);
        done();
      },
    });
    const started = Date.now();
    expect(await runDemo({ out }, stream)).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    for (const name of Object.values(DEMO_FILES)) {
      expect(existsSync(path.join(out, name))).toBe(true);
      expect(text).toContain(path.join(out, name));
    }
    const report = JSON.parse(readFileSync(path.join(out, DEMO_FILES.report), 'utf8'));
    expect(JSON.stringify(report)).toContain('OVER_ALLOCATION');
    expect(text).toContain('SOURCE_NOT_ELIGIBLE');
    expect(text).toMatch(/deliberate slips caught: (\d+)\/\1/);
    expect(text).toContain('0 lỗi / errors');
    const withAppendices = await loadWorkbookFile(path.join(out, DEMO_FILES.withAppendices));
    for (const name of Object.values(APPENDIX_SHEET_NAMES)) expect(withAppendices.getWorksheet(name)).toBeDefined();
  });

  it('refuses to replace demo files already there unless --force, and writes nothing when refused', async () => {
    const out = path.join(dir, 'again');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, DEMO_FILES.consistent), 'MINE');
    const sink = new Writable({ write: (_c, _e, done) => done() });
    await expect(runDemo({ out }, sink)).rejects.toMatchObject({ exitCode: 2, message: /Tệp đã tồn tại.*--force/ });
    expect(readFileSync(path.join(out, DEMO_FILES.consistent), 'utf8')).toBe('MINE');
    expect(readdirSync(out)).toEqual([DEMO_FILES.consistent]);
    expect(await runDemo({ out, force: true }, sink)).toBe(0);
    expect(readFileSync(path.join(out, DEMO_FILES.consistent)).subarray(0, 2).toString()).toBe('PK');
  });
});
