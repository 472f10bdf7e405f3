import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { validateSnapshot } from '../index';
import { where } from '../testing/runCheck';

/**
 * DA5.TDA1 (investment and recurrent) and DA8 (recurrent); Giao vốn gives the grand total and both
 * projects, equal to the plan. `sn` is what DA5's SN NSTW allocation says (the plan's 300 is right).
 */
function district(
  sn: number,
  totalSn = 620,
  dtpt: number | null = 1100,
  da8: Record<string, number> = { SN_NSTW: 320 },
) {
  const plan = {
    'DA5.TDA1': { DTPT_NSTW: 1100, DTPT_NSDP: 55, SN_NSTW: 300, SN_NSDP: 15 },
    DA8: { SN_NSTW: 320, SN_NSDP: 16 },
  };
  const alloc = {
    TONG: { DTPT_NSTW: 1100, DTPT_NSDP: 55, SN_NSTW: totalSn, SN_NSDP: 31 },
    DA5: { DTPT_NSTW: dtpt, DTPT_NSDP: 55, SN_NSTW: sn, SN_NSDP: 15 },
    DA8: { ...da8, SN_NSDP: 16 },
  };
  const b = new SnapshotBuilder({ level: 'huyen' });
  for (const [code, figures] of Object.entries(plan))
    for (const [key, v] of Object.entries(figures)) b.plan(code, key as 'SN_NSTW', v);
  for (const [code, figures] of Object.entries(alloc))
    for (const [key, v] of Object.entries(figures)) b.alloc(code, key as 'SN_NSTW', v);
  return b.build();
}

describe('FIGURE_IN_WRONG_COLUMN on Giao vốn: a line given another column’s figure (copied, moved, swapped)', () => {
  it('the right allocation gives nothing', () => {
    expect(validateSnapshot(district(300))).toEqual([]);
  });

  it('ĐTPT NSTW’s 1,100 typed again under SN NSTW: one finding at that cell, the plan’s 300 as meant', () => {
    const s = district(1100);
    const f = validateSnapshot(s);
    expect(where(f)).toEqual([`FIGURE_IN_WRONG_COLUMN@Giao vốn!${moneyCell(s, 'allocation', 'DA5', 'SN_NSTW')}`]);
    expect(f[0]).toMatchObject({
      severity: 'error',
      expected: 300,
      actual: 1100,
      lineCode: 'DA5',
      sourceKey: 'SN_NSTW',
    });
    expect(f[0].message).toContain('đúng bằng vốn giao DA5 · ĐTPT NSTW');
    expect(f[0].message).toContain('dòng tổng (620 triệu đồng) không chứa nổi số này');
  });

  it('near miss: a figure of no other column (1,000): the total’s mismatch and the under-allocation, as before', () => {
    const s = district(1000);
    const f = validateSnapshot(s);
    expect(where(f).sort()).toEqual(
      [
        `SUM_MISMATCH@Giao vốn!${moneyCell(s, 'allocation', 'TONG', 'SN_NSTW')}`,
        `UNDER_ALLOCATION@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA5', 'SN_NSTW')}`,
      ].sort(),
    );
  });

  it('near miss: a total that holds it (1,420) says nothing against the line: the under-allocation alone', () => {
    const f = validateSnapshot(district(1100, 1420));
    expect(f.map((x) => x.code)).toEqual(['UNDER_ALLOCATION']);
  });

  it('moved: ĐTPT NSTW’s 1,100 typed under SN NSTW, ĐTPT NSTW left blank: one finding at the cell typed', () => {
    const s = district(1100, 620, null);
    const f = validateSnapshot(s);
    expect(where(f)).toEqual([`FIGURE_IN_WRONG_COLUMN@Giao vốn!${moneyCell(s, 'allocation', 'DA5', 'SN_NSTW')}`]);
    expect(f[0]).toMatchObject({ severity: 'error', expected: 300, actual: 1100 });
    const blank = moneyCell(s, 'allocation', 'DA5', 'DTPT_NSTW');
    expect(f[0].message).toContain(`đúng bằng kế hoạch DA5 · ĐTPT NSTW, mà ô vốn giao ${blank} của cột đó để trống`);
  });

  it('moved onto a column the line may not use (DA8’s SN 320 under ĐTPT): one finding, not its eligibility too', () => {
    const s = district(300, 620, 1100, { DTPT_NSTW: 320 });
    const f = validateSnapshot(s);
    expect(where(f)).toEqual([`FIGURE_IN_WRONG_COLUMN@Giao vốn!${moneyCell(s, 'allocation', 'DA8', 'DTPT_NSTW')}`]);
    expect(f[0].message).toContain('dòng này không có kế hoạch ở cột này, và dòng tổng');
    expect(f[0].messageEn).toContain('the line has no plan in this column');
    // Near miss: the same figure where the total holds it is her allocation as typed, and its eligibility stands.
    const held = validateSnapshot(district(300, 620, 780, { DTPT_NSTW: 320 }));
    expect(held.map((x) => x.code)).toContain('SOURCE_NOT_ELIGIBLE');
    expect(held.map((x) => x.code)).not.toContain('FIGURE_IN_WRONG_COLUMN');
  });

  it('swapped: ĐTPT NSTW and SN NSTW given each other’s plan: one finding naming both cells', () => {
    const s = district(1100, 620, 300);
    const f = validateSnapshot(s);
    expect(where(f)).toEqual([`FIGURE_IN_WRONG_COLUMN@Giao vốn!${moneyCell(s, 'allocation', 'DA5', 'SN_NSTW')}`]);
    const other = moneyCell(s, 'allocation', 'DA5', 'DTPT_NSTW');
    expect(f[0].message).toContain(`và ở ${other} (300 triệu đồng) có lẽ bị đổi chỗ cho nhau`);
    expect(f[0]).toMatchObject({ severity: 'error', expected: 300, actual: 1100 });
  });

  it('near miss: the other column holds neither figure (350): the mismatch and both lines’ differences, as before', () => {
    const s = district(1100, 620, 350);
    expect(where(validateSnapshot(s)).sort()).toEqual(
      [
        `SUM_MISMATCH@Giao vốn!${moneyCell(s, 'allocation', 'TONG', 'SN_NSTW')}`,
        `OVER_ALLOCATION@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA5', 'DTPT_NSTW')}`,
        `UNDER_ALLOCATION@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA5', 'SN_NSTW')}`,
      ].sort(),
    );
  });
});
