import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import { SAMPLE_PLAN } from '../demo/sampleData';
import { PB02_CODE_COLUMN, PB02_SOURCE_COLUMNS } from './pb02FundingPlan';
import { cellAt } from '../model/snapshot';
import { buildPb03, PB03_COLUMNS as C, PB03_TYPED_ORDER } from './pb03Sources';
import { readAppendixModel } from './readWorkbook';
import { snapshotFromPlans } from './testing/planSnapshot';
import { rowWhere, sampleAppendix, sheetNamed, workingFigure } from './testing/sampleFixture';

type Sample = ReturnType<typeof sampleAppendix>;
let plans: Sample['plans'];
let working: Sample['working'];
let appendix: Sample['appendix'];
let evaluated: Sample['evaluated'];
let pb03Plan: Sample['appendix'][number];
let pb03: ReturnType<typeof sheetNamed>;
// Built per test (not at import time) so mutation testing can tell which test covers which code.
beforeEach(() => {
  ({ plans, working, appendix, evaluated } = sampleAppendix());
  pb03Plan = appendix.find((p) => p.id === 'pb03')!;
  pb03 = sheetNamed(evaluated, APPENDIX_SHEET_NAMES.pb03);
});
const rowOf = (name: string, nth = 0) =>
  pb03.rows.map((r, i) => (r[C.name]?.v === name ? i : -1)).filter((i) => i >= 0)[nth];
const num = (row: number, col: number) => cellAt(pb03, row, col).v as number;

describe('Phụ biểu 03 – sources of the program', () => {
  let total: number;
  let dtpt: number;
  let sn: number;
  beforeEach(() => {
    total = rowOf('TỔNG CỘNG');
    dtpt = rowOf('Vốn đầu tư phát triển');
    sn = rowOf('Vốn sự nghiệp');
  });

  it('lists each typed source once, with the plan totals of Kế hoạch vốn', () => {
    const sourceRows = [
      dtpt + 1,
      dtpt + 2,
      sn + 1,
      sn + 2,
      rowOf('Vốn lồng ghép từ các chương trình, dự án khác'),
      rowOf('Vốn tín dụng chính sách'),
      rowOf('Vốn huy động hợp pháp khác'),
      rowOf('Dân đóng góp'),
    ];
    PB03_TYPED_ORDER.forEach((key, i) => {
      expect({ key, v: num(sourceRows[i], C.amount) }).toEqual({
        key,
        v: expect.closeTo(workingFigure(plans, working, 'TONG', key), 6),
      });
    });
  });

  it('makes ĐTPT, SN and the grand total formulas that equal the working sheet', () => {
    for (const [row, key] of [
      [total, 'TONG'],
      [dtpt, 'DTPT'],
      [sn, 'SN'],
    ] as const) {
      expect(pb03Plan.cells.find((c) => c.row === row && c.col === C.amount)?.formula).toBeDefined();
      expect(num(row, C.amount)).toBeCloseTo(workingFigure(plans, working, 'TONG', key), 6);
    }
  });

  it('gives each row its share of the total and the counterpart ratio against the minimum', () => {
    expect(num(total, C.share)).toBeCloseTo(1, 9);
    const groups = [
      dtpt,
      sn,
      rowOf('Vốn lồng ghép từ các chương trình, dự án khác'),
      rowOf('Vốn tín dụng chính sách'),
      rowOf('Vốn huy động hợp pháp khác'),
      rowOf('Dân đóng góp'),
    ];
    expect(groups.reduce((s, r) => s + num(r, C.share), 0)).toBeCloseTo(1, 9);
    const ratio =
      workingFigure(plans, working, 'TONG', 'DTPT_NSDP') / workingFigure(plans, working, 'TONG', 'DTPT_NSTW');
    expect(num(dtpt, C.ratio)).toBeCloseTo(ratio, 9);
    expect(num(dtpt, C.minimum)).toBeCloseTo(0.05, 9);
    expect(cellAt(pb03, dtpt, C.verdict).v).toBe('Đạt');
    expect(cellAt(pb03, sn, C.verdict).v).toBe('Đạt');
  });

  it('recomputes the ratio and verdict when the local share is edited below the minimum', () => {
    const edited = structuredClone(pb03Plan);
    const localCell = edited.cells.find((c) => c.row === sn + 2 && c.col === C.amount)!;
    localCell.value = 1;
    const after = snapshotFromPlans([edited]).sheets[0];
    expect(cellAt(after, sn, C.verdict).v).toBe('Chưa đạt');
    expect(cellAt(after, sn, C.ratio).v as number).toBeLessThan(0.05);
    expect(cellAt(after, total, C.amount).v as number).toBeCloseTo(num(total, C.amount) - num(sn + 2, C.amount) + 1, 6);
  });

  it('prints A4 landscape with the header row repeated', () => {
    const header = rowWhere(pb03Plan, 0, 'STT');
    expect(pb03Plan.print?.titleRows).toEqual({ first: header, last: header });
    expect(pb03Plan.print?.orientation).toBe('landscape');
  });

  it('writes a fractional minimum the Vietnamese way in the note (7,5 %)', () => {
    const model = readAppendixModel(working);
    const plan = buildPb03({ ...model, settings: { ...model.settings, counterpartPercent: 7.5 } }, false);
    const note = plan.cells.map((c) => c.value).find((v) => typeof v === 'string' && v.startsWith('Ghi chú:'));
    expect(note).toContain('(7,5% vốn NSTW');
    expect(plan.cells.find((c) => c.value === 0.075)).toBeDefined();
  });

  it("adds up the lines, not a parent's typed-over subtotal (sample with slips: SN NSTW 5.210, not 5.240)", () => {
    // The sample with slips types DA3.TDA2's SN NSTW subtotal 30 above its lines (HARDCODED_TOTAL).
    const slips = sampleAppendix({ withSlips: true });
    const sheet = sheetNamed(slips.evaluated, APPENDIX_SHEET_NAMES.pb03);
    const at = (name: string) => sheet.rows.findIndex((r) => r[C.name]?.v === name);
    const snNstw = cellAt(sheet, at('Vốn sự nghiệp') + 1, C.amount).v as number;
    // Written out from the sample's typed lines, independently of the appendix code.
    const ofLines = Object.values(SAMPLE_PLAN).reduce((s, a) => s + (a.SN_NSTW ?? 0), 0);
    expect(ofLines).toBe(5210);
    expect(snNstw).toBeCloseTo(ofLines, 6);
    // The working sheet's own total shows the typed-over subtotal; PB03 must not copy it.
    expect(workingFigure(slips.plans, slips.working, 'TONG', 'SN_NSTW')).toBeCloseTo(5240, 6);
    // PB02 (formulas over its own rows) and PB03 agree.
    const pb02 = sheetNamed(slips.evaluated, APPENDIX_SHEET_NAMES.pb02);
    const totalRow = pb02.rows.findIndex((r) => r[PB02_CODE_COLUMN]?.v === 'TONG');
    expect(cellAt(pb02, totalRow, PB02_SOURCE_COLUMNS.SN_NSTW).v as number).toBeCloseTo(snNstw, 6);
  });
});
