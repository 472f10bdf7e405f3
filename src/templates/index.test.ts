import { buildTemplatePlans } from './index';
import { sheetPlanSchema } from '../model/sheetPlan';

describe('buildTemplatePlans', () => {
  it('returns the five template sheets in order, each a valid SheetPlan', () => {
    const plans = buildTemplatePlans({ year: 2024 });
    expect(plans.map((p) => p.name)).toEqual(['Thông tin', 'Giao vốn', 'Kế hoạch vốn', 'Chỉ tiêu', 'Giải ngân']);
    expect(plans.map((p) => p.id)).toEqual(['settings', 'allocation', 'plan', 'indicators', 'disbursement']);
    for (const plan of plans) {
      expect(plan.kind).toBe('template');
      expect(() => sheetPlanSchema.parse(plan)).not.toThrow();
      for (const cell of plan.cells) {
        if (cell.style) expect(plan.styles[cell.style]).toBeDefined();
        if (cell.formula) expect(cell.formula.startsWith('=')).toBe(false);
      }
    }
  });

  it('passes detail rows to Kế hoạch vốn and Giải ngân only', () => {
    const plans = buildTemplatePlans({ year: 2024 }, { details: [{ leafCode: 'DA2', name: 'Điểm TĐC bản Nà' }] });
    const has = (i: number) => plans[i].cells.some((c) => c.value === 'DA2.01');
    expect([has(1), has(2), has(4)]).toEqual([false, true, true]);
  });

  it('rejects invalid options', () => {
    expect(() => buildTemplatePlans({ year: 1999 })).toThrow();
    expect(() => buildTemplatePlans({ year: 2024, unit: 'usd' as never })).toThrow();
  });
});
