import {
  blankAwareSumAcross,
  consecutiveRuns,
  rowRefs,
  shiftRowRefs,
  sumOfCells,
  sumOfRows,
  sumAcross,
} from './formulas';

describe('formula builders', () => {
  it('groups consecutive indexes into runs', () => {
    expect(consecutiveRuns([5, 1, 2, 3, 9])).toEqual([
      [1, 3],
      [5, 5],
      [9, 9],
    ]);
    expect(consecutiveRuns([])).toEqual([]);
  });

  it('names each child cell on its own for parent sums', () => {
    expect(sumOfCells([11, 14, 15], 5)).toBe('SUM(F12,F15,F16)');
  });

  it('uses ranges for a detail block and for parts across a row', () => {
    expect(sumOfRows([12, 13, 14], 5)).toBe('SUM(F13:F15)');
    expect(rowRefs(8, [4, 7, 10, 11, 12, 13])).toBe('E9,H9,K9:N9');
    expect(sumAcross(8, [5, 6])).toBe('SUM(F9:G9)');
  });

  it('keeps a total blank while all its parts are blank', () => {
    expect(blankAwareSumAcross(8, [5, 6])).toBe('IF(COUNT(F9:G9)=0,"",SUM(F9:G9))');
  });

  it('moves references at or below inserted rows, as Excel does', () => {
    // Row index 9 (0-based) is Excel row 10.
    expect(shiftRowRefs('F9+F10*$G$12-SUM(H3:H40)', 9)).toBe('F9+F11*$G$13-SUM(H3:H41)');
    expect(shiftRowRefs('120+35', 9)).toBe('120+35');
    // Function names, quoted text and other sheets' cells are not references here.
    expect(shiftRowRefs('LOG10(F20)&"F20"+\'Giao vốn\'!F20+Sheet2!B30', 9, 2)).toBe(
      'LOG10(F22)&"F20"+\'Giao vốn\'!F20+Sheet2!B30',
    );
  });
});
