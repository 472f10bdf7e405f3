import { parseNumberText, decimalsFromFormat, typedDecimals, isPercentFormat } from './parseAmount';
import { formatVn, formatEn, moneyVn } from './format';

describe('parseNumberText', () => {
  it.each([
    ['1.238.075', 1238075, 0],
    ['1.437,8', 1437.8, 1],
    ['1,238,075.5', 1238075.5, 1],
    ['27.161', 27161, 0],
    ['1.5', 1.5, 1],
    ['1437,8', 1437.8, 1],
    ['0.500', 0.5, 3],
    ['04', 4, 0],
    ['-12', -12, 0],
    ['(1.000)', -1000, 0],
    ['1 238 075', 1238075, 0],
    ['1.238.075,125', 1238075.125, 3],
  ])('%s → %d (decimals %d)', (text, value, decimals) => {
    expect(parseNumberText(text)).toEqual({ value, decimals, percent: false });
  });
  it('reads percent text', () => {
    expect(parseNumberText('82.76%')).toEqual({ value: 82.76, decimals: 2, percent: true });
    expect(parseNumberText('82,76 %')).toEqual({ value: 82.76, decimals: 2, percent: true });
  });
  it.each(['04 hộ', 'abc', '1.23.4', '1,2,3', '', '12a', '1.234.56'])('rejects %p', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('precision', () => {
  it('reads decimals from number formats', () => {
    expect(decimalsFromFormat('#,##0.000')).toBe(3);
    expect(decimalsFromFormat('#,##0')).toBe(0);
    expect(decimalsFromFormat('0.00%')).toBe(2);
    expect(decimalsFromFormat('#,##0.0_);(#,##0.0)')).toBe(1);
    expect(decimalsFromFormat('General')).toBeNull();
    expect(decimalsFromFormat(undefined)).toBeNull();
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('#,##0')).toBe(false);
  });
  it('reads typed decimals of General numbers', () => {
    expect(typedDecimals(1437.8)).toBe(1);
    expect(typedDecimals(12)).toBe(0);
    expect(typedDecimals(0.125)).toBe(3);
  });
});

describe('format', () => {
  it('formats the Vietnamese and English ways', () => {
    expect(formatVn(1238075.5)).toBe('1.238.075,5');
    expect(formatEn(1238075.5)).toBe('1,238,075.5');
    expect(formatVn(-1000)).toBe('-1.000');
    expect(moneyVn(1.5, 'trieu')).toBe('1,5 triệu đồng (1.500.000 đồng)');
    // Exact to the đồng: a rounding difference of 400 đồng must not print as 0 triệu đồng.
    expect(moneyVn(0.0004, 'trieu')).toBe('0,0004 triệu đồng (400 đồng)');
  });
});
