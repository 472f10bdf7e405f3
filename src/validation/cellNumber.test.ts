import { halfUnitOf, MAX_AMOUNT, holdsNoFigure, readCellNumber, valueOf } from './cellNumber';
import { decimalsFromFormat, isPercentFormat, parseNumberText, typedDecimals } from './parseAmount';
import { dateOfSerial, isDateFormat, looksLikeDateText, serialOfIsoDate } from './dateCells';

describe('readCellNumber: what a cell holds, as the checks see it', () => {
  it('blank cells and dash-only text are blank', () => {
    expect(readCellNumber({ v: null, t: 'z' })).toEqual({ state: 'blank' });
    for (const v of ['', ' ', '-', '–', '—', ' - ']) expect(readCellNumber({ v, t: 's' })).toEqual({ state: 'blank' });
  });

  it('errors keep their text; booleans are text, not numbers', () => {
    expect(readCellNumber({ v: '#REF!', t: 'e' })).toEqual({ state: 'error', text: '#REF!' });
    expect(readCellNumber({ v: true, t: 'b' })).toEqual({ state: 'text', text: 'true' });
  });

  it('a typed number carries half a unit of its shown decimals; a formula result none', () => {
    expect(readCellNumber({ v: 12.5, t: 'n', nf: '#,##0.000' })).toEqual({
      state: 'number',
      value: 12.5,
      halfUnit: 0.0005,
      formula: false,
      asText: false,
    });
    expect(readCellNumber({ v: 1437.8, t: 'n' })).toMatchObject({ halfUnit: 0.05, formula: false });
    expect(readCellNumber({ v: 30, t: 'n', nf: '#,##0.000', f: 'SUM(A1:A2)' })).toEqual({
      state: 'number',
      value: 30,
      halfUnit: 0,
      formula: true,
      asText: false,
    });
  });

  it('a percent cell reads as the percent shown (0.891 under 0.0% is 89.1)', () => {
    const n = readCellNumber({ v: 0.891, t: 'n', nf: '0.0%' });
    expect(n).toMatchObject({ state: 'number', halfUnit: 0.05 });
    expect(n.state === 'number' && n.value).toBeCloseTo(89.1, 10);
  });

  it('a number under a date format is a date (Excel still sums its serial)', () => {
    expect(readCellNumber({ v: 45427, t: 'n', nf: 'dd/mm/yyyy' })).toEqual({
      state: 'number',
      value: 45427,
      halfUnit: 0,
      formula: false,
      asText: false,
      date: true,
    });
    expect(readCellNumber({ v: '2024-05-15', t: 's', nf: 'dd/mm/yyyy', f: 'A1' })).toEqual({
      state: 'number',
      value: 45427,
      halfUnit: 0,
      formula: true,
      asText: false,
      date: true,
    });
    // The same ISO text without a date format is text.
    expect(readCellNumber({ v: '2024-05-15', t: 's' })).toEqual({ state: 'text', text: '2024-05-15' });
  });

  it('a number typed as text is a number marked asText, with its typed decimals', () => {
    expect(readCellNumber({ v: '1.437,8', t: 's' })).toEqual({
      state: 'number',
      value: 1437.8,
      halfUnit: 0.05,
      formula: false,
      asText: true,
    });
    expect(readCellNumber({ v: '12', t: 's', f: 'T(A1)' })).toMatchObject({ halfUnit: 0, formula: true, asText: true });
    expect(readCellNumber({ v: 'chưa có', t: 's' })).toEqual({ state: 'text', text: 'chưa có' });
  });

  it('numbers beyond 10^15 or not finite are out-of-range errors, as numbers and as text', () => {
    expect(readCellNumber({ v: MAX_AMOUNT, t: 'n' })).toMatchObject({ state: 'number', value: MAX_AMOUNT });
    expect(readCellNumber({ v: -MAX_AMOUNT * 2, t: 'n' })).toEqual({
      state: 'error',
      text: '-2000000000000000',
      outOfRange: true,
    });
    expect(readCellNumber({ v: Infinity, t: 'n' })).toEqual({ state: 'error', text: 'Infinity', outOfRange: true });
    expect(readCellNumber({ v: '2.000.000.000.000.000', t: 's' })).toEqual({
      state: 'error',
      text: '2.000.000.000.000.000',
      outOfRange: true,
    });
  });

  it('valueOf: a number is its value, anything else nothing', () => {
    expect(valueOf(readCellNumber({ v: -7.5, t: 'n' }))).toBe(-7.5);
    expect(valueOf({ state: 'blank' })).toBe(0);
    expect(valueOf({ state: 'text', text: '5' })).toBe(0);
    expect(valueOf({ state: 'error', text: '#N/A' })).toBe(0);
  });

  it('halfUnitOf: half of the last shown decimal', () => {
    expect(halfUnitOf(0)).toBe(0.5);
    expect(halfUnitOf(2)).toBeCloseTo(0.005, 12);
  });
});

