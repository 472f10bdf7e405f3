import { assessWorkbook } from './workbookState';
import { SnapshotBuilder } from './testing/snapshotBuilder';

describe('assessWorkbook', () => {
  it('a workbook without template sheets has neither template nor figures', () => {
    const state = assessWorkbook({ sheets: [{ name: 'Sheet1', rows: [[{ v: 'x', t: 's' }]] }] });
    expect(state).toEqual({ hasTemplate: false, hasFigures: false });
  });

  it('a freshly loaded template (formulas only) has no figures yet', () => {
    expect(assessWorkbook(new SnapshotBuilder().build())).toEqual({ hasTemplate: true, hasFigures: false });
  });

  it('one typed figure counts', () => {
    const snapshot = new SnapshotBuilder().plan('DA1.ND1', 'DTPT_NSTW', 120).build();
    expect(assessWorkbook(snapshot)).toEqual({ hasTemplate: true, hasFigures: true });
  });

  it('a typed indicator value counts', () => {
    const snapshot = new SnapshotBuilder().indicator('CT01', 12).build();
    expect(assessWorkbook(snapshot).hasFigures).toBe(true);
  });
});
