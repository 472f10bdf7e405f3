import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkSumMismatch } from './sumMismatch';

function allocationWithChildren(parent: number | string, tda1: number | null, tda2: number | null) {
  const b = new SnapshotBuilder();
  b.alloc('DA4', 'DTPT_NSTW', parent);
  if (tda1 !== null) b.alloc('DA4.TDA1', 'DTPT_NSTW', tda1);
  if (tda2 !== null) b.alloc('DA4.TDA2', 'DTPT_NSTW', tda2);
  return b;
}

describe('SUM_MISMATCH', () => {
  it('flags a Giao vốn parent that differs from its fully given children, with amounts in đồng', () => {
    const b = allocationWithChildren(1000, 600, 300);
    const findings = runCheck(checkSumMismatch, b);
    const cell = moneyCell(b.build(), 'allocation', 'DA4', 'DTPT_NSTW');
    expect(where(findings)).toEqual([`SUM_MISMATCH@Giao vốn!${cell}`]);
    expect(findings[0]).toMatchObject({ lineCode: 'DA4', sourceKey: 'DTPT_NSTW', expected: 900, actual: 1000 });
    expect(findings[0].message).toContain('100 triệu đồng (100.000.000 đồng)');
    expect(findings[0].message).toMatch(/^Ô tổng cao hơn tổng các dòng con/);
    // The two child cells it sums are named; its own cell is not repeated (the pane shows it).
    const parts = ['DA4.TDA1', 'DA4.TDA2'].map((c) => moneyCell(b.build(), 'allocation', c, 'DTPT_NSTW')).join('+');
    expect(findings[0].message).toContain(`DA4 · ĐTPT NSTW: 1.000 so với 900 triệu đồng (${parts})`);
    expect(findings[0].message).not.toContain(cell);
    expect(findings[0].messageEn).toContain(`DA4 · investment central: 1,000 vs 900 million VND (${parts})`);
  });

  it('treats Giao vốn blanks as not given: a total may exceed its given parts, never fall below them', () => {
    expect(runCheck(checkSumMismatch, allocationWithChildren(1000, 600, null))).toEqual([]);
    expect(where(runCheck(checkSumMismatch, allocationWithChildren(500, 600, null)))).toHaveLength(1);
  });

  it("reports a difference within the typed figures' rounding as ROUNDING_DIFF, beyond it as SUM_MISMATCH", () => {
    // three figures at 3 decimals: ±0.0015 in all
    expect(
      runCheck(checkSumMismatch, allocationWithChildren(900.001, 600, 300)).map((f) => [f.code, f.severity]),
    ).toEqual([['ROUNDING_DIFF', 'info']]);
    expect(runCheck(checkSumMismatch, allocationWithChildren(900.01, 600, 300)).map((f) => f.code)).toEqual([
      'SUM_MISMATCH',
    ]);
  });

  it('says UNIT_SUSPECT when the total is ×1,000 its parts', () => {
    const findings = runCheck(checkSumMismatch, allocationWithChildren(900_000, 600, 300));
    expect(findings.map((f) => f.code)).toEqual(['UNIT_SUSPECT']);
    expect(findings[0].message).toMatch(/1\.000 lần/);
    expect(findings[0].message).toContain('có vẻ nhập theo nghìn đồng thay vì triệu đồng');
  });

  it('flags a plan formula whose result differs from the cells it should sum', () => {
    const b = new SnapshotBuilder();
    const d = b.detail('DA4.TDA1.ND1');
    b.plan(d, 'DTPT_NSTW', 500);
    b.plan('DA4.TDA1.ND1', 'DTPT_NSTW', { v: 400, t: 'n', f: '=SUM(F12)' });
    const findings = runCheck(checkSumMismatch, b);
    expect(findings.map((f) => [f.code, f.lineCode, f.expected, f.actual])).toEqual([
      ['SUM_MISMATCH', 'DA4.TDA1.ND1', 500, 400],
    ]);
  });

  it('passes a consistent plan', () => {
    const b = new SnapshotBuilder();
    b.plan('DA8', 'SN_NSTW', 120.125)
      .plan('DA8', 'SN_NSDP', 6.5)
      .plan('DA10.TDA3', 'SN_NSTW', 0.1)
      .plan('DA10.TDA3', 'SN_NSTW', 0.2);
    const d = b.detail('DA4.TDA1.ND1');
    b.plan(d, 'DTPT_NSTW', 0.1).plan(b.detail('DA4.TDA1.ND1'), 'DTPT_NSTW', 0.2);
    expect(runCheck(checkSumMismatch, b)).toEqual([]);
  });
});
