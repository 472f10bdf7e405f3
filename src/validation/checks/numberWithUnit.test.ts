import { SnapshotBuilder, indicatorCell, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkNumberWithUnit, splitNumberWithUnit } from './numberWithUnit';

describe('NUMBER_WITH_UNIT', () => {
  it('on Chỉ tiêu (which has a ĐVT column): type the number, the unit goes in ĐVT', () => {
    const b = new SnapshotBuilder().indicator('CT17', '18.939 km').indicator('CT09', '04 hộ');
    const s = b.build();
    const f = runCheck(checkNumberWithUnit, s);
    expect(where(f).sort()).toEqual(
      [
        `NUMBER_WITH_UNIT@Chỉ tiêu!${indicatorCell(s, 'CT17')}`,
        `NUMBER_WITH_UNIT@Chỉ tiêu!${indicatorCell(s, 'CT09')}`,
      ].sort(),
    );
    expect(f.find((x) => x.lineCode === 'CT17')!.message).toContain('chỉ nhập số 18.939, đơn vị "km" ghi ở cột ĐVT');
  });

  it('on a money sheet: the figure converted to the sheet unit, never "put the unit in the unit column"', () => {
    const b = new SnapshotBuilder({ unit: 'trieu' })
      .plan('DA8', 'SN_NSTW', '12 tỷ')
      .plan('DA7', 'SN_NSTW', '1,5 triệu đồng')
      .plan('DA6', 'SN_NSTW', '04 hộ');
    const s = b.build();
    const f = runCheck(checkNumberWithUnit, s);
    const at = (code: string) => f.find((x) => x.lineCode === code)!;
    expect(at('DA8').cell).toBe(moneyCell(s, 'plan', 'DA8', 'SN_NSTW'));
    expect(at('DA8').message).toContain('nhập số theo triệu đồng của trang: 12.000');
    expect(at('DA7').message).toContain(': 1,5');
    expect(at('DA6').message).toContain('số lượng ("hộ") ghi ở trang Chỉ tiêu');
    for (const x of f) expect(x.message).not.toContain('cột ĐVT');
  });

  it('in a đồng workbook "12 tỷ" is 12.000.000.000', () => {
    const f = runCheck(checkNumberWithUnit, new SnapshotBuilder({ unit: 'dong' }).plan('DA8', 'SN_NSTW', '12 tỷ'));
    expect(f[0].message).toContain('12.000.000.000');
  });

  it('near miss: plain numbers, numbers as text, words and the end-of-phase text are not numbers with units', () => {
    for (const text of ['1.234,5', '82.76%', 'chưa có', 'Đánh giá cuối giai đoạn', '12+5', '-'])
      expect(splitNumberWithUnit(text)).toBeNull();
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', '1.234,5').indicator('CT02', 'Đánh giá cuối giai đoạn');
    expect(runCheck(checkNumberWithUnit, b)).toEqual([]);
  });
});
