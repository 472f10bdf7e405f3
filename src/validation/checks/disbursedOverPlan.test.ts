import { SnapshotBuilder, disbCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkDisbursedOverPlan } from './disbursedOverPlan';

const base = () => new SnapshotBuilder().plan('DA1.ND4.TT', 'DTPT_NSTW', 20000).plan('DA8', 'SN_NSTW', 12500);

describe('DISBURSED_OVER_PLAN', () => {
  it('flags disbursement above the year plan at the disbursed cell', () => {
    const b = base().disb('DA1.ND4.TT', 'GN_DTPT', 20100);
    const f = runCheck(checkDisbursedOverPlan, b);
    expect(where(f)).toEqual([`DISBURSED_OVER_PLAN@Giải ngân!${disbCell(b.build(), 'DA1.ND4.TT', 'GN_DTPT')}`]);
    expect(f[0].message).toContain('100');
  });
  it('flags carried-over disbursement above the funds carried over', () => {
    const b = base().disb('DA8', 'KD_SN', 1800).disb('DA8', 'GNKD_SN', 1800.4);
    expect(where(runCheck(checkDisbursedOverPlan, b))).toEqual([
      `DISBURSED_OVER_PLAN@Giải ngân!${disbCell(b.build(), 'DA8', 'GNKD_SN')}`,
    ]);
  });
  it('passes disbursement equal to the plan and a difference inside the rounding of the shown decimals (0,001 on 3 decimals)', () => {
    const b = base().disb('DA1.ND4.TT', 'GN_DTPT', 20000).disb('DA8', 'KD_SN', 1800).disb('DA8', 'GNKD_SN', 1800.0008);
    expect(runCheck(checkDisbursedOverPlan, b)).toEqual([]);
  });
});
