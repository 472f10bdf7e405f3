import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { XlsxWorkbookHost } from '../../src/host/xlsx/XlsxWorkbookHost';
import { readXlsxSnapshot } from '../../src/host/xlsx/fastReader';
import { setColumnChoice, setSectionKind } from '../../src/layout/editMapping';
import { readLayout } from '../../src/layout/readLayout';
import { buildMappingSheetPlan, MAPPING_SHEET_NAME, readSavedMapping } from '../../src/layout/savedMapping';
import { mappingOf, validateAnyWorkbook } from '../../src/layout/validateAny';
import { captureCliOutput, mtqg } from '../../src/cli/testing/captureOutput';
import { camLuong } from '../fixtures/ownLayout/corpus';
import { corpusWorkbook, gridXlsx } from '../fixtures/ownLayout/writeXlsx';
import { sectionedWithSourceSection } from '../fixtures/ownLayout/sections';
import { cellAt } from '../../src/model/snapshot';

/**
 * The mapping she reviewed in the pane is kept in her workbook (our very hidden sheet) and
 * read back by every reader: the .xlsx host writes it, the streaming reader and the CLI use it.
 */
const io = captureCliOutput();
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-saved-map-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

/** Her Cẩm Lương table, with column I (SN NSĐP) set to "ignore" in the review and saved. */
async function savedWorkbook(): Promise<{ buffer: Uint8Array; edited: ReturnType<typeof setColumnChoice> }> {
  const wb = corpusWorkbook([camLuong()]);
  const host = new XlsxWorkbookHost(wb);
  const found = readLayout(await host.readSnapshot());
  const edited = setColumnChoice(found, 0, 'I', 'ignored');
  await host.applyPlans([buildMappingSheetPlan(edited)], 'replaceOwn');
  return { buffer: new Uint8Array(await wb.xlsx.writeBuffer()), edited };
}

const codesAt = (findings: Array<{ code: string; cell: string }>) => findings.map((f) => `${f.code}@${f.cell}`);

describe('the reviewed mapping kept in the workbook (xlsx host)', () => {
  it('round-trips: a very hidden sheet of ours, read back equal by the streaming reader', async () => {
    const { buffer, edited } = await savedWorkbook();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
    expect(reopened.getWorksheet(MAPPING_SHEET_NAME)?.state).toBe('veryHidden');
    const snapshot = readXlsxSnapshot(buffer).snapshot;
    expect(readSavedMapping(snapshot)).toEqual({ mapping: edited });
    // Her own sheet is still the only table read; our sheet is never taken for one.
    expect(readLayout(snapshot).tables.map((t) => t.sheet)).toEqual(['KH 2023']);
    expect(mappingOf(snapshot).tables[0].columns.find((c) => c.col === 'I')).toMatchObject({ role: 'ignored' });
  });

  it('saving again replaces our sheet (never a second copy, never refused)', async () => {
    const { buffer, edited } = await savedWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
    const host = new XlsxWorkbookHost(wb);
    const back = setColumnChoice(edited, 0, 'I', 'SN_NSDP');
    await host.applyPlans([buildMappingSheetPlan(back)], 'replaceOwn');
    expect(wb.worksheets.filter((w) => w.name === MAPPING_SHEET_NAME)).toHaveLength(1);
    const snapshot = await host.readSnapshot();
    expect(readSavedMapping(snapshot)).toEqual({ mapping: back });
  });

  it('a damaged saved mapping is listed as not mapped, and the table read as found', async () => {
    const { buffer } = await savedWorkbook();
    const snapshot = readXlsxSnapshot(buffer).snapshot;
    snapshot.sheets.find((s) => s.name === MAPPING_SHEET_NAME)!.rows[2][0] = { v: '{"version":1,"tab', t: 's' };
    const m = mappingOf(snapshot);
    expect(m.unmapped.map((u) => u.cell)).toContain(`${MAPPING_SHEET_NAME}!A3`);
    expect(m.tables[0].columns.find((c) => c.col === 'I')).toMatchObject({ role: 'amount', key: 'SN_NSDP' });
    expect(validateAnyWorkbook(snapshot).some((f) => f.code === 'NOT_IN_ANY_TOTAL')).toBe(false);
  });
});

describe('mtqg validate uses the mapping saved in the workbook', () => {
  it('column I ignored in the saved review: its money is reported as in no total', async () => {
    const { buffer } = await savedWorkbook();
    const file = path.join(dir, 'saved.xlsx');
    await fs.writeFile(file, buffer);
    expect(await mtqg('validate', file, '--format', 'json')).toBe(1);
    const report = JSON.parse(io.stdout) as { findings: Array<{ code: string; cell: string }> };
    expect(codesAt(report.findings)).toContain('NOT_IN_ANY_TOTAL@I15');
  });

  it('near miss: the same table without a saved mapping reads column I as SN NSĐP', async () => {
    const file = path.join(dir, 'plain.xlsx');
    await corpusWorkbook([camLuong()]).xlsx.writeFile(file);
    expect(await mtqg('validate', file, '--format', 'json')).toBe(0);
    const report = JSON.parse(io.stdout) as { findings: Array<{ code: string; cell: string }> };
    expect(report.findings.some((f) => f.code === 'NOT_IN_ANY_TOTAL')).toBe(false);
  });
});

describe('a section heading saved as another source in the review', () => {
  /** Her plan with "C. VỐN LỒNG GHÉP" (rows 11–13) saved as huy động in the pane, or as found. */
  async function sectionsFile(name: string, saved: boolean): Promise<string> {
    const wb = gridXlsx(sectionedWithSourceSection());
    if (saved) {
      const host = new XlsxWorkbookHost(wb);
      const edited = setSectionKind(readLayout(await host.readSnapshot()), 0, 11, 'HUY_DONG');
      await host.applyPlans([buildMappingSheetPlan(edited)], 'replaceOwn');
    }
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }
  /** DA1's figure of `key` in the template copy `mtqg import` wrote. */
  async function importedDa1(file: string, key: string): Promise<unknown> {
    const out = `${file.replace(/\.xlsx$/, '')}-mau.xlsx`;
    expect(await mtqg('import', file, '--out', out, '--force')).toBe(0);
    const plan = readXlsxSnapshot(await fs.readFile(out)).snapshot.sheets.find((s) => s.name === 'Kế hoạch vốn')!;
    const keys = plan.rows.find((r) => r.some((c) => c.v === 'LONG_GHEP'))!;
    const ma = keys.findIndex((c) => c.v === 'MA');
    const row = plan.rows.findIndex((r) => r[ma]?.v === 'DA1');
    return cellAt(
      plan,
      row,
      keys.findIndex((c) => c.v === key),
    ).v;
  }

  it("mtqg map names it huy động, and mtqg import carries DA1's 60 as huy động", async () => {
    const file = await sectionsFile('sections-saved.xlsx', true);
    expect(await mtqg('map', file)).toBe(0);
    expect(io.stdout).toContain('phần vốn huy động (tổng của các dòng dưới)');
    expect(io.stdout).not.toContain('phần vốn lồng ghép');
    expect(await importedDa1(file, 'HUY_DONG')).toBe(60);
    expect(await importedDa1(file, 'LONG_GHEP')).not.toBe(60);
  });

  it('near miss: without the saved review, section C is lồng ghép', async () => {
    const file = await sectionsFile('sections-plain.xlsx', false);
    expect(await mtqg('map', file)).toBe(0);
    expect(io.stdout).toContain('phần vốn lồng ghép (tổng của các dòng dưới)');
    expect(await importedDa1(file, 'LONG_GHEP')).toBe(60);
  });
});
