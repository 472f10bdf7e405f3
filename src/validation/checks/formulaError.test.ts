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
  it('passes a clean workbook', () => {
    expect(runCheck(checkFormulaError, new SnapshotBuilder().plan('DA8', 'SN_NSTW', 1))).toEqual([]);
  });
});
