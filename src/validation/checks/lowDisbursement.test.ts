import { SnapshotBuilder, disbCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkLowDisbursement } from './lowDisbursement';

/** SN plan 12.500, disbursed 6.875 → 55,0 %. */
const base = (asOf: string) =>
  new SnapshotBuilder({ year: 2024 })
    .setting('NGAY_SO_LIEU', asOf)
    .plan('DA8', 'SN_NSTW', 12500)
    .disb('DA8', 'GN_SN', 6875);

describe('LOW_DISBURSEMENT', () => {
  it('warns at the TONG rate cell when 55,0 % is below the 60 % milestone of 30/9', () => {
    const b = base('2024-10-15');
    const f = runCheck(checkLowDisbursement, b);
    expect(where(f)).toEqual([`LOW_DISBURSEMENT@Giải ngân!${disbCell(b.build(), 'TONG', 'TL_SN')}`]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('55,0%');
  });
  it('passes the same rate at 30/6 (30 % milestone) and before any milestone', () => {
    expect(runCheck(checkLowDisbursement, base('2024-07-01'))).toEqual([]);
    expect(runCheck(checkLowDisbursement, base('2024-03-31'))).toEqual([]);
  });
  it('follows the schedule it is given (data, not code)', () => {
    const m = runCheck(
      (model, ctx) =>
        checkLowDisbursement(model, ctx, [
          { from: { yearOffset: 0, month: 3, day: 1 }, minPercent: 56, severity: 'info', label: '1/3' },
        ]),
      base('2024-03-31'),
    );
    expect(m.map((f) => [f.code, f.severity])).toEqual([['LOW_DISBURSEMENT', 'info']]);
  });
});
