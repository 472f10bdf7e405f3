import { formatNumber, describeError, asSheetExistsError } from './format';
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
