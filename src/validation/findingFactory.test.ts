import { makeFinding, pushAll, round12 } from './findingFactory';

const base = { sheet: 'Kế hoạch vốn', message: 'Thông báo.', messageEn: 'Message.' };

describe('makeFinding', () => {
  it('carries only the fields given: no lineCode, sourceKey or figures keys when none', () => {
    expect(makeFinding('NOT_A_NUMBER', base)).toStrictEqual({
      code: 'NOT_A_NUMBER',
      severity: 'error',
      sheet: 'Kế hoạch vốn',
      cell: 'A1',
      message: 'Thông báo.',
      messageEn: 'Message.',
    });
  });

  it('keeps the given line, source and figures (0 is a figure), float noise stripped', () => {
    const f = makeFinding('SUM_MISMATCH', {
      ...base,
      row: 30,
      col: 8,
      lineCode: 'DA8',
      sourceKey: 'SN_NSTW',
      expected: 0.1 + 0.2,
      actual: 0,
      severity: 'warning',
    });
    expect(f).toStrictEqual({
      code: 'SUM_MISMATCH',
      severity: 'warning',
      sheet: 'Kế hoạch vốn',
      cell: 'I31',
      lineCode: 'DA8',
      sourceKey: 'SN_NSTW',
      expected: 0.3,
      actual: 0,
      message: 'Thông báo.',
      messageEn: 'Message.',
    });
  });

  it('leaves out figures that are no numbers (NaN, infinite)', () => {
    const f = makeFinding('SUM_MISMATCH', { ...base, expected: NaN, actual: Infinity });
    expect('expected' in f || 'actual' in f).toBe(false);
    expect('actual' in makeFinding('SUM_MISMATCH', { ...base, actual: -Infinity })).toBe(false);
  });

  it('points at A1 when the row or column is missing or negative, at row 1 / column A when 0', () => {
    expect(makeFinding('NOT_A_NUMBER', { ...base, row: 5 }).cell).toBe('A1');
    expect(makeFinding('NOT_A_NUMBER', { ...base, col: 5 }).cell).toBe('A1');
    expect(makeFinding('NOT_A_NUMBER', { ...base, row: -1, col: 2 }).cell).toBe('A1');
    expect(makeFinding('NOT_A_NUMBER', { ...base, row: 2, col: -1 }).cell).toBe('A1');
    expect(makeFinding('NOT_A_NUMBER', { ...base, row: 0, col: 0 }).cell).toBe('A1');
    expect(makeFinding('NOT_A_NUMBER', { ...base, row: 0, col: 2 }).cell).toBe('C1');
    expect(makeFinding('NOT_A_NUMBER', { ...base, row: 2, col: 0 }).cell).toBe('A3');
  });

  it('takes the catalog severity unless told', () => {
    expect(makeFinding('ROUNDING_DIFF', base).severity).toBe('info');
    expect(makeFinding('UNDER_ALLOCATION', base).severity).toBe('warning');
  });
});

describe('round12 and pushAll', () => {
  it('round12 keeps twelve significant digits', () => {
    expect(round12(1238075.12345678)).toBe(1238075.12346);
    expect(round12(-0.30000000000000004)).toBe(-0.3);
  });
  it('pushAll appends in order, past the spread limit', () => {
    const target = [1];
    pushAll(target, [2, 3]);
    expect(target).toEqual([1, 2, 3]);
    const many = Array.from({ length: 200_000 }, (_, i) => i);
    pushAll(target, many);
    expect(target.length).toBe(200_003);
    expect(target[200_002]).toBe(199_999);
  });
});
