import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../templates';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { findKeyRow } from '../host/xlsx/sheetScan';
import { readWorkbookSnapshot } from '../host/xlsx/readSnapshot';
import { END_OF_PHASE_TEXT } from '../domain/indicators';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { catalog } from '../domain/catalog';
import { a1 } from '../model/a1';
import { validateSnapshot } from './index';
import type { Finding } from '../model/finding';

/**
 * The slips real plans go up with, on the real template (H2's sheet plans written with
 * ExcelJS, formulas computed by HyperFormula as the CLI sees them), and a fully consistent
 * plan that must pass.
 */
type Entry = [code: string, key: SourceKey, value: number];
const DETAIL_ROAD = 'DA4.TDA1.ND1.01';
const DETAIL_BRIDGE = 'DA4.TDA1.ND1.02';

/** Every source used; NSĐP exactly 5 % of NSTW for ĐTPT (85 / 1.700) and SN (12,5 / 250). */
const PLAN: Entry[] = [
  ['DA1.ND1', 'DTPT_NSTW', 100],
  ['DA1.ND1', 'SN_NSTW', 40],
  ['DA1.ND2', 'DTPT_NSTW', 200],
  ['DA1.ND3', 'SN_NSTW', 60],
  ['DA1.ND4.PT', 'SN_NSTW', 50],
  ['DA1.ND4.TT', 'DTPT_NSTW', 300],
  ['DA2', 'DTPT_NSTW', 150],
  [DETAIL_ROAD, 'DTPT_NSTW', 700],
  [DETAIL_ROAD, 'DTPT_NSDP', 85],
  [DETAIL_ROAD, 'LONG_GHEP', 32.973],
  [DETAIL_ROAD, 'DAN_GOP', 12],
  [DETAIL_BRIDGE, 'DTPT_NSTW', 250],
  [DETAIL_BRIDGE, 'TIN_DUNG', 10],
  [DETAIL_BRIDGE, 'HUY_DONG', 6.502],
  ['DA8', 'SN_NSTW', 70],
  ['DA8', 'SN_NSDP', 12.5],
  ['DA10.TDA3', 'SN_NSTW', 30],
];
const INDICATORS: Array<[string, number | string]> = [
  ['CT08', 10],
  ['CT09', 20],
  ['CT10', 5],
  ['CT12', 40],
  ['CT13', 2],
  ['CT14', 30],
  ['CT02', END_OF_PHASE_TEXT],
  ['CT05', 82.5],
];

/** Giao vốn = the plan, given on each funded leaf and on the TONG row. */
function allocationOf(plan: Entry[]): Entry[] {
  const byLeaf = new Map<string, number>();
  const total = new Map<SourceKey, number>();
  for (const [code, key, value] of plan) {
    const leaf = code.replace(/\.\d+$/, '');
    byLeaf.set(`${leaf}|${key}`, (byLeaf.get(`${leaf}|${key}`) ?? 0) + value);
    total.set(key, (total.get(key) ?? 0) + value);
  }
  return [
    ...[...byLeaf].map(([id, v]) => [...id.split('|'), v] as Entry),
    ...[...total].map(([key, v]) => ['TONG', key, v] as Entry),
  ];
}

class TemplateWorkbook {
  readonly wb = new ExcelJS.Workbook();
  constructor() {
    const details = [
      { leafCode: 'DA4.TDA1.ND1', name: 'Đường Áng Hin' },
      { leafCode: 'DA4.TDA1.ND1', name: 'Cầu Nà Pàn' },
    ];
    for (const plan of buildTemplatePlans(
      { year: 2024, level: 'tinh', unit: 'trieu', counterpartPercent: 5 },
      { details },
    ))
      addPlanSheet(this.wb, plan);
  }
  /** A1 address of (code, key) on a sheet, found by the key row and the MA column. */
  address(sheetName: string, code: string, key: string): string {
    const ws = this.wb.getWorksheet(sheetName)!;
    const keys = findKeyRow(ws, 'MA')!;
    const maCol = keys.columns.get('MA')!;
    for (let r = keys.row + 1; r <= ws.rowCount; r++) {
      if (ws.getRow(r).getCell(maCol).value === code) return a1(r - 1, keys.columns.get(key)! - 1);
    }
    throw new Error(`${code} not on ${sheetName}`);
  }
  set(sheetName: string, code: string, key: string, value: ExcelJS.CellValue): this {
    this.wb.getWorksheet(sheetName)!.getCell(this.address(sheetName, code, key)).value = value;
    return this;
  }
  fill(plan: Entry[], allocation: Entry[]): this {
    for (const [code, key, value] of plan) this.set(SHEET_NAMES.plan, code, key, value);
    for (const [code, key, value] of allocation) this.set(SHEET_NAMES.allocation, code, key, value);
    for (const [code, value] of INDICATORS) this.set(SHEET_NAMES.indicators, code, 'KE_HOACH', value);
    return this;
  }
  validate() {
    return validateSnapshot(readWorkbookSnapshot(this.wb));
  }
}

