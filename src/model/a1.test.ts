import { a1, colIndex, parseA1 } from './a1';

describe('colIndex (remembered per letter)', () => {
  it('gives the 0-based column, the same on every ask', () => {
    for (let i = 0; i < 2; i++) {
      expect(['A', 'Z', 'AA', 'ab', 'XFD'].map(colIndex)).toEqual([0, 25, 26, 27, 16_383]);
    }
    expect(colIndex('AB')).toBe(parseA1('AB7').col);
    expect(a1(0, colIndex('N'))).toBe('N1');
  });

  it('near miss: what is no column letter throws, each time (never remembered)', () => {
    expect(() => colIndex('1')).toThrow('Not an A1 cell address');
    expect(() => colIndex('1')).toThrow('Not an A1 cell address');
    expect(() => colIndex('')).toThrow();
  });
});
