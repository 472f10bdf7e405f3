import { SnapshotBuilder, constant, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkAllocation } from './allocation';
import type { CellSnapshot } from '../../model/snapshot';

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

describe('OVER_ALLOCATION / UNDER_ALLOCATION: tolerance, echoes and every message', () => {
  it('allows the half-units of both figures together, not just the larger one', () => {
    const run = (planned: number) =>
      runCheck(
        checkAllocation,
        new SnapshotBuilder()
          .plan('DA8', 'SN_NSTW', constant(planned, '#,##0.0'))
          .alloc('DA8', 'SN_NSTW', constant(100, '#,##0.0')),
      ).map((f) => [f.code, f.actual, f.expected]);
    // 0.05 + 0.05: a difference of 0.1 is still rounding, 0.2 is not.
    expect(run(100.1)).toEqual([['ROUNDING_DIFF', 100.1, 100]]);
    expect(run(100.2)).toEqual([['OVER_ALLOCATION', 100.2, 100]]);
    expect(run(99.9)).toEqual([['ROUNDING_DIFF', 99.9, 100]]);
  });

  it('does not echo a part column on a typed total column, but reports a different finding there', () => {
    const echo = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('DA8', 'SN_NSTW', 100).alloc('DA8', 'SN', 100);
    expect(runCheck(checkAllocation, echo).map((f) => [f.code, f.sourceKey])).toEqual([['OVER_ALLOCATION', 'SN_NSTW']]);
    const both = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('DA8', 'SN_NSTW', 100).alloc('DA8', 'SN', 130);
    expect(runCheck(checkAllocation, both).map((f) => [f.code, f.sourceKey])).toEqual([
      ['OVER_ALLOCATION', 'SN_NSTW'],
      ['UNDER_ALLOCATION', 'SN'],
    ]);
  });

  it('skips a Giao vốn total column that is still its formula (its parts are compared)', () => {
    // SN = SN_NSTW on Giao vốn (SN_NSDP blank) = 100, while the plan's SN is 105: not a finding.
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100).plan('DA8', 'SN_NSDP', 5).alloc('DA8', 'SN_NSTW', 100);
    expect(runCheck(checkAllocation, b)).toEqual([]);
  });

  it('echoes through lines without an allocation, but not through a line whose own allocation matches', () => {
    const b = new SnapshotBuilder()
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 700)
      .plan('DA4.TDA1.ND2', 'DTPT_NSTW', 400)
      .alloc('DA4.TDA1.ND1', 'DTPT_NSTW', 600)
      .alloc('DA4.TDA1.ND2', 'DTPT_NSTW', 500);
    // DA4 (no allocation on DA4.TDA1 between): the leaf's over-allocation, not DA4's own.
    const through = runCheck(checkAllocation, b.alloc('DA4', 'DTPT_NSTW', 1000));
    expect(through.map((f) => [f.code, f.lineCode])).toEqual([
      ['OVER_ALLOCATION', 'DA4.TDA1.ND1'],
      ['UNDER_ALLOCATION', 'DA4.TDA1.ND2'],
    ]);
    // DA4.TDA1 given 1,100 = its plan: DA4's 100 over is DA4's own.
    const own = runCheck(checkAllocation, b.alloc('DA4.TDA1', 'DTPT_NSTW', 1100));
    expect(own.map((f) => [f.code, f.lineCode])).toEqual([
      ['OVER_ALLOCATION', 'DA4.TDA1.ND1'],
      ['UNDER_ALLOCATION', 'DA4.TDA1.ND2'],
      ['OVER_ALLOCATION', 'DA4'],
    ]);
  });

  it('reports the total row against the plan of every project', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 100)
      .plan('DA6', 'SN_NSTW', 50)
      .alloc('TONG', 'SN_NSTW', 200);
    const [f] = runCheck(checkAllocation, b);
    expect([f.code, f.lineCode, f.actual, f.expected]).toEqual(['UNDER_ALLOCATION', 'TONG', 150, 200]);
  });

  it('words each finding in Vietnamese and English', () => {
    const one = (b: SnapshotBuilder) => {
      const [f] = runCheck(checkAllocation, b);
      const other = f.sheet === 'Giao vốn' ? 'plan' : 'allocation';
      return {
        f,
        other: `${other === 'plan' ? 'Kế hoạch vốn' : 'Giao vốn'}!${moneyCell(b.build(), other, f.lineCode!, f.sourceKey!)}`,
      };
    };
    const under = one(new SnapshotBuilder().plan('DA8', 'SN_NSTW', 80).alloc('DA8', 'SN_NSTW', 100));
    expect([under.f.message, under.f.messageEn]).toEqual([
      `Còn 20 triệu đồng (20.000.000 đồng) vốn giao chưa phân bổ — DA8 · SN NSTW: kế hoạch 80, vốn giao 100 triệu đồng tại ${under.other}.`,
      `20 million VND (20,000,000 VND) of the allocation is not planned — DA8 · recurrent central: plan 80, allocation 100 million VND at ${under.other}.`,
    ]);
    const over = one(new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('DA8', 'SN_NSTW', 100));
    expect(over.f.messageEn).toBe(
      `The plan exceeds the allocation by 20 million VND (20,000,000 VND) — DA8 · recurrent central: plan 120, allocation 100 million VND at ${over.other}.`,
    );
    const rounding = one(new SnapshotBuilder().plan('DA8', 'SN_NSTW', 100.0004).alloc('DA8', 'SN_NSTW', 100));
    expect(rounding.f.message).toMatch(/^Kế hoạch lệch vốn giao .+, trong sai số làm tròn — DA8 · SN NSTW: kế hoạch /);
    expect(rounding.f.messageEn).toMatch(
      /^Plan and allocation differ by .+, within rounding — DA8 · recurrent central: plan /,
    );
    const slip = one(new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('TONG', 'SN_NSTW', 120_000));
    expect(slip.f.message).toMatch(
      /^Vốn giao gấp khoảng 1\.000 lần kế hoạch: .+ — Dòng tổng · SN NSTW: vốn giao 120\.000, kế hoạch 120 triệu đồng tại /,
    );
    expect(slip.f.messageEn).toMatch(
      /^The allocation is about 1,000 times larger than the plan: it .+ — .+: allocation 120,000, plan 120 million VND at /,
    );
    expect(slip.f.message.endsWith(`${slip.other}.`)).toBe(true);
    const small = one(new SnapshotBuilder().plan('DA8', 'SN_NSTW', 120).alloc('DA8', 'SN_NSTW', 120_000));
    expect(small.f.message).toMatch(/^Kế hoạch nhỏ hơn vốn giao khoảng 1\.000 lần/);
    expect(small.f.messageEn).toMatch(/^The plan is about 1,000 times smaller than the allocation: it /);
  });
});

