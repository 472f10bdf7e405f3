import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkAllocation } from './allocation';

describe('OVER_ALLOCATION / UNDER_ALLOCATION', () => {
  it('flags a plan above the allocation on the plan cell, once (no echo on total columns)', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('DA8', 'SN_NSTW', 100);
    const findings = runCheck(checkAllocation, b);
    expect(where(findings)).toEqual([`OVER_ALLOCATION@Kế hoạch vốn!${moneyCell(b.build(), 'plan', 'DA8', 'SN_NSTW')}`]);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: 100, actual: 120 });
  });

  it('warns when the plan is below the allocation, and passes when equal', () => {
    expect(
      runCheck(checkAllocation, new SnapshotBuilder().plan('DA8', 'SN_NSTW', 80).alloc('DA8', 'SN_NSTW', 100)).map(
        (f) => [f.code, f.severity],
      ),
    ).toEqual([['UNDER_ALLOCATION', 'warning']]);
    expect(
      runCheck(checkAllocation, new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100).alloc('DA8', 'SN_NSTW', 100)),
    ).toEqual([]);
  });

  it('compares a parent allocation with the plan summed to that parent (central investment lines adding up to more)', () => {
    const b = new SnapshotBuilder();
    b.plan(b.detail('DA4.TDA1.ND1', 'Đường Áng Hin'), 'DTPT_NSTW', 700);
    b.plan(b.detail('DA4.TDA1.ND1', 'Cầu Nà Pàn'), 'DTPT_NSTW', 500);
    b.alloc('DA4', 'DTPT_NSTW', 1000).alloc('DA4', 'DTPT_NSDP', 0);
    const findings = runCheck(checkAllocation, b);
    expect(findings.map((f) => [f.code, f.lineCode, f.sourceKey, f.actual, f.expected])).toEqual([
      ['OVER_ALLOCATION', 'DA4', 'DTPT_NSTW', 1200, 1000],
    ]);
  });

  it('compares only the sources given: a local share planned beside a central-only allocation is fine', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100).plan('DA8', 'SN_NSDP', 5).alloc('DA8', 'SN_NSTW', 100);
    expect(runCheck(checkAllocation, b)).toEqual([]);
    const typedTotal = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 100)
      .plan('DA8', 'SN_NSDP', 5)
      .alloc('DA8', 'SN', 100);
    expect(runCheck(checkAllocation, typedTotal).map((f) => [f.code, f.sourceKey])).toEqual([
      ['OVER_ALLOCATION', 'SN'],
    ]);
  });

  it("does not echo a leaf's over-allocation on its parents", () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 120)
      .alloc('DA8', 'SN_NSTW', 100)
      .alloc('TONG', 'SN_NSTW', 100);
    expect(runCheck(checkAllocation, b).map((f) => f.lineCode)).toEqual(['DA8']);
  });

  it('rounding and unit slips', () => {
    expect(
      runCheck(
        checkAllocation,
        new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100.0004).alloc('DA8', 'SN_NSTW', 100),
      ).map((f) => f.code),
    ).toEqual(['ROUNDING_DIFF']);
    const unit = runCheck(
      checkAllocation,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('TONG', 'SN_NSTW', 120_000),
    );
    expect(unit.map((f) => [f.code, f.lineCode, f.sheet])).toEqual([['UNIT_SUSPECT', 'TONG', 'Giao vốn']]);
    const leaf = runCheck(
      checkAllocation,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120_000).alloc('DA8', 'SN_NSTW', 120),
    );
    expect(leaf.map((f) => [f.code, f.lineCode, f.sheet])).toEqual([['UNIT_SUSPECT', 'DA8', 'Kế hoạch vốn']]);
    expect(unit[0].messageEn).toContain('looks typed in thousand VND instead of million VND');
  });

  it('says the point first, names the line and source briefly and the allocation cell, not its own cell', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('DA8', 'SN_NSTW', 100);
    const [f] = runCheck(checkAllocation, b);
    const other = `Giao vốn!${moneyCell(b.build(), 'allocation', 'DA8', 'SN_NSTW')}`;
    expect(f.message).toMatch(/^Kế hoạch vượt vốn giao 20 triệu đồng \(20\.000\.000 đồng\)/);
    expect(f.message).toContain('DA8 · SN NSTW: kế hoạch 120, vốn giao 100 triệu đồng');
    expect(f.message).toContain(other);
    expect(f.messageEn).toContain(other);
    expect(f.message).not.toContain('Kế hoạch vốn!');
    expect(f.message.length).toBeLessThanOrEqual(160);
    expect(f.messageEn.length).toBeLessThanOrEqual(160);
  });

  it('describes a unit slip from the side of the cell it points at', () => {
    const [plan] = runCheck(
      checkAllocation,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120_000).alloc('DA8', 'SN_NSTW', 120),
    );
    expect(plan.message).toMatch(
      /^Kế hoạch gấp khoảng 1\.000 lần vốn giao: có vẻ nhập theo nghìn đồng thay vì triệu đồng/,
    );
    const [alloc] = runCheck(
      checkAllocation,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('TONG', 'SN_NSTW', 120_000),
    );
    expect(alloc.message).toMatch(/^Vốn giao gấp khoảng 1\.000 lần kế hoạch/);
    expect(alloc.message).toMatch(/Kế hoạch vốn![A-Z]+\d+\.$/);
    // actual is the figure in the cell pointed at, expected the one it is compared with
    expect([plan.sheet, plan.actual, plan.expected]).toEqual(['Kế hoạch vốn', 120_000, 120]);
    expect([alloc.sheet, alloc.actual, alloc.expected]).toEqual(['Giao vốn', 120_000, 120]);
  });
});
