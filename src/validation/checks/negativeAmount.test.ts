import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkNegativeAmount } from './negativeAmount';

describe('NEGATIVE_AMOUNT', () => {
  it('flags a typed negative amount once, not the totals it drags below zero', () => {
    const f = runCheck(checkNegativeAmount, new SnapshotBuilder().alloc('DA8', 'SN_NSDP', -5));
    expect(f.map((x) => [x.code, x.lineCode, x.sourceKey])).toEqual([['NEGATIVE_AMOUNT', 'DA8', 'SN_NSDP']]);
  });
  it('flags a negative typed over a total cell too', () => {
    const f = runCheck(checkNegativeAmount, new SnapshotBuilder().plan('DA8', 'SN', -5));
    expect(f.map((x) => [x.lineCode, x.sourceKey])).toContainEqual(['DA8', 'SN']);
  });
  it('passes zero', () => {
    expect(runCheck(checkNegativeAmount, new SnapshotBuilder().plan('DA8', 'SN_NSDP', 0))).toEqual([]);
  });
});
