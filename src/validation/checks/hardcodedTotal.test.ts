import { SnapshotBuilder, constant, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkHardcodedTotal } from './hardcodedTotal';
import { checkSumMismatch } from './sumMismatch';

function plan(subtotal?: number) {
  const b = new SnapshotBuilder();
  b.plan('DA4.TDA1.ND1', 'DTPT_NSTW', 500).plan('DA4.TDA1.ND2', 'DTPT_NSTW', 100);
  if (subtotal !== undefined) b.plan('DA4.TDA1', 'DTPT_NSTW', constant(subtotal, '#,##0.000'));
  return b;
}

describe('HARDCODED_TOTAL', () => {
  it('warns when a constant typed over a formula still equals its parts', () => {
    const findings = runCheck(checkHardcodedTotal, plan(600));
    expect(findings.map((f) => [f.code, f.severity, f.lineCode, f.sourceKey])).toEqual([
      ['HARDCODED_TOTAL', 'warning', 'DA4.TDA1', 'DTPT_NSTW'],
    ]);
  });

  it('is an error when the typed sub-total is tens of millions above its sources, and SUM_MISMATCH stays quiet on that cell', () => {
    const b = plan(600 + 45);
    const findings = runCheck(checkHardcodedTotal, b);
    expect(where(findings)).toEqual([
      `HARDCODED_TOTAL@Kế hoạch vốn!${moneyCell(b.build(), 'plan', 'DA4.TDA1', 'DTPT_NSTW')}`,
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: 600, actual: 645 });
    expect(findings[0].message).toContain('45 triệu đồng (45.000.000 đồng)');
    expect(
      runCheck(checkSumMismatch, b).filter((f) => f.lineCode === 'DA4.TDA1' && f.sourceKey === 'DTPT_NSTW'),
    ).toEqual([]);
  });

  it('leaves formula cells and typed leaves alone', () => {
    expect(runCheck(checkHardcodedTotal, plan())).toEqual([]);
  });

  it('flags a typed Giao vốn total column (the template makes it a formula)', () => {
    const b = new SnapshotBuilder().alloc('DA8', 'SN_NSTW', 100).alloc('DA8', 'SN', constant(100));
    expect(runCheck(checkHardcodedTotal, b).map((f) => [f.code, f.severity])).toEqual([['HARDCODED_TOTAL', 'warning']]);
  });
});