describe('OVER_ALLOCATION on detail rows of Giao vốn', () => {
  /** The builder's Giao vốn has no detail rows: one is inserted under its leaf, as an officer would. */
  function withAllocationDetail(b: SnapshotBuilder, leaf: string, code: string, key: string, value: number) {
    const snapshot = b.build();
    const sheet = snapshot.sheets.find((s) => s.name === 'Giao vốn')!;
    const keys = sheet.rows[1].map((c) => c?.v);
    const [ma, col] = [keys.indexOf('MA'), keys.indexOf(key)];
    const at = sheet.rows.findIndex((r) => r[ma]?.v === leaf);
    const detail: CellSnapshot[] = sheet.rows[at].map(() => ({ v: null, t: 'z' }));
    detail[ma] = { v: code, t: 's' };
    detail[col] = { v: value, t: 'n' };
    sheet.rows.splice(at + 1, 0, detail);
    return snapshot;
  }

  it("does not echo a detail row's over-allocation on its leaf", () => {
    const b = new SnapshotBuilder();
    const first = b.detail('DA4.TDA1.ND1', 'Đường Áng Hin');
    b.plan(first, 'DTPT_NSTW', 700);
    b.plan(b.detail('DA4.TDA1.ND1', 'Cầu Nà Pàn'), 'DTPT_NSTW', 500);
    b.alloc('DA4.TDA1.ND1', 'DTPT_NSTW', 1100);
    const findings = runCheck(checkAllocation, withAllocationDetail(b, 'DA4.TDA1.ND1', first, 'DTPT_NSTW', 600));
    expect(findings.map((f) => [f.code, f.lineCode, f.actual, f.expected])).toEqual([
      ['OVER_ALLOCATION', first, 700, 600],
    ]);
  });
});
