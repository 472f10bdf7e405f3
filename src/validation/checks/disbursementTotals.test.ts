import { SnapshotBuilder, constant, disbCell, errorCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkSumMismatch } from './sumMismatch';
import { checkHardcodedTotal } from './hardcodedTotal';
import { checkNumberAsText } from './numberAsText';
import { checkNegativeAmount } from './negativeAmount';
import { checkFormulaError } from './formulaError';

const base = () => new SnapshotBuilder().plan('DA8', 'SN_NSTW', 500).disb('DA8', 'GN_SN', 300);

describe('existing checks on Giải ngân', () => {
  it('SUM_MISMATCH: a formula total that does not add up its rows', () => {
    const b = base().disb('TONG', 'GN_SN', { v: 250, t: 'n', f: '=SUM(K10)' });
    expect(where(runCheck(checkSumMismatch, b))).toEqual([
      `SUM_MISMATCH@Giải ngân!${disbCell(b.build(), 'TONG', 'GN_SN')}`,
    ]);
  });
  it('HARDCODED_TOTAL: a number typed over a parent sum', () => {
    const b = base().disb('TONG', 'GN_SN', constant(350));
    const f = runCheck(checkHardcodedTotal, b);
    expect(where(f)).toEqual([`HARDCODED_TOTAL@Giải ngân!${disbCell(b.build(), 'TONG', 'GN_SN')}`]);
  });
  it('near miss: consistent sums give neither', () => {
    expect(runCheck(checkSumMismatch, base())).toEqual([]);
    expect(runCheck(checkHardcodedTotal, base())).toEqual([]);
  });
  it('NUMBER_AS_TEXT, NEGATIVE_AMOUNT and FORMULA_ERROR see its cells', () => {
    const b = base().disb('DA6', 'GN_SN', '1.500').disb('DA5.TDA1', 'KD_DTPT', -5).disb('DA7', 'GN_DTPT', errorCell());
    const s = b.build();
    expect(where(runCheck(checkNumberAsText, b))).toEqual([`NUMBER_AS_TEXT@Giải ngân!${disbCell(s, 'DA6', 'GN_SN')}`]);
    expect(runCheck(checkNumberAsText, b)[0].message).toContain('DA6 · Giải ngân SN');
    expect(where(runCheck(checkNegativeAmount, b))).toEqual([
      `NEGATIVE_AMOUNT@Giải ngân!${disbCell(s, 'DA5.TDA1', 'KD_DTPT')}`,
    ]);
    expect(where(runCheck(checkFormulaError, b))).toContain(`FORMULA_ERROR@Giải ngân!${disbCell(s, 'DA7', 'GN_DTPT')}`);
  });
});

describe('a figure given at project level on Giải ngân (a report per project, as mtqg import writes it)', () => {
  const perProject = () => new SnapshotBuilder().plan('DA4', 'DTPT_NSTW', 500).disb('DA4', 'GN_DTPT', constant(400));
  it('typed on a line with nothing typed below it: neither HARDCODED_TOTAL nor SUM_MISMATCH', () => {
    expect(runCheck(checkHardcodedTotal, perProject())).toEqual([]);
    expect(runCheck(checkSumMismatch, perProject())).toEqual([]);
  });
  it('near miss: with a figure typed below it, it is a total typed over', () => {
    const b = perProject().disb('DA4.TDA1', 'GN_DTPT', 100);
    expect(where(runCheck(checkHardcodedTotal, b))).toEqual([
      `HARDCODED_TOTAL@Giải ngân!${disbCell(b.build(), 'DA4', 'GN_DTPT')}`,
    ]);
  });
  it('its plan looked up at that level (KH by formula) is no SUM_MISMATCH; any other formula total still is', () => {
    const lookup = { v: 500, t: 'n' as const, f: "SUMIF('Kế hoạch vốn'!$B:$B,$B24,'Kế hoạch vốn'!$E:$E)" };
    expect(runCheck(checkSumMismatch, perProject().disb('DA4', 'KH_DTPT', lookup))).toEqual([]);
    const b = perProject().disb('DA4', 'GNKD_DTPT', { v: 250, t: 'n', f: 'SUM(Q99)' });
    expect(where(runCheck(checkSumMismatch, b))).toEqual([
      `SUM_MISMATCH@Giải ngân!${disbCell(b.build(), 'DA4', 'GNKD_DTPT')}`,
    ]);
  });
});
