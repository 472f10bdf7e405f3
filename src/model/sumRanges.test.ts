import { sumRanges } from './sumRanges';

describe('sumRanges: the ranges of a plain "=SUM(…)" over this sheet', () => {
  it('reads cells and ranges, with $ and in any case, rows and columns from 0, corners ordered', () => {
    expect(sumRanges('=SUM(E30,H30,K30:N30)')).toEqual([
      { top: 29, bottom: 29, left: 4, right: 4 },
      { top: 29, bottom: 29, left: 7, right: 7 },
      { top: 29, bottom: 29, left: 10, right: 13 },
    ]);
    expect(sumRanges('=sum($b$12:a3)')).toEqual([{ top: 2, bottom: 11, left: 0, right: 1 }]);
    expect(sumRanges('=SUM(AA1)')).toEqual([{ top: 0, bottom: 0, left: 26, right: 26 }]);
  });
  it('near misses: another sheet, text, another function, an operator, an empty or unclosed sum', () => {
    for (const f of [
      "=SUM('KH'!E30)",
      '=SUM(E30,"x")',
      '=SUMIF(B:B,B3,E:E)',
      '=SUM(E30)+1',
      '=SUM(E30+F30)',
      '=SUM()',
      '=SUM(E30',
      '=SUM(E)',
      '=SUM(ABCD1)',
    ])
      expect([f, sumRanges(f)]).toEqual([f, null]);
  });
});
