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

describe('cell notes', () => {
  const noted = (notes: SheetPlan['notes']): SheetPlan => ({ ...bigPlan(3), notes });

  it('refuses two notes on one cell (Excel holds one) before anything is written', () => {
    const twice = noted([
      { row: 1, col: 2, text: 'Từ / from KH 2024!D6' },
      { row: 1, col: 2, text: 'Từ / from KH 2024!D7' },
    ]);
    expect(() => checkPlans([twice])).toThrow(/two notes on C2/);
  });

  it('near miss: notes on two cells, or none, pass', () => {
    const two = noted([
      { row: 1, col: 2, text: 'a' },
      { row: 2, col: 2, text: 'b' },
    ]);
    expect(() => checkPlans([two])).not.toThrow();
    expect(() => checkPlans([bigPlan(3)])).not.toThrow();
  });
});
