import { buildWorkbookModel } from '../workbookModel';
import { planSum } from '../planSums';
import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkNumberAsText } from './numberAsText';

describe('NUMBER_AS_TEXT', () => {
  it('warns on a number typed as text and reports its parsed value', () => {
    const f = runCheck(
      checkNumberAsText,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', '1.238.075').indicator('CT02', '82.76%'),
    );
    expect(f.map((x) => [x.code, x.severity, x.lineCode, x.actual])).toEqual([
      ['NUMBER_AS_TEXT', 'warning', 'DA8', 1238075],
      ['NUMBER_AS_TEXT', 'warning', 'CT02', 82.76],
    ]);
  });
  it('ignores real numbers and dashes', () => {
    expect(
      runCheck(checkNumberAsText, new SnapshotBuilder().plan('DA8', 'SN_NSTW', 1238075).plan('DA7', 'SN_NSTW', '-')),
    ).toEqual([]);
  });
});

describe('NUMBER_AS_TEXT counts as Excel counts', () => {
  it("says how much the totals above a money cell are missing; the tool's own totals leave it out too", () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', '1.234,5').plan('DA7', 'SN_NSTW', 100);
    const f = runCheck(checkNumberAsText, b);
    expect(f[0].message).toContain('các ô tổng phía trên thiếu 1.234,5 triệu đồng (1.234.500.000 đồng)');
    const model = buildWorkbookModel(b.build());
    expect(planSum(model.plan!)('TONG', 'SN_NSTW').value).toBe(100);
  });
  it('near miss: an indicator value as text has no totals to miss', () => {
    const f = runCheck(checkNumberAsText, new SnapshotBuilder().indicator('CT09', '25'));
    expect(f).toHaveLength(1);
    expect(f[0].message).not.toContain('thiếu');
  });
});
