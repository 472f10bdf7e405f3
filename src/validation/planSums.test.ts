import { SnapshotBuilder, constant } from './testing/snapshotBuilder';
import { runCheck } from './testing/runCheck';
import { buildWorkbookModel } from './workbookModel';
import { allocationFigure, planSum } from './planSums';
import { checkAllocation } from './checks/allocation';

/** Three works under one leaf, typed to three decimals (triệu đồng): 10.001 + 10.001 + 10 = 30.002. */
function threeWorks(): SnapshotBuilder {
  const b = new SnapshotBuilder();
  const leaf = 'DA4.TDA1.ND1';
  b.plan(b.detail(leaf, 'Đường A'), 'DTPT_NSTW', 10.001);
  b.plan(b.detail(leaf, 'Đường B'), 'DTPT_NSTW', 10.001);
  b.plan(b.detail(leaf, 'Cầu C'), 'DTPT_NSTW', 10);
  return b;
}

describe('planSum: the margins of typed parts add up', () => {
  it('sums the half-units of every typed part, not the largest one', () => {
    const model = buildWorkbookModel(threeWorks().build());
    const sum = planSum(model.plan!)('DA4.TDA1.ND1', 'DTPT_NSTW');
    expect(sum.value).toBeCloseTo(30.002, 9);
    // Each figure shown to 3 decimals is ± 0.0005: three of them ± 0.0015.
    expect(sum.tolerance).toBeCloseTo(0.0015, 12);
    // Up the tree and across the total columns the margins stay the same (no part added twice, none lost).
    expect(planSum(model.plan!)('DA4', 'DTPT').tolerance).toBeCloseTo(0.0015, 12);
    expect(planSum(model.plan!)('TONG', 'TONG').tolerance).toBeCloseTo(0.0015, 12);
  });

  it('10.001 + 10.001 + 10 against an allocation of 30 is a rounding difference, not an over-allocation', () => {
    const b = threeWorks().alloc('DA4.TDA1.ND1', 'DTPT_NSTW', 30);
    expect(runCheck(checkAllocation, b).map((f) => [f.code, f.lineCode, f.sourceKey])).toEqual([
      ['ROUNDING_DIFF', 'DA4.TDA1.ND1', 'DTPT_NSTW'],
    ]);
  });

  it('one more thousandth is beyond rounding (near miss)', () => {
    const b = threeWorks().alloc('DA4.TDA1.ND1', 'DTPT_NSTW', 29.999);
    expect(runCheck(checkAllocation, b).map((f) => f.code)).toEqual(['OVER_ALLOCATION']);
  });
});

describe('allocationFigure: a Giao vốn figure with the half-units behind it', () => {
  /** DA4 on Giao vốn: 10.001 (3 decimals, ± 0.0005) from the centre, 5.5 (1 decimal, ± 0.05) from the province. */
  function allocated(): SnapshotBuilder {
    return new SnapshotBuilder()
      .alloc('DA4', 'DTPT_NSTW', constant(10.001, '#,##0.000'))
      .alloc('DA4', 'DTPT_NSDP', constant(5.5, '#,##0.0'));
  }
  const figure = (b: SnapshotBuilder, code: string, key: Parameters<typeof allocationFigure>[2]) =>
    allocationFigure(buildWorkbookModel(b.build()).allocation!, code, key);

  it('a typed figure carries its own half-unit', () => {
    expect(figure(allocated(), 'DA4', 'DTPT_NSTW')).toEqual({ value: 10.001, tolerance: 0.0005 });
    expect(figure(allocated(), 'DA4', 'DTPT_NSDP')).toEqual({ value: 5.5, tolerance: 0.05 });
  });

  it('a total still its formula carries the summed half-units of the parts given under it', () => {
    const dtpt = figure(allocated(), 'DA4', 'DTPT')!;
    expect(dtpt.value).toBeCloseTo(15.501, 9);
    expect(dtpt.tolerance).toBeCloseTo(0.0505, 12);
    // TONG's formula reaches the parts through DTPT's formula.
    expect(figure(allocated(), 'DA4', 'TONG')!.tolerance).toBeCloseTo(0.0505, 12);
  });

  it('a formula total over one given part carries that part only; over none it is not a figure', () => {
    const one = new SnapshotBuilder().alloc('DA4', 'DTPT_NSDP', constant(5.5, '#,##0.0'));
    expect(figure(one, 'DA4', 'DTPT')!.tolerance).toBeCloseTo(0.05, 12);
    expect(figure(one, 'DA4', 'SN')).toBeNull();
    expect(figure(one, 'DA4', 'DTPT_NSTW')).toBeNull();
  });

  it('a typed total is a given figure of its own, whatever is typed beside it', () => {
    const typed = allocated().alloc('DA4', 'DTPT', constant(16, '#,##0'));
    expect(figure(typed, 'DA4', 'DTPT')).toEqual({ value: 16, tolerance: 0.5 });
  });

  it('text or an error where a figure should be is not a figure', () => {
    expect(figure(new SnapshotBuilder().alloc('DA4', 'DTPT_NSTW', 'mười tỷ'), 'DA4', 'DTPT_NSTW')).toBeNull();
    expect(
      figure(new SnapshotBuilder().alloc('DA4', 'DTPT_NSTW', { v: '#REF!', t: 'e' }), 'DA4', 'DTPT_NSTW'),
    ).toBeNull();
  });
});