describe('number text edges', () => {
  it('reads signs, brackets, non-breaking spaces and a leading plus', () => {
    expect(parseNumberText('+1.500')).toEqual({ value: 1500, decimals: 0, percent: false });
    expect(parseNumberText('− 12,5')).toEqual({ value: -12.5, decimals: 1, percent: false });
    expect(parseNumberText('\u00a01\u202f238\u00a0075 ')).toEqual({ value: 1238075, decimals: 0, percent: false });
    expect(parseNumberText('( 5 )')).toEqual({ value: -5, decimals: 0, percent: false });
    expect(parseNumberText(',5')).toEqual({ value: 0.5, decimals: 1, percent: false });
    expect(parseNumberText('0.123')).toEqual({ value: 0.123, decimals: 3, percent: false });
    expect(parseNumberText('1 238,5')).toEqual({ value: 1238.5, decimals: 1, percent: false });
  });

  it('rejects both separators in the wrong order or grouping, and empty brackets', () => {
    expect(parseNumberText('1,238.075,5')).toBeNull();
    expect(parseNumberText('12.34,5')).toBeNull();
    expect(parseNumberText('1.2,x')).toBeNull();
    expect(parseNumberText('   ')).toBeNull();
    expect(parseNumberText('1 23')).toBeNull();
    expect(parseNumberText('1.2.')).toBeNull();
  });

  it('format decimals ignore quoted text, brackets and escapes; ".00" alone has two', () => {
    expect(decimalsFromFormat('[Red]#,##0.00')).toBe(2);
    expect(decimalsFromFormat('"Tổng 0.000 " #,##0')).toBe(0);
    expect(decimalsFromFormat('\\0.0')).toBe(1);
    expect(decimalsFromFormat('.00')).toBe(2);
    expect(decimalsFromFormat(' general ')).toBeNull();
    expect(decimalsFromFormat('@')).toBeNull();
    expect(isPercentFormat('"%" 0')).toBe(false);
    expect(isPercentFormat('0;0%')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it('typed decimals of tiny and non-finite numbers', () => {
    expect(typedDecimals(1.5e-7)).toBe(8);
    expect(typedDecimals(1e-7)).toBe(7);
    expect(typedDecimals(NaN)).toBe(0);
    expect(typedDecimals(1e-25)).toBe(20);
  });
});

describe('date cells', () => {
  it('knows date and time formats from numbers, scientific and quoted text', () => {
    for (const nf of ['dd/mm/yyyy', 'm/d/yy h:mm', '[$-42A]d mmmm yyyy', 'mm:ss', '[h]:mm', 'yyyy'])
      expect([nf, isDateFormat(nf)]).toEqual([nf, true]);
    for (const nf of ['#,##0.000', '0.00E+00', '"ngày" #,##0', '[Red]0.0', '0%', undefined, ''])
      expect([nf, isDateFormat(nf)]).toEqual([nf, false]);
  });

  it('serials of ISO dates and times; calendar dates of serials', () => {
    expect(serialOfIsoDate('2024-05-15')).toBe(45427);
    expect(serialOfIsoDate(' 2024-05-15T12:00:00Z ')).toBe(45427.5);
    expect(serialOfIsoDate('2024-05-15T06:00')).toBe(45427.25);
    expect(serialOfIsoDate('15/05/2024')).toBeNull();
    expect(dateOfSerial(45427.9)).toBe('15/05/2024');
    expect(dateOfSerial(1)).toBe('31/12/1899');
    expect(dateOfSerial(2_958_465)).toBe('31/12/9999');
    expect([dateOfSerial(0.5), dateOfSerial(2_958_466), dateOfSerial(NaN)]).toEqual(['', '', '']);
  });

  it('a date typed as text: day 1–31, month 1–12', () => {
    expect(looksLikeDateText(' 15/05/2024 ')).toBe(true);
    expect(looksLikeDateText('1.1.2024')).toBe(true);
    expect(looksLikeDateText('31-12-2024')).toBe(true);
    expect(looksLikeDateText('2024-05-15')).toBe(true);
    expect(looksLikeDateText('32/05/2024')).toBe(false);
    expect(looksLikeDateText('00/05/2024')).toBe(false);
    expect(looksLikeDateText('15/13/2024')).toBe(false);
    expect(looksLikeDateText('15/00/2024')).toBe(false);
    expect(looksLikeDateText('1.238.075')).toBe(false);
  });
});

describe('holdsNoFigure', () => {
  it('text, an error, a date or a negative figure hold no figure of hers; a figure, a number typed as text or a blank do', () => {
    const read = (v: unknown, t: string, nf?: string) => readCellNumber({ v, t, ...(nf ? { nf } : {}) } as never);
    expect(
      [read('chưa có', 's'), read('#REF!', 'e'), read(45427, 'n', 'dd/mm/yyyy'), read(-3, 'n')].map(holdsNoFigure),
    ).toEqual([true, true, true, true]);
    expect([read(120, 'n'), read('1.200', 's'), read(null, 'z'), read(0, 'n')].map(holdsNoFigure)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
