import { SnapshotBuilder, errorCell, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkFormulaError } from './formulaError';

describe('FORMULA_ERROR', () => {
  it('flags an error value in a template sheet', () => {
    const b = new SnapshotBuilder().plan('DA4', 'DTPT_NSTW', errorCell('#REF!', '=SUM(#REF!)'));
    const f = runCheck(checkFormulaError, b);
    expect(where(f)).toEqual([`FORMULA_ERROR@Kế hoạch vốn!${moneyCell(b.build(), 'plan', 'DA4', 'DTPT_NSTW')}`]);
    expect(f[0].message).toContain('#REF!');
  });
  it('reports a deleted row once, not on every total its #REF! spreads to', () => {
    const b = new SnapshotBuilder();
    const cell = (code: string, key: 'DTPT_NSTW' | 'DTPT' = 'DTPT_NSTW') => moneyCell(b.build(), 'plan', code, key);
    const leaf = cell('DA4.TDA1.ND1');
    b.plan('DA4.TDA1.ND1', 'DTPT_NSTW', errorCell('#REF!', '=SUM(#REF!)'));
    b.plan('DA4.TDA1', 'DTPT_NSTW', errorCell('#REF!', `=SUM(${leaf},${cell('DA4.TDA1.ND2')})`));
    b.plan('DA4.TDA1', 'DTPT', errorCell('#REF!', `=SUM(${cell('DA4.TDA1')}:${cell('DA4.TDA1', 'DTPT')})`));
    b.plan('DA4.TDA1.ND2', 'DTPT_NSTW', errorCell('#DIV/0!', `=${leaf.replace(/\d+/, '1')}/0`));
    const f = runCheck(checkFormulaError, b);
    expect(f.map((x) => `${x.cell} ${x.message}`)).toEqual([
      `${leaf} Ô báo lỗi #REF!: công thức tham chiếu tới ô đã bị xóa (=SUM(#REF!)).`,
      expect.stringMatching(new RegExp(`^${cell('DA4.TDA1.ND2')} Ô báo lỗi #DIV/0!`)),
    ]);
  });
  it('still reports errors that only feed each other', () => {
    const b = new SnapshotBuilder();
    const [x, y] = ['DA8', 'DA7'].map((c) => moneyCell(b.build(), 'plan', c, 'SN_NSTW'));
    b.plan('DA8', 'SN_NSTW', errorCell('#VALUE!', `=SUM(${y})`)).plan(
      'DA7',
      'SN_NSTW',
      errorCell('#VALUE!', `=SUM(${x})`),
    );
    expect(runCheck(checkFormulaError, b)).toHaveLength(2);
  });
  it('passes a clean workbook', () => {
    expect(runCheck(checkFormulaError, new SnapshotBuilder().plan('DA8', 'SN_NSTW', 1))).toEqual([]);
  });
  it('explains deleted cells only for #REF!', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', errorCell('#DIV/0!', '=A1/0'));
    expect(runCheck(checkFormulaError, b).map((f) => [f.message, f.messageEn])).toEqual([
      ['Ô báo lỗi #DIV/0! (=A1/0).', 'The cell shows #DIV/0! (=A1/0).'],
    ]);
    const ref = new SnapshotBuilder().plan('DA8', 'SN_NSTW', errorCell('#REF!', '=SUM(#REF!)'));
    expect(runCheck(checkFormulaError, ref)[0].messageEn).toBe(
      'The cell shows #REF!: the formula refers to deleted cells (=SUM(#REF!)).',
    );
  });
});
