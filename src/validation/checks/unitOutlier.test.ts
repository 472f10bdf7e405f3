import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkUnitOutlier, medianWithout } from './unitOutlier';

function peers(last: number) {
  return new SnapshotBuilder()
    .plan('DA8', 'SN_NSTW', 100)
    .plan('DA9.TDA2', 'SN_NSTW', 120)
    .plan('DA10.TDA1', 'SN_NSTW', 90)
    .plan('DA10.TDA3', 'SN_NSTW', last);
}

describe('UNIT_SUSPECT (outliers)', () => {
  it('flags a leaf ~1,000× the median of its column', () => {
    const f = runCheck(checkUnitOutlier, peers(110_000));
    expect(f.map((x) => [x.code, x.lineCode, x.sourceKey, x.expected])).toEqual([
      ['UNIT_SUSPECT', 'DA10.TDA3', 'SN_NSTW', 100],
    ]);
  });
  it('says which unit the outlier looks typed in', () => {
    expect(runCheck(checkUnitOutlier, peers(110_000))[0].message).toContain(
      'có vẻ nhập theo nghìn đồng thay vì triệu đồng',
    );
    expect(runCheck(checkUnitOutlier, peers(110_000_000))[0].message).toContain(
      'có vẻ nhập theo đồng thay vì triệu đồng',
    );
  });
  it('leaves a merely large line alone (100×)', () => {
    expect(runCheck(checkUnitOutlier, peers(11_000))).toEqual([]);
  });
  it('needs at least three peers beside the figure before calling it an outlier', () => {
    const onePeer = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100).plan('DA10.TDA3', 'SN_NSTW', 110_000);
    expect(runCheck(checkUnitOutlier, onePeer)).toEqual([]);
    const twoPeers = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 100)
      .plan('DA9.TDA2', 'SN_NSTW', 120)
      .plan('DA10.TDA3', 'SN_NSTW', 110_000);
    expect(runCheck(checkUnitOutlier, twoPeers)).toEqual([]);
    // Three peers: the same figure is flagged (see the first test), so the count is what decides.
    expect(runCheck(checkUnitOutlier, peers(110_000))).toHaveLength(1);
  });
  it('computes the median without the figure itself', () => {
    expect(medianWithout([1, 2, 3, 1000], 3)).toBe(2);
    expect(medianWithout([1, 2, 3, 4, 1000], 4)).toBe(2.5);
  });
});
