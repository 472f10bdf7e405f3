import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildAppendixPlans, PB04_CODE_COLUMN, PB04_COLUMNS } from '../../src/appendix';
import { APPENDIX_SHEET_NAMES, SHEET_NAMES, TOTAL_ROW_CODE } from '../../src/domain/workbookLayout';
import { DISB_AMOUNT_KEYS, DISB_RATES } from '../../src/domain/disbursementColumns';
import { buildTemplatePlans } from '../../src/templates';
import { KeyedPlan } from '../../src/demo/samplePlans';
import { XlsxWorkbookHost } from '../../src/host/xlsx/XlsxWorkbookHost';
import { readWorkbookSnapshot } from '../../src/host/xlsx/readSnapshot';
import { findKeyRow } from '../../src/host/xlsx/sheetScan';
import { validateSnapshot } from '../../src/validation';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from './recalc';

/**
 * The figures, typed on a fresh template and recalculated by LibreOffice: ĐTPT plan
 * 20.000 / disbursed 17.350 (86,8 %), carried 4.200 / 4.116 (98,0 %); SN plan 12.500 / 6.875
 * (55,0 %), carried 1.800 / 1.152 (64,0 %). KH comes from Kế hoạch vốn by code; PB04,
 * generated from the working sheet, recalculates to the same figures. A copy with slips
 * (over-disbursement, wrong typed rate, as-of date past 31/12) is caught cell by cell.
 */
jest.setTimeout(300_000);

const shown = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value;
  return v && typeof v === 'object' && 'formula' in v ? ((v as ExcelJS.CellFormulaValue).result ?? 0) : v;
};

function build(asOf: string, slips: boolean): Promise<ExcelJS.Workbook> {
  const plans = buildTemplatePlans({ year: 2024, unitName: 'Huyện Thử', asOfDate: asOf });
  const plan = new KeyedPlan(plans.find((p) => p.name === SHEET_NAMES.plan)!);
  const disb = new KeyedPlan(plans.find((p) => p.name === SHEET_NAMES.disbursement)!);
  plan.set('DA1.ND4.TT', 'DTPT_NSTW', 19000);
  plan.set('DA1.ND4.TT', 'DTPT_NSDP', 1000);
  plan.set('DA8', 'SN_NSTW', 12500);
  disb.set('DA1.ND4.TT', 'GN_DTPT', 17350);
  disb.set('DA1.ND4.TT', 'KD_DTPT', 4200);
  disb.set('DA1.ND4.TT', 'GNKD_DTPT', 4116);
  disb.set('DA8', 'GN_SN', 6875);
  disb.set('DA8', 'KD_SN', 1800);
  disb.set('DA8', 'GNKD_SN', 1152);
  if (slips) {
    disb.set('DA8', 'GN_SN', 12600);
    disb.set('DA1.ND4.TT', 'TL_DTPT', 0.9);
  }
  const wb = new ExcelJS.Workbook();
  return new XlsxWorkbookHost(wb).applyPlans(plans, 'refuse').then(() => wb);
}

