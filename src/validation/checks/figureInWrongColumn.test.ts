import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { validateSnapshot } from '../index';
import { where } from '../testing/runCheck';

/** DA8 and DA9.TDA2, recurrent money; Giao vốn gives each line's figures. */
function district(plan: Record<string, Partial<Record<'SN_NSTW' | 'SN_NSDP' | 'DTPT_NSTW', number>>>) {
  const alloc = { DA8: { SN_NSTW: 300, SN_NSDP: 15 }, 'DA9.TDA2': { SN_NSTW: 200, SN_NSDP: 10 } };
  const b = new SnapshotBuilder({ level: 'huyen' });
  for (const [code, figures] of Object.entries(alloc)) {
    for (const [key, v] of Object.entries(figures)) b.alloc(code, key as 'SN_NSTW', v);
    b.alloc(code, 'DTPT_NSTW', 0);
  }
  for (const [code, figures] of Object.entries(plan))
    for (const [key, v] of Object.entries(figures)) b.plan(code, key as 'SN_NSTW', v);
  return b.build();
}

describe('FIGURE_IN_WRONG_COLUMN on the plan, told by Giao vốn', () => {
  const right = { DA8: { SN_NSTW: 300, SN_NSDP: 15 }, 'DA9.TDA2': { SN_NSTW: 200, SN_NSDP: 10 } };

  it('recurrent money typed under investment: one finding at the cell typed, naming the blank cell meant', () => {
    expect(validateSnapshot(district(right))).toEqual([]);
    const s = district({ ...right, DA8: { DTPT_NSTW: 300, SN_NSDP: 15 } });
    const f = validateSnapshot(s);
    expect(where(f)).toEqual([`FIGURE_IN_WRONG_COLUMN@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA8', 'DTPT_NSTW')}`]);
    expect(f[0].message).toContain('Số 300 triệu đồng có lẽ gõ nhầm cột');
    expect(f[0].message).toContain(`ô ${moneyCell(s, 'plan', 'DA8', 'SN_NSTW')} (DA8 · SN NSTW) đang để trống`);
  });

  it('near miss: moved and changed (290), the allocation is off by other amounts: over and under stay', () => {
    const f = validateSnapshot(district({ ...right, DA8: { DTPT_NSTW: 290, SN_NSDP: 15 } }));
    expect(f.map((x) => x.code)).not.toContain('FIGURE_IN_WRONG_COLUMN');
    expect(f.map((x) => x.code)).toEqual(expect.arrayContaining(['OVER_ALLOCATION', 'UNDER_ALLOCATION']));
  });

  it('near miss: two blank columns each short by the figure blame neither', () => {
    // DA8's NSTW and NSĐP both 300 in Giao vốn; 300 typed under ĐTPT: either could be meant.
    const b = new SnapshotBuilder({ level: 'huyen' })
      .alloc('DA8', 'SN_NSTW', 300)
      .alloc('DA8', 'SN_NSDP', 300)
      .alloc('DA8', 'DTPT_NSTW', 0)
      .plan('DA8', 'DTPT_NSTW', 300);
    expect(validateSnapshot(b.build()).map((x) => x.code)).not.toContain('FIGURE_IN_WRONG_COLUMN');
  });
});
