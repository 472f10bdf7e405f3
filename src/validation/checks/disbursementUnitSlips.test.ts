import { SnapshotBuilder, disbCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { validateSnapshot } from '../index';
import { checkDisbursedOverPlan } from './disbursedOverPlan';
import { checkDisbursementPlanUnitSlip, overDisbursed, unitStepOf } from './disbursementUnitSlips';

// KH ĐTPT of DA1.ND4.TT is 2.520 triệu (from the plan); DA8 is funded by SN.
const base = () => new SnapshotBuilder().plan('DA1.ND4.TT', 'DTPT_NSTW', 2520).plan('DA8', 'SN_NSTW', 1260);
const at = (b: SnapshotBuilder, code: string, key: Parameters<typeof disbCell>[2]) =>
  `Giải ngân!${disbCell(b.build(), code, key)}`;

describe('unitStepOf', () => {
  it('finds the step that makes the pair a rate of 10–100 %, and none outside it', () => {
    expect(unitStepOf(2_350_000, 2520, true, 0)).toBe(1_000);
    expect(unitStepOf(2_350_000_000, 2520, true, 0)).toBe(1_000_000);
    expect(unitStepOf(800_000, 780, false, 0)).toBe(1_000);
    // ÷1.000 still over the plan, or a rate under 10 %: no unit step explains it.
    expect(unitStepOf(2_600_000, 2520, true, 0)).toBe(0);
    expect(unitStepOf(200_000, 2520, true, 0)).toBe(0);
    expect(unitStepOf(25_200, 2520, true, 0)).toBe(0);
  });
});

describe('overDisbursed', () => {
  it('is null within the plan and its rounding; above it, says by how much and which unit step explains it', () => {
    expect(overDisbursed(2520.4, 2520, 0.5)).toBeNull();
    expect(overDisbursed(2350, 2520, 0.5)).toBeNull();
    expect(overDisbursed(2620, 2520, 0.5)).toEqual({ excess: 100, step: 0 });
    expect(overDisbursed(2_350_000, 2520, 0.5)).toEqual({ excess: 2_350_000 - 2520, step: 1_000 });
  });
});

describe('Giải ngân typed in a smaller unit (UNIT_SUSPECT)', () => {
  it('a GN ~1.000 × its year plan is one unit slip at its cell, an error, instead of "over the plan"', () => {
    const b = base().disb('DA1.ND4.TT', 'GN_DTPT', 2_350_000);
    const f = runCheck(checkDisbursedOverPlan, b);
    expect(where(f)).toEqual([`UNIT_SUSPECT@${at(b, 'DA1.ND4.TT', 'GN_DTPT')}`]);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('nghìn đồng');
    expect(f[0].message).toContain('2.350 triệu đồng');
    expect(f[0].message).toContain('93,3%');
    expect(f[0].messageEn).toContain('thousand');
    // What the pane shows as "Đúng ra": the figure meant, not the plan it was compared with.
    expect([f[0].actual, f[0].expected]).toEqual([2_350_000, 2350]);
  });
  it('near miss: GN 10 × its plan stays "disbursed over the plan"', () => {
    const b = base().disb('DA1.ND4.TT', 'GN_DTPT', 25_200);
    expect(where(runCheck(checkDisbursedOverPlan, b))).toEqual([
      `DISBURSED_OVER_PLAN@${at(b, 'DA1.ND4.TT', 'GN_DTPT')}`,
    ]);
  });
  it('a carried-over plan (KD) ~1.000 × what was disbursed from it, above the rest of its line, is a warning at KD', () => {
    const b = base()
      .disb('DA1.ND4.TT', 'GN_DTPT', 2350)
      .disb('DA1.ND4.TT', 'KD_DTPT', 450_000)
      .disb('DA1.ND4.TT', 'GNKD_DTPT', 450);
    const f = runCheck(checkDisbursementPlanUnitSlip, b);
    expect(where(f)).toEqual([`UNIT_SUSPECT@${at(b, 'DA1.ND4.TT', 'KD_DTPT')}`]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('0,10%');
    expect(f[0].message).toContain('100,0%');
    expect(f[0].message).toContain('450 triệu đồng');
    expect([f[0].actual, f[0].expected]).toEqual([450_000, 450]);
  });
  it('near miss: a carried-over plan barely disbursed among figures of its own size is no slip', () => {
    const b = base()
      .disb('DA1.ND4.TT', 'GN_DTPT', 2350)
      .disb('DA1.ND4.TT', 'KD_DTPT', 5000)
      .disb('DA1.ND4.TT', 'GNKD_DTPT', 3);
    expect(runCheck(checkDisbursementPlanUnitSlip, b)).toEqual([]);
  });
  it('near miss: with nothing else on its line, the pair alone is no evidence', () => {
    // DA9 has no plan: its KH is 0, the pair stands alone. DA8's KH (1.260 from the plan) is the evidence.
    const b = base().disb('DA8', 'KD_SN', 120_000).disb('DA8', 'GNKD_SN', 96);
    const alone = new SnapshotBuilder().disb('DA9', 'KD_SN', 120_000).disb('DA9', 'GNKD_SN', 96);
    expect(runCheck(checkDisbursementPlanUnitSlip, alone)).toEqual([]);
    expect(where(runCheck(checkDisbursementPlanUnitSlip, b))).toEqual([`UNIT_SUSPECT@${at(b, 'DA8', 'KD_SN')}`]);
  });
  it('a KH taken from the plan by formula is judged on the plan sheet, not here', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 1_260_000).disb('DA8', 'GN_SN', 1180);
    expect(runCheck(checkDisbursementPlanUnitSlip, b)).toEqual([]);
  });
  it('through the whole validation, each slip is the one finding of a consistent Giải ngân', () => {
    const clean = () =>
      base()
        .alloc('DA1.ND4.TT', 'DTPT_NSTW', 2520)
        .alloc('DA8', 'SN_NSTW', 1260)
        .disb('DA1.ND4.TT', 'GN_DTPT', 2350)
        .disb('DA1.ND4.TT', 'KD_DTPT', 450)
        .disb('DA1.ND4.TT', 'GNKD_DTPT', 450);
    const shown = (b: SnapshotBuilder) => where(validateSnapshot(b.build())).filter((w) => w.includes('Giải ngân'));
    expect(shown(clean())).toEqual([]);
    const gn = clean().disb('DA1.ND4.TT', 'GN_DTPT', 2_350_000);
    expect(shown(gn)).toEqual([`UNIT_SUSPECT@${at(gn, 'DA1.ND4.TT', 'GN_DTPT')}`]);
    const kd = clean().disb('DA1.ND4.TT', 'KD_DTPT', 450_000);
    expect(shown(kd)).toEqual([`UNIT_SUSPECT@${at(kd, 'DA1.ND4.TT', 'KD_DTPT')}`]);
  });
});
