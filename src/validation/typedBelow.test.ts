import { SnapshotBuilder, constant } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { hasTypedBelow, isLevelFigure } from './relations';
import { planSum } from './planSums';
import { runCheck } from './testing/runCheck';
import { checkNumberAsText } from './checks/numberAsText';

const planOf = (b: SnapshotBuilder) => buildWorkbookModel(b.build()).plan!;

describe('typed figures further down the tree', () => {
  it('a number typed two levels below counts as typed below (and the memo keeps each line and column apart)', () => {
    const plan = planOf(
      new SnapshotBuilder().plan('DA4', 'DTPT_NSTW', constant(900)).plan('DA4.TDA1.ND2', 'DTPT_NSTW', 100),
    );
    expect(hasTypedBelow(plan, 'DA4', 'SN_NSTW')).toBe(false);
    expect(hasTypedBelow(plan, 'DA4', 'DTPT_NSTW')).toBe(true);
    expect(hasTypedBelow(plan, 'DA4.TDA2', 'DTPT_NSTW')).toBe(false);
    expect(hasTypedBelow(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(true);
    expect(isLevelFigure(plan, 'DA4', 'DTPT_NSTW')).toBe(false);
  });

  it('the same answers asked in the other order', () => {
    const plan = planOf(
      new SnapshotBuilder().plan('DA4', 'DTPT_NSTW', constant(900)).plan('DA4.TDA1.ND2', 'DTPT_NSTW', 100),
    );
    expect(isLevelFigure(plan, 'DA4', 'DTPT_NSTW')).toBe(false);
    expect(hasTypedBelow(plan, 'DA4.TDA2', 'DTPT_NSTW')).toBe(false);
    expect(hasTypedBelow(plan, 'DA4.TDA1', 'DTPT_NSTW')).toBe(true);
  });
});

describe('planSum: where a figure is given', () => {
  it('a formula parent with nothing typed below sums its (blank) lines, not the value its formula shows', () => {
    const b = new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', { v: 500, t: 'n', f: '=500' });
    expect(planSum(planOf(b))('DA4.TDA1', 'DTPT_NSTW').value).toBe(0);
  });

  it('a typed parent with nothing typed below is its own figure; with lines typed below, the lines count', () => {
    const given = new SnapshotBuilder().plan('DA4.TDA1', 'DTPT_NSTW', constant(500));
    expect(planSum(planOf(given))('DA4', 'DTPT_NSTW').value).toBe(500);
    const over = given.plan('DA4.TDA1.ND1', 'DTPT_NSTW', 120);
    expect(planSum(planOf(over))('DA4.TDA1', 'DTPT_NSTW').value).toBe(120);
    expect(planSum(planOf(over))('TONG', 'TONG').value).toBe(120);
  });

  it('a number typed as text at a leaf counts as nothing, as in Excel', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', '1.500').plan('DA7', 'SN_NSTW', 20);
    expect(planSum(planOf(b))('TONG', 'SN').value).toBe(20);
  });
});

describe('NUMBER_AS_TEXT: what the totals miss', () => {
  it('a zero typed as text leaves nothing missing, so the message says only how to retype it', () => {
    const f = runCheck(checkNumberAsText, new SnapshotBuilder().plan('DA8', 'SN_NSTW', '0,0'));
    expect(f.map((x) => [x.actual, x.message, x.messageEn])).toEqual([
      [
        0,
        'Số lưu dạng văn bản "0,0": Excel không cộng ô này; nhập lại dạng số 0 — DA8 · SN NSTW.',
        'Number stored as text "0,0": Excel formulas skip it; retype it as the number 0 — DA8 · recurrent central.',
      ],
    ]);
  });
});
