import { SHEET_NAMES } from '../../domain/workbookLayout';
import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkSourceEligibility } from './sourceEligibility';

describe('SOURCE_NOT_ELIGIBLE', () => {
  it('is an error for a forbidden capital type (investment on DA8, SN only)', () => {
    const f = runCheck(
      checkSourceEligibility,
      new SnapshotBuilder().plan('DA8', 'DTPT_NSTW', 5).plan('DA8', 'SN_NSTW', 100),
    );
    expect(f.map((x) => [x.code, x.severity, x.lineCode, x.sourceKey])).toEqual([
      ['SOURCE_NOT_ELIGIBLE', 'error', 'DA8', 'DTPT_NSTW'],
    ]);
  });

  it('is a warning naming the basis for a doubtful entry (investment on DA7)', () => {
    const f = runCheck(checkSourceEligibility, new SnapshotBuilder().plan('DA7', 'DTPT_NSDP', 50));
    expect(f.map((x) => [x.severity, x.lineCode])).toEqual([['warning', 'DA7']]);
    expect(f[0].message).toContain('Một số hướng dẫn chỉ bố trí vốn sự nghiệp');
  });

  it('judges detail rows by their leaf and passes allowed money', () => {
    const b = new SnapshotBuilder();
    const d = b.detail('DA1.ND4.TT', 'Công trình nước Bản Chắt');
    b.plan(d, 'SN_NSTW', 10).plan(d, 'DTPT_NSTW', 300);
    expect(runCheck(checkSourceEligibility, b).map((x) => [x.lineCode, x.sourceKey])).toEqual([[d, 'SN_NSTW']]);
    expect(
      runCheck(
        checkSourceEligibility,
        new SnapshotBuilder().plan('DA4.TDA1.ND1', 'DTPT_NSTW', 300).plan('DA8', 'SN_NSDP', 5),
      ),
    ).toEqual([]);
  });

  it('checks Giao vốn too: investment allocated to DA8 (SN only) is an error on the allocation sheet', () => {
    const b = new SnapshotBuilder().alloc('DA8', 'DTPT_NSTW', 40).alloc('DA8', 'SN_NSTW', 100);
    const f = runCheck(checkSourceEligibility, b);
    expect(f.map((x) => [x.code, x.severity, x.sheet, x.cell, x.lineCode, x.sourceKey])).toEqual([
      [
        'SOURCE_NOT_ELIGIBLE',
        'error',
        SHEET_NAMES.allocation,
        moneyCell(b.build(), 'allocation', 'DA8', 'DTPT_NSTW'),
        'DA8',
        'DTPT_NSTW',
      ],
    ]);
  });

  it('passes allowed money on Giao vốn (near miss)', () => {
    const b = new SnapshotBuilder().alloc('DA8', 'SN_NSTW', 100).alloc('DA4.TDA1.ND1', 'DTPT_NSTW', 300);
    expect(runCheck(checkSourceEligibility, b)).toEqual([]);
  });
});
