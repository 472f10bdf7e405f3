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
  it('leaves a date in a percentage to DATE_IN_AMOUNT (its serial number is no percentage she typed)', () => {
    const b = new SnapshotBuilder().indicator('CT02', { v: 45427, t: 'n', nf: 'dd/mm/yyyy' });
    expect(runCheck(checkIndicatorValues, b)).toEqual([]);
    expect(runCheck(checkIndicatorValues, new SnapshotBuilder().indicator('CT02', 45427))).toHaveLength(1);
  });
  it('passes valid values', () => {
    const b = new SnapshotBuilder()
      .indicator('CT02', 99.5)
      .indicator('CT12', 4)
      .indicator('CT01', 12.5)
      .indicator('CT22', 0);
    expect(runCheck(checkIndicatorValues, b)).toEqual([]);
  });
  it('takes 0 and 100 % as percentages and 0 as a count; just outside is flagged', () => {
    const inside = new SnapshotBuilder().indicator('CT02', 100).indicator('CT05', 0).indicator('CT12', 0);
    expect(runCheck(checkIndicatorValues, inside)).toEqual([]);
    const outside = new SnapshotBuilder().indicator('CT02', 100.5).indicator('CT05', -0.5);
    expect(
      runCheck(checkIndicatorValues, outside)
        .map((x) => x.lineCode)
        .sort(),
    ).toEqual(['CT02', 'CT05']);
  });
  it('says which rule the value breaks, in Vietnamese and English', () => {
    const b = new SnapshotBuilder().indicator('CT02', 100.5).indicator('CT09', -1);
    const byCode = new Map(runCheck(checkIndicatorValues, b).map((f) => [f.lineCode, f]));
    expect(byCode.get('CT02')).toMatchObject({
      message: 'Tỷ lệ phải trong khoảng 0–100 %, đang là 100,5 — CT02 Mức giảm tỷ lệ hộ nghèo trong đồng bào DTTS.',
      messageEn: 'A percentage must be within 0–100, found 100.5 — CT02 Reduction of the poverty rate.',
    });
    expect(byCode.get('CT09')).toMatchObject({
      message: 'Số lượng (hộ) phải là số nguyên không âm, đang là -1 — CT09 Số hộ được hỗ trợ nhà ở.',
      messageEn: 'A count (hộ) must be a whole number ≥ 0, found -1 — CT09 Households given housing support.',
    });
  });
});
