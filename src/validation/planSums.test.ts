import { SnapshotBuilder } from './testing/snapshotBuilder';
import { runCheck } from './testing/runCheck';
import { buildWorkbookModel } from './workbookModel';
import { planSum } from './planSums';
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
