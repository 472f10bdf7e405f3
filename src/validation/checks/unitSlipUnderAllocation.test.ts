import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { validateSnapshot } from '../index';
import { checkUnitSlipUnderAllocation } from './unitSlipUnderAllocation';
import { runCheck } from '../testing/runCheck';

const MAIN = ['UNIT_SUSPECT', 'OVER_ALLOCATION', 'UNDER_ALLOCATION', 'SUM_MISMATCH', 'COUNTERPART_SHORTFALL'];

/** A district (triệu) giving DA1 per project (NSĐP at 5 %): three figures in the column, too few for its median. */
function district(nd2: number, allocation = 1_550, nd1 = 350) {
  return new SnapshotBuilder({ level: 'huyen' })
    .plan('DA1.ND1', 'SN_NSTW', nd1)
    .plan('DA1.ND1', 'SN_NSDP', 82.5)
    .plan('DA1.ND2', 'SN_NSTW', nd2)
    .plan('DA2', 'SN_NSTW', 100)
    .alloc('DA1', 'SN_NSTW', allocation)
    .alloc('DA2', 'SN_NSTW', 100)
    .build();
}
const main = (s: ReturnType<typeof district>) =>
  validateSnapshot(s)
    .filter((f) => MAIN.includes(f.code))
    .map((f) => [f.code, f.cell, f.actual, f.expected]);

describe('UNIT_SUSPECT under an allocation: the one cell whose ÷1,000 makes the plan match', () => {
  it('1.200 typed as 1.200.000: found at that cell, and the over-allocation it caused is not a finding', () => {
    const s = district(1_200_000);
    expect(main(s)).toEqual([['UNIT_SUSPECT', moneyCell(s, 'plan', 'DA1.ND2', 'SN_NSTW'), 1_200_000, 1_200]]);
    const [f] = runCheck(checkUnitSlipUnderAllocation, s);
    expect(f.message).toMatch(/^Chia cho 1\.000 thì kế hoạch DA1 · SN NSTW khớp vốn giao 1\.550 triệu đồng/);
    expect(f.message).toContain('có vẻ nhập theo nghìn đồng thay vì triệu đồng');
  });

  it('typed in đồng (×1.000.000) likewise', () => {
    const s = district(1_200_000_000);
    expect(main(s)).toEqual([['UNIT_SUSPECT', moneyCell(s, 'plan', 'DA1.ND2', 'SN_NSTW'), 1_200_000_000, 1_200]]);
  });

  it('near miss: a plan over its allocation by a whole line (nothing allocated for it) is an over-allocation', () => {
    // 350 + 1.200 = 1.550; allocated 350 only: over by 1.200, the line's own figure.
    expect(main(district(1_200, 350))).toEqual([
      ['OVER_ALLOCATION', moneyCell(district(1_200, 350), 'plan', 'DA1', 'SN_NSTW'), 1_550, 350],
    ]);
    expect(runCheck(checkUnitSlipUnderAllocation, district(1_200, 350))).toEqual([]);
  });

  it('near miss: two cells that would each explain it — no guess', () => {
    // Both lines 1.200.000, allocated 1.201.200: either one ÷1.000 gives 1.201.200.
    const s = district(1_200_000, 1_201_200, 1_200_000);
    expect(runCheck(checkUnitSlipUnderAllocation, s)).toEqual([]);
    // With one such line, it is that one.
    expect(runCheck(checkUnitSlipUnderAllocation, district(1_200_000))).toHaveLength(1);
  });
});
