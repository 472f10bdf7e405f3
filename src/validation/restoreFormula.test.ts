import { SOURCE_KEYS } from '../domain/sources';
import { buildTemplatePlans } from '../templates';
import { snapshotFromPlans } from '../appendix/testing/planSnapshot';
import { buildWorkbookModel } from './workbookModel';
import { templateFormulaOf } from './restoreFormula';
import { SnapshotBuilder, constant, moneyCell } from './testing/snapshotBuilder';
import { runCheck } from './testing/runCheck';
import { checkHardcodedTotal } from './checks/hardcodedTotal';

describe('templateFormulaOf: the formula "Khôi phục công thức" writes back', () => {
  it("is the template builder's own formula in every total cell of Giao vốn and Kế hoạch vốn (detail rows too)", () => {
    const plans = buildTemplatePlans(
      { level: 'huyen', year: 2024, unit: 'trieu' },
      {
        details: [
          { leafCode: 'DA4.TDA1.ND1', name: 'Đường A' },
          { leafCode: 'DA4.TDA1.ND1', name: 'Đường B' },
        ],
      },
    );
    const model = buildWorkbookModel(snapshotFromPlans(plans));
    let compared = 0;
    for (const sheet of [model.plan!, model.allocation!]) {
      const plan = plans.find((p) => p.name === sheet.name)!;
      const formulaAt = new Map(plan.cells.filter((c) => c.formula).map((c) => [`${c.row}:${c.col}`, c.formula]));
      for (const [code, row] of sheet.rowOf)
        for (const key of SOURCE_KEYS) {
          const col = sheet.colOf(key);
          if (col < 0) continue;
          expect([code, key, templateFormulaOf(sheet, code, key)]).toEqual([
            code,
            key,
            formulaAt.get(`${row}:${col}`) ?? null,
          ]);
          compared += 1;
        }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

describe('HARDCODED_TOTAL offers to restore the formula', () => {
  it('a sub-project typed over, whose nội dung now have figures: the fix is SUM of its children', () => {
    const b = new SnapshotBuilder()
      .plan('DA4.TDA1', 'DTPT_NSTW', constant(700))
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 500)
      .plan('DA4.TDA1.ND2', 'DTPT_NSTW', 100);
    const snapshot = b.build();
    const [f] = runCheck(checkHardcodedTotal, snapshot);
    const nd1 = moneyCell(snapshot, 'plan', 'DA4.TDA1.ND1', 'DTPT_NSTW');
    const nd2 = moneyCell(snapshot, 'plan', 'DA4.TDA1.ND2', 'DTPT_NSTW');
    expect(f).toMatchObject({ code: 'HARDCODED_TOTAL', severity: 'error', lineCode: 'DA4.TDA1' });
    expect(f.fix?.kind).toBe('restoreFormula');
    expect(f.fix?.formula).toMatch(/^SUM\(/);
    expect(f.fix?.formula).toContain(nd1);
    expect(f.fix?.formula).toContain(nd2);
  });

  it('near miss: the same figure with every child blank is a figure of its own level (nothing to restore)', () => {
    const b = new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', constant(700));
    expect(runCheck(checkHardcodedTotal, b)).toEqual([]);
  });
});
