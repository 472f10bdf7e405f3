import { SnapshotBuilder, constant } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkDateInAmount } from './dateInAmount';
import { checkIndicatorValues } from './indicatorValues';
import { checkOutOfRange } from './outOfRange';

describe('DATE_IN_AMOUNT: a date format on a number no calendar holds', () => {
  it('says "a date format" instead of a date', () => {
    const f = runCheck(
      checkDateInAmount,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', { v: 0.5, t: 'n', nf: 'dd/mm/yyyy' }),
    );
    expect(f.map((x) => [x.actual, x.message, x.messageEn])).toEqual([
      [
        0.5,
        'Ô hiển thị định dạng ngày: Excel lưu là số 0,5 và cộng vào các ô tổng; nhập lại số liệu và đặt định dạng số — DA8 · SN NSTW.',
        'The cell shows a date format: Excel stores 0.5 and adds it to the totals; retype the figure with a number format — DA8 · recurrent central.',
      ],
    ]);
  });
});

describe('INDICATOR_VALUE_INVALID: decimals', () => {
  it('a decimal indicator may not be negative; a fraction or zero is fine', () => {
    const f = runCheck(checkIndicatorValues, new SnapshotBuilder().indicator('CT01', -1.5));
    expect(f.map((x) => [x.lineCode, x.actual, x.message, x.messageEn])).toEqual([
      [
        'CT01',
        -1.5,
        'Giá trị không được âm, đang là -1,5 — CT01 Thu nhập bình quân đầu người của người DTTS.',
        'The value cannot be negative, found -1.5 — CT01 Average income per ethnic-minority person.',
      ],
    ]);
    expect(runCheck(checkIndicatorValues, new SnapshotBuilder().indicator('CT01', 0).indicator('CT01', 35.25))).toEqual(
      [],
    );
  });
});

describe('VALUE_OUT_OF_RANGE: shown numbers', () => {
  it('exponents without trailing zeros; a formula total over a typed absurd figure is left to it', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 1.5e20).plan('DA7', 'SN_NSTW', constant(2.25e16));
    const f = runCheck(checkOutOfRange, b);
    expect(f.map((x) => [x.lineCode, x.sourceKey, x.message.slice(0, 12)])).toEqual([
      ['DA7', 'SN_NSTW', 'Số "2.25e+16'],
      ['DA8', 'SN_NSTW', 'Số "1.5e+20"'],
    ]);
  });

  it('absurd formula results with nothing typed behind them on their sheet are reported where they show (the row total too)', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN', { v: 3e15, t: 'n', f: '=I31*1e15' });
    expect(runCheck(checkOutOfRange, b).map((x) => [x.lineCode, x.sourceKey])).toEqual([
      ['DA8', 'TONG'],
      ['DA8', 'SN'],
    ]);
  });
});
