import { SnapshotBuilder, constant } from '../testing/snapshotBuilder';
import { medianIn, runCheck } from '../testing/runCheck';
import { checkUnitOutlier } from './unitOutlier';

const peers = () =>
  new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100).plan('DA9.TDA2', 'SN_NSTW', 120).plan('DA10.TDA1', 'SN_NSTW', 90);

describe('UNIT_SUSPECT: who counts as a peer', () => {
  it('negative figures are no peers: they would drag the median to zero and hide the outlier', () => {
    const b = peers()
      .plan('DA10.TDA3', 'SN_NSTW', 110_000)
      .plan('DA5.TDA1', 'SN_NSTW', -5)
      .plan('DA5.TDA2', 'SN_NSTW', -5)
      .plan('DA6', 'SN_NSTW', -5)
      .plan('DA7', 'SN_NSTW', -5)
      .plan('DA3.TDA1', 'SN_NSTW', -5);
    expect(runCheck(checkUnitOutlier, b).map((f) => [f.lineCode, medianIn(f)])).toEqual([['DA10.TDA3', 100]]);
  });

  it('a figure given at a parent line with nothing typed below is a peer (and can be the outlier)', () => {
    const b = peers().plan('DA4.TDA1', 'SN_NSTW', constant(110_000));
    expect(runCheck(checkUnitOutlier, b).map((f) => [f.lineCode, f.sourceKey, f.actual])).toEqual([
      ['DA4.TDA1', 'SN_NSTW', 110_000],
    ]);
  });

  it('a parent whose lines below are typed is a total, not a peer', () => {
    const b = peers().plan('DA4.TDA1.ND1', 'SN_NSTW', 110).plan('DA4.TDA1', 'SN_NSTW', constant(110_000));
    expect(runCheck(checkUnitOutlier, b)).toEqual([]);
  });

  it('the full text: how many times the median, the unit it looks typed in, the figure', () => {
    const f = runCheck(checkUnitOutlier, peers().plan('DA10.TDA3', 'SN_NSTW', 110_000));
    expect([f[0].severity, f[0].cell, f[0].message, f[0].messageEn]).toEqual([
      'warning',
      'I38',
      'Lớn gấp khoảng 1.100 lần trung vị các dòng cùng cột (100 triệu đồng): có vẻ nhập theo nghìn đồng thay vì triệu đồng — DA10.TDA3 · SN NSTW: 110.000 triệu đồng.',
      'About 1,100 times the median of its column (100 million VND): it looks typed in thousand VND instead of million VND — DA10.TDA3 · recurrent central: 110,000 million VND.',
    ]);
  });

  it('checks Giao vốn too, each typed source column on its own', () => {
    const b = new SnapshotBuilder()
      .alloc('DA8', 'DTPT_NSDP', 100)
      .alloc('DA9.TDA2', 'DTPT_NSDP', 120)
      .alloc('DA10.TDA1', 'DTPT_NSDP', 90)
      .alloc('DA10.TDA3', 'DTPT_NSDP', 110_000)
      .alloc('DA10.TDA3', 'SN_NSDP', 110_000);
    expect(runCheck(checkUnitOutlier, b).map((f) => [f.sheet, f.lineCode, f.sourceKey])).toEqual([
      ['Giao vốn', 'DA10.TDA3', 'DTPT_NSDP'],
    ]);
  });
});