describe('Giải ngân and PB04 recalculated by LibreOffice', () => {
  const dirs: string[] = [];
  let good: ExcelJS.Workbook;
  let bad: ExcelJS.Workbook;

  async function recalc(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtqg-disb-lo-'));
    dirs.push(dir);
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    const out = await recalcWithLibreOffice(file);
    dirs.push(path.dirname(out));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    return back;
  }

  beforeAll(async () => {
    if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
    const working = await build('30/09/2024', false);
    await new XlsxWorkbookHost(working).applyPlans(buildAppendixPlans(readWorkbookSnapshot(working)), 'replaceOwn');
    [good, bad] = await Promise.all([
      recalc(working, 'giai-ngan'),
      build('15/01/2025', true).then((w) => recalc(w, 'loi')),
    ]);
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  function sheetValues(wb: ExcelJS.Workbook, name: string) {
    const ws = wb.getWorksheet(name)!;
    const keys = findKeyRow(ws, 'MA')!;
    const row = (code: string) => {
      for (let r = keys.row + 1; r <= ws.rowCount; r++)
        if (ws.getCell(r, keys.columns.get('MA')).value === code) return r;
      throw new Error(`no row ${code}`);
    };
    return { ws, value: (code: string, key: string) => shown(ws.getCell(row(code), keys.columns.get(key))), row };
  }

  it('computes KH from Kế hoạch vốn and the four rates of the issue, on the line and on TONG', () => {
    const { ws, value, row } = sheetValues(good, SHEET_NAMES.disbursement);
    for (const code of ['DA1.ND4.TT', 'DA1', TOTAL_ROW_CODE]) expect(value(code, 'KH_DTPT')).toBe(20000);
    for (const code of ['DA8', TOTAL_ROW_CODE]) expect(value(code, 'KH_SN')).toBe(12500);
    const expected: Array<[string, string, number, string]> = [
      ['DA1.ND4.TT', 'TL_DTPT', 0.8675, '86,8'],
      ['DA1.ND4.TT', 'TLKD_DTPT', 0.98, '98,0'],
      ['DA8', 'TL_SN', 0.55, '55,0'],
      ['DA8', 'TLKD_SN', 0.64, '64,0'],
    ];
    const keys = findKeyRow(ws, 'MA')!;
    for (const [code, key, rate, printed] of expected) {
      for (const line of [code, TOTAL_ROW_CODE]) expect(value(line, key) as number).toBeCloseTo(rate, 9);
      const cell = ws.getCell(row(code), keys.columns.get(key));
      expect(cell.numFmt).toBe('0.0%');
      // What "0.0%" prints (half up, as Excel and LibreOffice round for display).
      expect((Math.round(rate * 1000 + 1e-9) / 10).toFixed(1).replace('.', ',')).toBe(printed);
    }
    // Blank, not 0 % or #DIV/0!, where there is no plan.
    expect(value('DA6', 'TL_SN')).toBeFalsy();
  });

  it('as-of 30/09 inside the year: no expiry finding, only SN behind the 60 % milestone of 30/9', () => {
    const { ws, row } = sheetValues(good, SHEET_NAMES.disbursement);
    const keys = findKeyRow(ws, 'MA')!;
    const findings = validateSnapshot(readWorkbookSnapshot(good)).filter((f) => f.sheet === SHEET_NAMES.disbursement);
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      `LOW_DISBURSEMENT@${ws.getCell(row(TOTAL_ROW_CODE), keys.columns.get('TL_SN')).address}`,
    ]);
  });

  it('PB04 shows the working sheet figures on every line, parent and total', () => {
    const ws = good.getWorksheet(APPENDIX_SHEET_NAMES.pb04)!;
    const working = sheetValues(good, SHEET_NAMES.disbursement);
    let lines = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const code = ws.getCell(r, PB04_CODE_COLUMN + 1).value;
      if (typeof code !== 'string' || !(code === TOTAL_ROW_CODE || code.startsWith('DA'))) continue;
      lines++;
      for (const key of [...DISB_AMOUNT_KEYS, ...DISB_RATES.map((x) => x.rate)]) {
        const got = shown(ws.getCell(r, PB04_COLUMNS[key] + 1));
        const want = working.value(code, key);
        if (typeof want === 'number')
          expect({ code, key, v: got as number }).toEqual({ code, key, v: expect.closeTo(want, 9) });
        else expect({ code, key, v: got || null }).toEqual({ code, key, v: null });
      }
    }
    expect(lines).toBe(5); // TONG, DA1, DA1.ND4, DA1.ND4.TT, DA8
    expect(
      ws
        .getRows(1, 12)!
        .some((row) => row.values && String(row.values).includes('Số liệu giải ngân đến ngày 30/09/2024')),
    ).toBe(true);
  });

  it('catches the over-disbursement, the wrong typed rate and the expired carry-over at their cells', () => {
    const { ws, row } = sheetValues(bad, SHEET_NAMES.disbursement);
    const keys = findKeyRow(ws, 'MA')!;
    const at = (code: string, key: string) => ws.getCell(row(code), keys.columns.get(key)).address;
    const found = validateSnapshot(readWorkbookSnapshot(bad)).map((f) => `${f.code}@${f.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `DISBURSED_OVER_PLAN@${at('DA8', 'GN_SN')}`,
        `RATE_MISMATCH@${at('DA1.ND4.TT', 'TL_DTPT')}`,
        `CARRYOVER_EXPIRED@${at('DA1.ND4.TT', 'GNKD_DTPT')}`,
        `CARRYOVER_EXPIRED@${at('DA8', 'GNKD_SN')}`,
      ]),
    );
  });
});
