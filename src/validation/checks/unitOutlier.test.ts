import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { medianIn, runCheck } from '../testing/runCheck';
import { checkUnitOutlier, medianWithout, nearestUnitFactor } from './unitOutlier';

function peers(last: number) {
  return new SnapshotBuilder()
    .plan('DA8', 'SN_NSTW', 100)
    .plan('DA9.TDA2', 'SN_NSTW', 120)
    .plan('DA10.TDA1', 'SN_NSTW', 90)
    .plan('DA10.TDA3', 'SN_NSTW', last);
}

describe('UNIT_SUSPECT (outliers)', () => {
  it('flags a leaf ~1,000× the median of its column; the figure meant is its ÷1,000, not the median', () => {
    const f = runCheck(checkUnitOutlier, peers(110_000));
    // `expected` is what the pane shows as "Đúng ra": 110 is what she meant, 100 only the median.
    expect(f.map((x) => [x.code, x.lineCode, x.sourceKey, medianIn(x), x.expected])).toEqual([
      ['UNIT_SUSPECT', 'DA10.TDA3', 'SN_NSTW', 100, 110],
    ]);
    expect(runCheck(checkUnitOutlier, peers(110_000_000))[0].expected).toBe(110);
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
  it('calls exactly 1,000× the median an outlier, not a hair below', () => {
    expect(runCheck(checkUnitOutlier, peers(100_000)).map((f) => f.lineCode)).toEqual(['DA10.TDA3']);
    expect(runCheck(checkUnitOutlier, peers(99_999))).toEqual([]);
  });
  it('counts neither typed zeros nor a leaf summing its detail rows among the peers', () => {
    // Peers 90, 100, 100, 110, 120: zeros among them would pull the median down to 95; the leaf DA4.TDA1.ND1
    // (210, the sum of its two works) up to 105.
    const b = peers(110_000).plan('DA3.TDA1', 'SN_NSTW', 0).plan('DA6', 'SN_NSTW', 0).plan('DA7', 'SN_NSTW', 0);
    b.plan(b.detail('DA4.TDA1.ND1'), 'SN_NSTW', 100).plan(b.detail('DA4.TDA1.ND1'), 'SN_NSTW', 110);
    expect(runCheck(checkUnitOutlier, b).map((f) => [f.lineCode, medianIn(f)])).toEqual([['DA10.TDA3', 100]]);
  });
  it('flags every outlier at the top of a column, on Giao vốn as on the plan', () => {
    const b = peers(110_000).plan('DA1.ND1', 'SN_NSTW', 150_000);
    for (const code of ['DA2', 'DA6', 'DA7', 'DA5.TDA1']) b.plan(code, 'SN_NSTW', 100);
    for (const [code, v] of [
      ['DA8', 100],
      ['DA9.TDA2', 120],
      ['DA10.TDA1', 90],
      ['DA10.TDA3', 150_000],
    ] as const)
      b.alloc(code, 'SN_NSTW', v);
    expect(runCheck(checkUnitOutlier, b).map((f) => [f.sheet, f.lineCode, medianIn(f), f.expected])).toEqual([
      ['Giao vốn', 'DA10.TDA3', 100, 150],
      ['Kế hoạch vốn', 'DA1.ND1', 100, 150],
      ['Kế hoạch vốn', 'DA10.TDA3', 100, 110],
    ]);
  });
  it('says it in English too', () => {
    expect(runCheck(checkUnitOutlier, peers(110_000))[0].messageEn).toContain(
      'looks typed in thousand VND instead of million VND',
    );
  });
  it('takes 1,000,000 for a ratio past 10^4.5 on a log scale, else 1,000', () => {
    expect(nearestUnitFactor(31_622)).toBe(1_000);
    expect(nearestUnitFactor(31_623)).toBe(1_000_000);
  });
});