describe('a fully consistent plan', () => {
  it('uses every typed source and gives no errors or warnings', () => {
    expect(new Set(PLAN.map(([, key]) => key))).toEqual(new Set(TYPED_SOURCE_KEYS));
    const findings = new TemplateWorkbook().fill(PLAN, allocationOf(PLAN)).validate();
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('still passes the counterpart check exactly at the minimum, and fails just under it', () => {
    const short = PLAN.map(([c, k, v]): Entry => [c, k, c === DETAIL_ROAD && k === 'DTPT_NSDP' ? 84.9 : v]);
    const findings = new TemplateWorkbook().fill(short, allocationOf(short)).validate();
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['COUNTERPART_SHORTFALL']);
  });
});

describe('the slips real plans go up with', () => {
  // Built per test (not at describe time) so mutation testing can tell which test covers which code.
  let t: TemplateWorkbook;
  let findings: Finding[];
  beforeEach(() => {
    t = new TemplateWorkbook();
    const allocation = allocationOf(PLAN).filter(([code, key]) => !(code === 'DA4.TDA1.ND1' && key === 'DTPT_NSTW'));
    t.fill(PLAN, allocation);
    // 1. Central investment lines adding to more than the allocation (DA4: 950 planned, 900 given).
    t.set(SHEET_NAMES.allocation, 'DA4', 'DTPT_NSTW', 900);
    // 2. A people's-contribution total one digit off its lines (21 for 12 + 0).
    t.set(SHEET_NAMES.allocation, 'DA4.TDA1.ND2', 'DAN_GOP', 0);
    t.set(SHEET_NAMES.allocation, 'DA4.TDA1', 'DAN_GOP', 21);
    // 3. A sub-total typed over its formula, 30 million đồng above its sources (80 for 50).
    t.set(SHEET_NAMES.plan, 'DA1.ND4', 'SN_NSTW', 80);
    // 4. A total stated in the wrong unit (nghìn đồng in a triệu đồng workbook: ×1,000).
    t.set(SHEET_NAMES.allocation, 'TONG', 'SN_NSTW', 250_000);
    // 5. A count with its unit typed into a number cell.
    t.set(SHEET_NAMES.indicators, 'CT08', 'KE_HOACH', '04 hộ');
    findings = t.validate();
  });
  const at = (sheet: string, code: string, key: string) => `${sheet}!${t.address(sheet, code, key)}`;
  const found = (code: string) => findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);

  it.each([
    ['OVER_ALLOCATION', () => at(SHEET_NAMES.plan, 'DA4', 'DTPT_NSTW')],
    ['SUM_MISMATCH', () => at(SHEET_NAMES.allocation, 'DA4.TDA1', 'DAN_GOP')],
    ['HARDCODED_TOTAL', () => at(SHEET_NAMES.plan, 'DA1.ND4', 'SN_NSTW')],
    ['UNIT_SUSPECT', () => at(SHEET_NAMES.allocation, 'TONG', 'SN_NSTW')],
    ['NUMBER_WITH_UNIT', () => at(SHEET_NAMES.indicators, 'CT08', 'KE_HOACH')],
  ])("%s at the slip's cell", (code, cell) => {
    expect(found(code)).toContain(cell());
  });

  it('reports exactly these errors, each once, with Vietnamese amounts in the unit and in đồng', () => {
    expect(
      findings
        .filter((f) => f.severity === 'error')
        .map((f) => f.code)
        .sort(),
    ).toEqual(['HARDCODED_TOTAL', 'NUMBER_WITH_UNIT', 'OVER_ALLOCATION', 'SUM_MISMATCH', 'UNIT_SUSPECT']);
    const hardcoded = findings.find((f) => f.code === 'HARDCODED_TOTAL')!;
    expect(hardcoded).toMatchObject({ expected: 50, actual: 80, lineCode: 'DA1.ND4', sourceKey: 'SN_NSTW' });
    expect(hardcoded.message).toContain('30 triệu đồng (30.000.000 đồng)');
    expect(findings.find((f) => f.code === 'UNIT_SUSPECT')!.message).toMatch(/1\.000 lần/);
    expect(catalog.byCode.get('DA1.ND4')!.isLeaf).toBe(false);
  });

  it("keeps messages short: no repeat of the finding's own sheet!cell (shown beside it), the point before the figures", () => {
    for (const f of findings) {
      expect(f.message).not.toContain(`${f.sheet}!${f.cell}`);
      expect(f.messageEn).not.toContain(`${f.sheet}!${f.cell}`);
      expect(f.message.length).toBeLessThanOrEqual(180);
    }
    const over = findings.find((f) => f.code === 'OVER_ALLOCATION')!;
    expect(over.message).toMatch(/^Kế hoạch vượt vốn giao 50 triệu đồng \(50\.000\.000 đồng\) — DA4 · ĐTPT NSTW: /);
    expect(over.message).toContain(`tại ${at(SHEET_NAMES.allocation, 'DA4', 'DTPT_NSTW')}`);
  });
});
