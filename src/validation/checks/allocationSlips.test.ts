import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { validateSnapshot } from '../index';

const MAIN = ['UNIT_SUSPECT', 'OVER_ALLOCATION', 'UNDER_ALLOCATION', 'SUM_MISMATCH', 'COUNTERPART_SHORTFALL'];

/** A commune plan (triệu đồng), NSĐP at 5 %; DA1.ND1 holds 500 (or its slip), the total allocation is `total`. */
function commune(nd1: number, total: number) {
  return new SnapshotBuilder({ level: 'xa' })
    .plan('DA1.ND2', 'DTPT_NSTW', 1000)
    .plan('DA1.ND2', 'DTPT_NSDP', 110)
    .plan('DA1.ND1', 'DTPT_NSTW', nd1)
    .plan('DA1.ND4.TT', 'DTPT_NSTW', 400)
    .plan('DA2', 'DTPT_NSTW', 300)
    .alloc('DA1.ND2', 'DTPT_NSTW', 1000)
    .alloc('DA1.ND1', 'DTPT_NSTW', 500)
    .alloc('TONG', 'DTPT_NSTW', total)
    .alloc('TONG', 'DTPT_NSDP', 110)
    .build();
}
const main = (s: ReturnType<typeof commune>) => validateSnapshot(s).filter((f) => MAIN.includes(f.code));
const summary = (s: ReturnType<typeof commune>) =>
  main(s).map((f) => [f.code, f.lineCode, f.actual, f.expected, f.severity]);

describe('allocation judged with a unit slip taken as meant', () => {
  it('a real 300 over the total allocation beside a ×1,000 slip: "vượt 300", not 499.800', () => {
    const s = commune(500_000, 1900);
    expect(summary(s)).toEqual([
      ['OVER_ALLOCATION', 'TONG', 2200, 1900, 'error'],
      ['UNIT_SUSPECT', 'DA1.ND1', 500_000, 500, 'error'],
    ]);
    const over = main(s)[0];
    expect(over.message).toContain('vượt vốn giao 300 triệu đồng');
    expect(over.message).toContain(`Đã tính với ${moneyCell(s, 'plan', 'DA1.ND1', 'DTPT_NSTW')} = 500 triệu đồng`);
  });

  it('a slip does not turn a real 300 left unplanned into an over-allocation', () => {
    const s = commune(500_000, 2500);
    expect(summary(s).map((x) => x.slice(0, 4))).toEqual([
      ['UNIT_SUSPECT', 'DA1.ND1', 500_000, 500],
      ['UNDER_ALLOCATION', 'TONG', 2200, 2500],
    ]);
  });

  it('near miss: the same plans without the slip give the same allocation findings, without a note', () => {
    expect(summary(commune(500, 1900))).toEqual([['OVER_ALLOCATION', 'TONG', 2200, 1900, 'error']]);
    expect(main(commune(500, 1900))[0].message).not.toContain('Đã tính với');
    expect(summary(commune(500, 2500)).map((x) => x[0])).toEqual(['UNDER_ALLOCATION']);
    expect(summary(commune(500, 2200))).toEqual([]);
  });
});

describe('a unit slip in one Giao vốn figure under a project allocation typed in the right unit', () => {
  /** A district gives DA1 per project (1.550, NSĐP at 5 %); she also typed DA1.ND2's allocation, in nghìn or right. */
  function district(nd2Alloc: number) {
    return new SnapshotBuilder({ level: 'huyen' })
      .plan('DA1.ND1', 'SN_NSTW', 350)
      .plan('DA1.ND1', 'SN_NSDP', 77.5)
      .plan('DA1.ND2', 'SN_NSTW', 1200)
      .alloc('DA1', 'SN_NSTW', 1550)
      .alloc('DA1.ND2', 'SN_NSTW', nd2Alloc)
      .build();
  }

  it('one finding, at the Giao vốn cell she typed (not at the plan, not also the project total above it)', () => {
    const s = district(1_200_000);
    const found = main(s);
    expect(found.map((f) => [f.code, f.sheet, f.cell, f.actual, f.expected])).toEqual([
      ['UNIT_SUSPECT', 'Giao vốn', moneyCell(s, 'allocation', 'DA1.ND2', 'SN_NSTW'), 1_200_000, 1200],
    ]);
    expect(found[0].message).toMatch(/^Vốn giao gấp khoảng 1\.000 lần kế hoạch/);
  });

  it('near miss: typed right, nothing; the project allocation itself 1.000 × off, the plan is not blamed', () => {
    expect(main(district(1200))).toEqual([]);
    const s = new SnapshotBuilder({ level: 'huyen' })
      .plan('DA1.ND1', 'SN_NSTW', 350)
      .plan('DA1.ND1', 'SN_NSDP', 77.5)
      .plan('DA1.ND2', 'SN_NSTW', 1200)
      .alloc('DA1', 'SN_NSTW', 1_550_000)
      .build();
    expect(main(s).map((f) => [f.code, f.sheet])).toEqual([['UNIT_SUSPECT', 'Giao vốn']]);
  });
});
