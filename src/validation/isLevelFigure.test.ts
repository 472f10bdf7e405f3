import { SnapshotBuilder, constant } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { hasTypedBelow, isFormulaCell, isHardcoded, isLevelFigure } from './relations';

/** Kế hoạch vốn of a builder, as the checks read it. */
const planOf = (b: SnapshotBuilder) => buildWorkbookModel(b.build()).plan!;

describe('isLevelFigure: a figure given at a parent line, nothing typed below it', () => {
  it('is a typed number on a line with children and no typed line under it in that column', () => {
    const plan = planOf(new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', constant(600)));
    expect(isLevelFigure(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(true);
    // The project above it has a typed line below, so its own formula stays a total.
    expect(isLevelFigure(plan, 'DA4', 'DTPT_NSTW')).toBe(false);
    expect(isHardcoded(plan, 'DA4.TDA1', 'DTPT_NSTW', plan.amount('DA4.TDA1', 'DTPT_NSTW'))).toBe(false);
  });

  it('is no level figure when a line below holds a typed number in the same column (a total typed over)', () => {
    const plan = planOf(
      new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', constant(600)).plan('DA4.TDA1.ND2', 'DTPT_NSTW', 100),
    );
    expect(hasTypedBelow(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(true);
    expect(isLevelFigure(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(false);
    expect(isHardcoded(plan, 'DA4.TDA1', 'DTPT_NSTW', plan.amount('DA4.TDA1', 'DTPT_NSTW'))).toBe(true);
  });

  it('a typed line in another column does not count', () => {
    const plan = planOf(
      new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', constant(600)).plan('DA4.TDA1.ND2', 'SN_NSTW', 100),
    );
    expect(hasTypedBelow(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(false);
    expect(isLevelFigure(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(true);
  });

  it('never in a total column: a number typed there is always a total typed over its formula', () => {
    const plan = planOf(new SnapshotBuilder().plan('DA4.TDA1', 'DTPT', constant(600)));
    expect(isFormulaCell(plan, 'DA4.TDA1', 'DTPT')).toBe(true);
    expect(isLevelFigure(plan, 'DA4.TDA1', 'DTPT')).toBe(false);
    expect(isHardcoded(plan, 'DA4.TDA1', 'DTPT', plan.amount('DA4.TDA1', 'DTPT'))).toBe(true);
  });

  it('never for a formula, a blank, text, or a leaf line (it has no rows below)', () => {
    const b = new SnapshotBuilder()
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 500)
      .plan('DA9.TDA1', 'SN_NSTW', 'một trăm')
      .plan('DA8', 'SN_NSTW', constant(70));
    const plan = planOf(b);
    expect(plan.amount('DA4.TDA1', 'DTPT_NSTW')).toMatchObject({ state: 'number', formula: true });
    expect(isLevelFigure(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(false);
    expect(isLevelFigure(plan, 'DA4.TDA2', 'DTPT_NSDP')).toBe(false);
    expect(isLevelFigure(plan, 'DA9.TDA1', 'SN_NSTW')).toBe(false);
    expect(isLevelFigure(plan, 'DA8', 'SN_NSTW')).toBe(false);
  });

  it('a detail row under a leaf counts as a line below', () => {
    const b = new SnapshotBuilder();
    const d = b.detail('DA8');
    b.plan('DA8', 'SN_NSTW', constant(70));
    expect(isLevelFigure(planOf(b), 'DA8', 'SN_NSTW')).toBe(true);
    b.plan(d, 'SN_NSTW', 70);
    expect(isLevelFigure(planOf(b), 'DA8', 'SN_NSTW')).toBe(false);
  });
});
