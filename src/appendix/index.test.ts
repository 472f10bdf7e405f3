import { APPENDIX_SHEET_NAMES, sheetMarker } from '../domain/workbookLayout';
import { sheetPlanSchema, type SheetPlan } from '../model/sheetPlan';
import { buildAppendixPlans, UNVERIFIED_TEXT } from './index';
import { sampleAppendix } from './testing/sampleFixture';

const texts = (plan: SheetPlan) => plan.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');

describe('buildAppendixPlans', () => {
  // Built per test (not at describe time) so mutation testing can tell which test covers which code.
  let appendix: ReturnType<typeof sampleAppendix>['appendix'];
  let working: ReturnType<typeof sampleAppendix>['working'];
  beforeEach(() => {
    ({ appendix, working } = sampleAppendix());
  });

  it('builds the four appendix sheets, each a valid plan marked as ours in a hidden first row', () => {
    expect(appendix.map((p) => [p.id, p.name, p.kind])).toEqual([
      ['pb01', APPENDIX_SHEET_NAMES.pb01, 'appendix'],
      ['pb02', APPENDIX_SHEET_NAMES.pb02, 'appendix'],
      ['pb03', APPENDIX_SHEET_NAMES.pb03, 'appendix'],
      ['pb04', APPENDIX_SHEET_NAMES.pb04, 'appendix'],
    ]);
    for (const plan of appendix) {
      expect(() => sheetPlanSchema.parse(plan)).not.toThrow();
      expect(plan.cells.find((c) => c.row === 0 && c.col === 0)?.value).toBe(sheetMarker('appendix', plan.id));
      expect(plan.rows.find((r) => r.index === 0)?.hidden).toBe(true);
      expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    }
  });

  it('carries the title block: issuer, national heading, title with the year, plan reference', () => {
    for (const plan of appendix) {
      const t = texts(plan);
      expect(t).toContain('UBND HUYỆN VĨNH LINH');
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(t.some((s) => /^PHỤ BIỂU 0[1234] – .* 2024$/.test(s))).toBe(true);
      expect(t).toContain('(Kèm theo Kế hoạch số 125/KH-UBND ngày 25/01/2024 của UBND huyện Vĩnh Linh)');
      expect(t).not.toContain(UNVERIFIED_TEXT);
    }
    expect(texts(appendix[0]).some((s) => s.startsWith('Đơn vị tính'))).toBe(false);
    expect(texts(appendix[1])).toContain('Đơn vị tính: triệu đồng');
    expect(texts(appendix[2])).toContain('Đơn vị tính: triệu đồng');
  });

  it('prints the red "unverified" banner on every sheet when asked', () => {
    const plans = buildAppendixPlans(working, { unverified: true });
    for (const plan of plans) {
      const banner = plan.cells.find((c) => c.value === UNVERIFIED_TEXT)!;
      expect(banner).toBeDefined();
      expect(plan.styles[banner.style!].fontColor).toBe('C00000');
      expect(plan.merges.some((m) => m.top === banner.row && m.left === 0)).toBe(true);
    }
  });

  it('still builds (with placeholders) from a workbook without template sheets', () => {
    const plans = buildAppendixPlans({ sheets: [{ name: 'Sheet1', rows: [[{ v: 'hello', t: 's' }]] }] });
    expect(plans).toHaveLength(4);
    expect(texts(plans[1])).toContain('(Kèm theo Kế hoạch số …/KH-UBND ngày … của UBND …)');
    expect(texts(plans[1]).some((s) => s.endsWith('NĂM …'))).toBe(true);
    expect(texts(plans[1])).toContain('TỔNG CỘNG');
  });
});
