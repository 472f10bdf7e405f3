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
