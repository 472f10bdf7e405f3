import { formatNumber, formatCellNumber, describeError, asSheetExistsError } from './format';
import { translate } from './i18n';
import { SheetExistsError } from '../host/types';

describe('formatNumber', () => {
  it('writes Vietnamese and English groupings', () => {
    expect(formatNumber(1238075, 'vi')).toBe('1.238.075');
    expect(formatNumber(1437.8, 'vi')).toBe('1.437,8');
    expect(formatNumber(-27161.125, 'vi')).toBe('-27.161,125');
    expect(formatNumber(1437.8, 'en')).toBe('1,437.8');
    expect(formatNumber(0.0001, 'vi')).toBe('0');
    expect(formatNumber(-0.0001, 'vi')).toBe('0');
    expect(formatNumber(Number.NaN, 'vi')).toBe('NaN');
  });
});

describe('formatCellNumber', () => {
  it('shows a number as its cell format does in Excel', () => {
    // General: a year, a count, a decimal — no thousands separator.
    expect(formatCellNumber(2024, undefined, 'vi')).toBe('2024');
    expect(formatCellNumber(1234.5, 'General', 'vi')).toBe('1234,5');
    expect(formatCellNumber(1234.5, undefined, 'en')).toBe('1234.5');
    expect(formatCellNumber(0.1 + 0.2, undefined, 'en')).toBe('0.3');
    // Money formats group.
    expect(formatCellNumber(1238075.5, '#,##0.000', 'vi')).toBe('1.238.075,5');
    expect(formatCellNumber(1238075.5, '#,##0.000;[Red]-#,##0.000', 'en')).toBe('1,238,075.5');
    // Dates and percentages.
    expect(formatCellNumber(45565, 'dd/mm/yyyy', 'vi')).toBe('30/09/2024');
    expect(formatCellNumber(45565.75, '[$-42A]dd/mm/yyyy', 'en')).toBe('30/09/2024');
    expect(formatCellNumber(0.8675, '0.0%', 'vi')).toBe('86,8%');
    expect(formatCellNumber(0.5, '0%', 'en')).toBe('50%');
    // A quoted word with a d or y in it is no date.
    expect(formatCellNumber(12, '#,##0" ha"', 'vi')).toBe('12');
    expect(formatCellNumber(Number.POSITIVE_INFINITY, 'dd/mm/yyyy', 'vi')).toBe('Infinity');
  });
});

describe('describeError', () => {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate('vi', k, v);
  it('gives one plain line, never the stack', () => {
    const e = new Error('Không đọc được ô\n    at foo (x.js:1:1)');
    expect(describeError(e, t)).toBe('Không thực hiện được: Không đọc được ô');
    expect(describeError(undefined, t)).toBe(translate('vi', 'errorUnknown'));
  });
  it('names the sheets for SheetExistsError, even one that lost its prototype', () => {
    expect(describeError(new SheetExistsError(['Giao vốn']), t)).toContain('Giao vốn');
    const plain = { name: 'SheetExistsError', names: ['Chỉ tiêu'], message: 'x' };
    expect(asSheetExistsError(plain)?.names).toEqual(['Chỉ tiêu']);
    expect(asSheetExistsError(new Error('x'))).toBeNull();
  });
});
