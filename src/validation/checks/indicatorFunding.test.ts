import { SnapshotBuilder, indicatorCell, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkIndicatorFunding } from './indicatorFunding';

describe('INDICATOR_FUNDING_MISMATCH', () => {
  it('warns on a target without money on its line; a note makes it info', () => {
    const b = new SnapshotBuilder().indicator('CT12', 40);
    const f = runCheck(checkIndicatorFunding, b);
    expect(where(f)).toEqual([`INDICATOR_FUNDING_MISMATCH@Chỉ tiêu!${indicatorCell(b.build(), 'CT12')}`]);
    // Names the plan cell that has no money, not its own cell.
    expect(f[0].message).toMatch(/^Có chỉ tiêu nhưng dòng DA1\.ND4\.PT chưa có vốn \(Kế hoạch vốn![A-Z]+\d+\) — CT12 /);
    const noted = new SnapshotBuilder().indicator('CT12', 40, 'do tỉnh làm chủ đầu tư');
    expect(runCheck(checkIndicatorFunding, noted).map((f) => f.severity)).toEqual(['info']);
  });
  it('warns on money without any target (DA1.ND3 with CT10 = CT11 = 0)', () => {
    const b = new SnapshotBuilder().plan('DA1.ND3', 'SN_NSTW', 200).indicator('CT10', 0);
    expect(where(runCheck(checkIndicatorFunding, b))).toEqual([
      `INDICATOR_FUNDING_MISMATCH@Kế hoạch vốn!${moneyCell(b.build(), 'plan', 'DA1.ND3', 'TONG')}`,
    ]);
  });
  it('passes a target with money on its line', () => {
    const b = new SnapshotBuilder()
      .plan('DA1.ND4.PT', 'SN_NSTW', 300)
      .indicator('CT12', 40)
      .plan('DA1.ND3', 'SN_NSTW', 200)
      .indicator('CT11', 5);
    expect(runCheck(checkIndicatorFunding, b)).toEqual([]);
  });
  it('a target typed as text, with its unit, or negative is a target typed: its own finding, not "money but no target"', () => {
    for (const typed of ['12 hộ', 'chưa có', -3, 'Đánh giá cuối giai đoạn']) {
      const b = new SnapshotBuilder().plan('DA1.ND2', 'SN_NSTW', 1260).indicator('CT09', typed);
      expect([typed, runCheck(checkIndicatorFunding, b)]).toEqual([typed, []]);
    }
    // Near miss: a target of 0 beside money still is.
    const zero = new SnapshotBuilder().plan('DA1.ND2', 'SN_NSTW', 1260).indicator('CT09', 0);
    expect(runCheck(checkIndicatorFunding, zero)).toHaveLength(1);
  });
});
