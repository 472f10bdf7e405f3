import { buildFindingsSheetPlan, findingsReportText } from './findingsSheetPlan';
import { sheetPlanSchema } from '../model/sheetPlan';
import { FINDINGS_SHEET_NAME, parseSheetMarker } from '../domain/workbookLayout';
import { makeFinding } from './testing/fakes';

const findings = [
  makeFinding({
    code: 'SUM_MISMATCH',
    severity: 'error',
    sheet: 'Kế hoạch vốn',
    cell: 'D12',
    expected: 1238075.5,
    actual: 1238000,
  }),
  makeFinding({ code: 'UNDER_ALLOCATION', severity: 'warning', sheet: 'Giao vốn', cell: 'E20' }),
];
const at = new Date(2024, 2, 5, 9, 7);

describe('buildFindingsSheetPlan', () => {
  it('is a valid report plan with our marker and one row per finding', () => {
    const plan = sheetPlanSchema.parse(buildFindingsSheetPlan(findings, at));
    expect(plan.name).toBe(FINDINGS_SHEET_NAME);
    expect(plan.kind).toBe('report');
    const marker = plan.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('#mtqg:'));
    expect(parseSheetMarker(marker?.value)).toMatchObject({ kind: 'report', sheetId: 'findings' });
    const cellRows = new Set(
      plan.cells.filter((c) => c.col === 5 && /^[A-Z]+\d+$/.test(String(c.value))).map((c) => c.value),
    );
    expect(cellRows).toEqual(new Set(['D12', 'E20']));
    expect(plan.cells.some((c) => c.value === 1238075.5)).toBe(true);
    expect(plan.cells.every((c) => c.formula === undefined)).toBe(true);
    // Whole numbers without a dangling decimal point ("1,238,000."), fractions with theirs.
    const fmt = (v: number) => plan.styles[plan.cells.find((c) => c.value === v)!.style!].numFmt;
    expect(fmt(1238000)).toBe('#,##0');
    expect(fmt(1238075.5)).toMatch(/^#,##0\.0/);
  });
});

describe('findingsReportText', () => {
  it('lists counts, references and numbers in the chosen language', () => {
    const vi = findingsReportText(findings, 'vi', at);
    expect(vi).toContain('Lỗi: 1 · Cảnh báo: 1 · Lưu ý: 0');
    expect(vi).toContain('Kế hoạch vốn!D12 Tổng không khớp chi tiết (SUM_MISMATCH): ' + findings[0].message);
    expect(vi).toContain('Đúng ra: 1.238.075,5; Thực tế: 1.238.000');
    const en = findingsReportText(findings, 'en', at);
    expect(en).toContain(findings[1].messageEn);
    expect(en).toContain('Expected: 1,238,075.5');
  });
});
