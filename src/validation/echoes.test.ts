import { SnapshotBuilder, moneyCell } from './testing/snapshotBuilder';
import { validateSnapshot } from './index';

const MAIN = ['UNIT_SUSPECT', 'OVER_ALLOCATION', 'UNDER_ALLOCATION', 'SUM_MISMATCH', 'COUNTERPART_SHORTFALL'];

/** A commune plan, consistent and allocated line by line and in total, NSĐP at 5 %. */
function commune(slipped: number) {
  return new SnapshotBuilder({ level: 'xa' })
    .plan('DA1.ND2', 'DTPT_NSTW', 1000)
    .plan('DA1.ND2', 'DTPT_NSDP', 110)
    .plan('DA1.ND1', 'DTPT_NSTW', slipped)
    .plan('DA1.ND4.TT', 'DTPT_NSTW', 400)
    .plan('DA2', 'DTPT_NSTW', 300)
    .alloc('DA1.ND2', 'DTPT_NSTW', 1000)
    .alloc('DA1.ND1', 'DTPT_NSTW', 500)
    .alloc('TONG', 'DTPT_NSTW', 2200)
    .alloc('TONG', 'DTPT_NSDP', 110);
}

describe('one slip, one finding', () => {
  it('a unit slip on a commune plan line: one UNIT_SUSPECT, not also over-allocation and counterpart on the totals', () => {
    const s = commune(500_000).build();
    const f = validateSnapshot(s).filter((x) => MAIN.includes(x.code));
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual([
      `UNIT_SUSPECT@${moneyCell(s, 'plan', 'DA1.ND1', 'DTPT_NSTW')}`,
    ]);
  });

  it('near miss: a slip that does not explain the whole difference leaves the rest reported', () => {
    // 500.000 is the slip, and the total allocation is 300 short of the lines besides.
    const b = commune(500_000).alloc('TONG', 'DTPT_NSTW', 1900);
    const f = validateSnapshot(b.build()).filter((x) => MAIN.includes(x.code));
    expect(f.map((x) => x.code).sort()).toEqual(['OVER_ALLOCATION', 'UNIT_SUSPECT']);
  });

  it('the consistent commune plan has none of these findings', () => {
    expect(validateSnapshot(commune(500).build()).filter((x) => MAIN.includes(x.code))).toEqual([]);
  });

  it('a number stored as text: its missing amount is said once, not again as under-allocation', () => {
    const b = commune(500).plan('DA1.ND1', 'DTPT_NSTW', '500');
    const f = validateSnapshot(b.build()).filter((x) => [...MAIN, 'NUMBER_AS_TEXT'].includes(x.code));
    expect(f.map((x) => x.code)).toEqual(['NUMBER_AS_TEXT']);
    expect(f[0].message).toContain('các ô tổng phía trên thiếu 500 triệu đồng');
  });
});

describe('one slip, one finding: money typed with its unit word', () => {
  it('"0,5 tỷ" on a plan line: NUMBER_WITH_UNIT says the 500 the totals miss, no under-allocation on top', () => {
    const b = commune(500).plan('DA1.ND1', 'DTPT_NSTW', '0,5 tỷ');
    const f = validateSnapshot(b.build()).filter((x) => [...MAIN, 'NUMBER_WITH_UNIT'].includes(x.code));
    expect(f.map((x) => [x.code, x.actual])).toEqual([['NUMBER_WITH_UNIT', 500]]);
  });
  it('near miss: "0,4 tỷ" (400) leaves 100 unexplained, so the allocation finding stays', () => {
    const b = commune(500).plan('DA1.ND1', 'DTPT_NSTW', '0,4 tỷ');
    const codes = validateSnapshot(b.build()).map((x) => x.code);
    expect(codes).toContain('NUMBER_WITH_UNIT');
    expect(codes).toContain('UNDER_ALLOCATION');
  });
});

describe('one slip, one finding: a unit slip found against its column (no allocation on the line)', () => {
  it('the outlier explains the plan total going over the allocation total', () => {
    const b = new SnapshotBuilder({ level: 'xa' })
      .plan('DA8', 'SN_NSTW', 120_000)
      .plan('DA9.TDA2', 'SN_NSTW', 100)
      .plan('DA10.TDA1', 'SN_NSTW', 90)
      .plan('DA10.TDA3', 'SN_NSTW', 110)
      .plan('DA5.TDA2', 'SN_NSTW', 95)
      .plan('DA5.TDA2', 'SN_NSDP', 26)
      .alloc('TONG', 'SN_NSTW', 515);
    const f = validateSnapshot(b.build()).filter((x) => MAIN.includes(x.code));
    expect(f.map((x) => `${x.code}:${x.lineCode}`)).toEqual(['UNIT_SUSPECT:DA8']);
    // An outlier alone is a warning; standing for the over-allocation it explains, it is an error.
    expect(f[0].severity).toBe('error');
  });
});
