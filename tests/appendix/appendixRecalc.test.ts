import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildAppendixPlans, PB02_CODE_COLUMN, PB02_SOURCE_COLUMNS, PB03_TYPED_ORDER } from '../../src/appendix';
import { PB03_COLUMNS } from '../../src/appendix/pb03Sources';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { SOURCES, type SourceKey } from '../../src/domain/sources';
import { APPENDIX_SHEET_NAMES, SHEET_NAMES, TOTAL_ROW_CODE } from '../../src/domain/workbookLayout';
import { readWorkbookSnapshot } from '../../src/host/xlsx/readSnapshot';
import { findKeyRow } from '../../src/host/xlsx/sheetScan';
import { XlsxWorkbookHost } from '../../src/host/xlsx/XlsxWorkbookHost';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from '../libreoffice/recalc';

/**
 * Proof in a second engine: appendices generated from the consistent sample, recalculated
 * by LibreOffice, show on every PB02 line and every PB03 total the figure the (equally
 * recalculated) Kế hoạch vốn shows.
 */
jest.setTimeout(300_000);

/**
 * The value a spreadsheet shows: a formula's cached result, else the typed value. ExcelJS
 * drops a cached result of 0 (LibreOffice writes <v>0</v>), so a formula without one reads 0.
 */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? 0;
  return v;
}
const isFormula = (cell: ExcelJS.Cell) => !!cell.value && typeof cell.value === 'object' && 'formula' in cell.value;

describe('appendices recalculated by LibreOffice', () => {
  let dir: string;
  let loDir: string;
  let wb: ExcelJS.Workbook;
  /** Kế hoạch vốn (recalculated): code → source → shown figure. */
  const working = new Map<string, Map<SourceKey, number>>();

  beforeAll(async () => {
    if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-appendix-lo-'));
    const sample = await buildSampleWorkbook({ withSlips: false });
    const plans = buildAppendixPlans(readWorkbookSnapshot(sample));
    await new XlsxWorkbookHost(sample).applyPlans(plans, 'replaceOwn');
    const inPath = path.join(dir, 'phu-bieu.xlsx');
    await sample.xlsx.writeFile(inPath);
    wb = new ExcelJS.Workbook();
    const recalculated = await recalcWithLibreOffice(inPath);
    loDir = path.dirname(recalculated);
    await wb.xlsx.readFile(recalculated);

    const ws = wb.getWorksheet(SHEET_NAMES.plan)!;
    const keys = findKeyRow(ws, 'MA')!;
    for (let r = keys.row + 1; r <= ws.rowCount; r++) {
      const code = ws.getCell(r, keys.columns.get('MA')).value;
      if (typeof code !== 'string' || !code) continue;
      working.set(
        code,
        new Map(SOURCES.map((s) => [s.key, Number(shown(ws.getCell(r, keys.columns.get(s.key))) ?? 0)])),
      );
    }
  });

  afterAll(() => {
    for (const d of [dir, loDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('keeps the template sheets and adds the three appendices', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...Object.values(SHEET_NAMES),
      ...Object.values(APPENDIX_SHEET_NAMES),
    ]);
  });

  it('PB02: every line, parent, grand total and total column equals Kế hoạch vốn', () => {
    const ws = wb.getWorksheet(APPENDIX_SHEET_NAMES.pb02)!;
    let lines = 0;
    let formulas = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const code = ws.getCell(r, PB02_CODE_COLUMN + 1).value;
      if (typeof code !== 'string' || !(code === TOTAL_ROW_CODE || code.startsWith('DA'))) continue;
      lines++;
      for (const source of SOURCES) {
        const cell = ws.getCell(r, PB02_SOURCE_COLUMNS[source.key] + 1);
        if (isFormula(cell)) formulas++;
        const value = shown(cell);
        expect({ code, key: source.key, type: typeof value }).toEqual({ code, key: source.key, type: 'number' });
        expect(value as number).toBeCloseTo(working.get(code)!.get(source.key)!, 6);
      }
    }
    expect(lines).toBeGreaterThan(20);
    expect(formulas).toBeGreaterThan(lines * 3);
    expect(working.get(TOTAL_ROW_CODE)!.get('TONG')).toBeGreaterThan(0);
  });

  it('PB03: each source, the ĐTPT and SN subtotals and the grand total equal Kế hoạch vốn TONG', () => {
    const ws = wb.getWorksheet(APPENDIX_SHEET_NAMES.pb03)!;
    const rowNamed = (name: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, PB03_COLUMNS.name + 1).value === name) return r;
      throw new Error(`no PB03 row ${name}`);
    };
    const amount = (r: number) => shown(ws.getCell(r, PB03_COLUMNS.amount + 1)) as number;
    const tong = working.get(TOTAL_ROW_CODE)!;
    const total = rowNamed('TỔNG CỘNG');
    const dtpt = rowNamed('Vốn đầu tư phát triển');
    const sn = rowNamed('Vốn sự nghiệp');
    expect(amount(total)).toBeCloseTo(tong.get('TONG')!, 6);
    expect(amount(dtpt)).toBeCloseTo(tong.get('DTPT')!, 6);
    expect(amount(sn)).toBeCloseTo(tong.get('SN')!, 6);
    const typedRows = [dtpt + 1, dtpt + 2, sn + 1, sn + 2, sn + 3, sn + 4, sn + 5, sn + 6];
    PB03_TYPED_ORDER.forEach((key, i) => expect(amount(typedRows[i])).toBeCloseTo(tong.get(key)!, 6));
    expect(shown(ws.getCell(total, PB03_COLUMNS.share + 1)) as number).toBeCloseTo(1, 9);
    const ratio = tong.get('DTPT_NSDP')! / tong.get('DTPT_NSTW')!;
    expect(shown(ws.getCell(dtpt, PB03_COLUMNS.ratio + 1)) as number).toBeCloseTo(ratio, 9);
    expect(shown(ws.getCell(dtpt, PB03_COLUMNS.verdict + 1))).toBe('Đạt');
  });
});
