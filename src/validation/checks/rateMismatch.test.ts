import { SnapshotBuilder, constant, disbCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkRateMismatch } from './rateMismatch';

/** KH 20.000, GN 17.822 → 89,11 %. */
const base = () => new SnapshotBuilder().plan('DA1.ND4.TT', 'DTPT_NSTW', 20000).disb('DA1.ND4.TT', 'GN_DTPT', 17822);

describe('RATE_MISMATCH', () => {
  it('flags a typed rate that is not GN/KH, at the rate cell', () => {
    const b = base().disb('DA1.ND4.TT', 'TL_DTPT', constant(0.881, '0.0%'));
    const f = runCheck(checkRateMismatch, b);
    expect(where(f)).toEqual([`RATE_MISMATCH@Giải ngân!${disbCell(b.build(), 'DA1.ND4.TT', 'TL_DTPT')}`]);
    expect(f[0].message).toContain('89,11%');
  });
  it('passes "89,1%" typed for 89,11 % (within the rounding of one shown decimal), as text or as a number', () => {
    expect(runCheck(checkRateMismatch, base().disb('DA1.ND4.TT', 'TL_DTPT', '89,1%'))).toEqual([]);
    expect(runCheck(checkRateMismatch, base().disb('DA1.ND4.TT', 'TL_DTPT', constant(0.891, '0.0%')))).toEqual([]);
    expect(runCheck(checkRateMismatch, base().disb('DA1.ND4.TT', 'TL_DTPT', 89.1))).toEqual([]);
  });
  it('flags "89,2%": one step of the shown decimal off', () => {
    expect(runCheck(checkRateMismatch, base().disb('DA1.ND4.TT', 'TL_DTPT', '89,2%'))).toHaveLength(1);
  });
  it('leaves the template formulas alone', () => {
    expect(runCheck(checkRateMismatch, base())).toEqual([]);
  });
  it('says it in English too', () => {
    const b = base().disb('DA1.ND4.TT', 'TL_DTPT', constant(0.881, '0.0%'));
    expect(runCheck(checkRateMismatch, b)[0].messageEn).toBe(
      'The rate reads 88.10% but disbursed / plan = 89.11%; restore the formula — DA1.ND4.TT · investment rate.',
    );
  });
});
