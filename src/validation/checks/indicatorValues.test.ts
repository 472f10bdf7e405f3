import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkIndicatorValues } from './indicatorValues';

describe('INDICATOR_VALUE_INVALID', () => {
  it('flags percentages outside 0–100 and counts that are not whole or are negative', () => {
    const b = new SnapshotBuilder().indicator('CT02', 120).indicator('CT12', 4.5).indicator('CT09', -1);
    expect(
      runCheck(checkIndicatorValues, b)
        .map((x) => x.lineCode)
        .sort(),
    ).toEqual(['CT02', 'CT09', 'CT12']);
  });
  it('passes valid values', () => {
    const b = new SnapshotBuilder()
      .indicator('CT02', 99.5)
      .indicator('CT12', 4)
      .indicator('CT01', 12.5)
      .indicator('CT22', 0);
    expect(runCheck(checkIndicatorValues, b)).toEqual([]);
  });
});
