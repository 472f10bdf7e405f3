import { checkPlans, checkPlansSteps } from './planCheck';
import type { SheetPlan } from './sheetPlan';

function bigPlan(cells: number): SheetPlan {
  return {
    id: 'big',
    name: 'Big',
    kind: 'appendix',
    columns: [],
    rows: [],
    styles: { s: { bold: true } },
    cells: Array.from({ length: cells }, (_, i) => ({ row: i, col: 0, value: i, style: 's' })),
    merges: [],
    validations: [],
  } as unknown as SheetPlan;
}

describe('checkPlansSteps', () => {
  it('checks a large plan in several steps, as checkPlans does in one', () => {
    const plan = bigPlan(3500);
    let steps = 0;
    for (const _ of checkPlansSteps([plan])) steps += 1;
    expect(steps).toBeGreaterThanOrEqual(4);
    expect(() => checkPlans([plan])).not.toThrow();
  });

  it('still refuses a bad cell far down the plan, in steps and in one go', () => {
    const plan = bigPlan(3500);
    plan.cells[3200] = { ...plan.cells[3200], style: 'missing' };
    expect(() => {
      for (const _ of checkPlansSteps([plan]));
    }).toThrow(/unknown style 'missing'/);
    expect(() => checkPlans([plan])).toThrow(/unknown style 'missing'/);
  });
});
