import { SHEET_NAMES } from '../../domain/workbookLayout';
import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkSourceEligibility, permissionBelow } from './sourceEligibility';

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

  it('says what is wrong, where and on what basis, in Vietnamese and English', () => {
    const b = new SnapshotBuilder();
    const d = b.detail('DA8', 'Nhà văn hóa');
    b.plan(d, 'DTPT_NSTW', 1234.5).plan('DA7', 'DTPT_NSDP', 50);
    const byLine = new Map(runCheck(checkSourceEligibility, b).map((f) => [f.lineCode, f]));
    expect(byLine.get(d)).toMatchObject({
      message:
        'Dòng thuộc DA8 không được dùng vốn đầu tư phát triển (căn cứ: QĐ 1719/QĐ-TTg) — DA8.01 · ĐTPT NSTW: 1.234,5 triệu đồng.',
      messageEn:
        'A row under DA8 may not carry development investment (basis: QĐ 1719/QĐ-TTg) — DA8.01 · investment central: 1,234.5 million VND.',
      actual: 1234.5,
      expected: 0,
    });
    expect(byLine.get('DA7')).toMatchObject({
      message:
        'Chưa chắc dòng này được dùng vốn đầu tư phát triển (Một số hướng dẫn chỉ bố trí vốn sự nghiệp); xem hướng dẫn của tỉnh — DA7 · ĐTPT NSĐP: 50 triệu đồng.',
      messageEn:
        "Guidance disagrees whether this line may carry development investment (Một số hướng dẫn chỉ bố trí vốn sự nghiệp); check the province's guidance — DA7 · investment local: 50 million VND.",
    });
  });

  it('passes a zero or text in a forbidden column (other checks report text)', () => {
    const b = new SnapshotBuilder().plan('DA3.TDA1', 'DTPT_NSTW', 0).plan('DA9.TDA2', 'DTPT_NSDP', 'năm');
    expect(runCheck(checkSourceEligibility, b)).toEqual([]);
  });

  it('lets a parent carry what its most permissive leaf may', () => {
    // DA3.TDA2: only its ND2 may take investment; a leaf answers for itself; an unknown code is not judged.
    expect(permissionBelow('DA3.TDA2', 'DTPT')).toBe('allowed');
    expect(permissionBelow('DA8', 'DTPT')).toBe('forbidden');
    expect(permissionBelow('DA7', 'DTPT')).toBe('doubtful');
    expect(permissionBelow('DA99', 'SN')).toBe('allowed');
    // A figure given at DA3.TDA2's own level (nothing typed below) is judged by that rule: no finding.
    expect(runCheck(checkSourceEligibility, new SnapshotBuilder().plan('DA3.TDA2', 'DTPT_NSTW', 70))).toEqual([]);
  });
});
